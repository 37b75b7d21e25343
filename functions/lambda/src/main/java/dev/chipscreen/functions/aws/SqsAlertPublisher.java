package dev.chipscreen.functions.aws;

import dev.chipscreen.functions.ingest.AlertPublisher;
import java.io.IOException;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Sends alert messages to the alerts queue, with the alert id as a message attribute. */
public final class SqsAlertPublisher implements AlertPublisher {

  private final SqsQueue queue;

  public SqsAlertPublisher(SqsClient sqs, String queueUrl) {
    this.queue = new SqsQueue(sqs, queueUrl);
  }

  @Override
  public void publish(String alertJson, String alertId) throws IOException {
    queue.send(alertJson, Map.of("alertId", alertId), "sending alert " + alertId);
  }
}
