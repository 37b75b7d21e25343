package dev.chipscreen.functions.aws;

import dev.chipscreen.functions.ingest.AlertPublisher;
import java.io.IOException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** Sends alert messages to the alerts queue, with the alert id as a message attribute. */
public final class SqsAlertPublisher implements AlertPublisher {

  private final SqsClient sqs;
  private final String queueUrl;

  public SqsAlertPublisher(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void publish(String alertJson, String alertId) throws IOException {
    try {
      sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(alertJson).messageAttributes(java.util.Map.of("alertId",
          MessageAttributeValue.builder().dataType("String").stringValue(alertId).build())));
    } catch (SqsException e) {
      throw new IOException("sending alert " + alertId + ": " + e.getMessage(), e);
    }
  }
}
