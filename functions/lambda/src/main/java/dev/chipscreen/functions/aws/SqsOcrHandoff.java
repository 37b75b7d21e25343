package dev.chipscreen.functions.aws;

import dev.chipscreen.functions.ingest.ObjectRef;
import dev.chipscreen.functions.ingest.OcrHandoff;
import dev.chipscreen.functions.ingest.S3Notifications;
import java.io.IOException;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends the object to the OCR queue as an S3 notification of one record, the same shape the
 * ingest queue carries, so that the OCR function runs the same handler on it.
 */
public final class SqsOcrHandoff implements OcrHandoff {

  private final SqsQueue queue;

  public SqsOcrHandoff(SqsClient sqs, String queueUrl) {
    this.queue = new SqsQueue(sqs, queueUrl);
  }

  @Override
  public void handOff(ObjectRef ref, String why) throws IOException {
    queue.send(S3Notifications.toJson(ref, why), Map.of(), "handing s3://" + ref.bucket() + "/" + ref.key() + " to OCR");
  }
}
