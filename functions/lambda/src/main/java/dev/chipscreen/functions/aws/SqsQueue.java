package dev.chipscreen.functions.aws;

import java.io.IOException;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** One queue the functions send to; a refused send is an IOException, so the caller's message is retried. */
final class SqsQueue {

  private final SqsClient sqs;
  private final String url;

  SqsQueue(SqsClient sqs, String url) {
    this.sqs = sqs;
    this.url = url;
  }

  void send(String body, Map<String, String> attributes, String what) throws IOException {
    Map<String, MessageAttributeValue> values = new java.util.LinkedHashMap<>();
    attributes.forEach((name, value) -> values.put(name,
        MessageAttributeValue.builder().dataType("String").stringValue(value).build()));
    try {
      sqs.sendMessage(b -> b.queueUrl(url).messageBody(body).messageAttributes(values));
    } catch (SqsException e) {
      throw new IOException(what + ": " + e.getMessage(), e);
    }
  }
}
