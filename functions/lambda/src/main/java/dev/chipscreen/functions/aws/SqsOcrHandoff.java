package dev.chipscreen.functions.aws;

import dev.chipscreen.functions.ingest.ObjectRef;
import dev.chipscreen.functions.ingest.OcrHandoff;
import dev.chipscreen.functions.ingest.S3Notifications;
import java.io.IOException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Sends the object to the OCR queue as an S3 notification of one record, the same shape the
 * ingest queue carries, so that the OCR function runs the same handler on it.
 */
public final class SqsOcrHandoff implements OcrHandoff {

  private final SqsClient sqs;
  private final String queueUrl;

  public SqsOcrHandoff(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void handOff(ObjectRef ref, String why) throws IOException {
    try {
      sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(S3Notifications.toJson(ref, why)));
    } catch (SqsException e) {
      throw new IOException("handing s3://" + ref.bucket() + "/" + ref.key() + " to OCR: " + e.getMessage(), e);
    }
  }
}
