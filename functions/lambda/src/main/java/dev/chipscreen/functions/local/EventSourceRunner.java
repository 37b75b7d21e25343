package dev.chipscreen.functions.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What Lambda's SQS event source mapping does, for machines where LocalStack cannot run Lambda
 * (no Docker): receive a batch, hand it to the same handler class as an SQSEvent, delete the
 * messages that succeeded, and leave the failed ones to reappear after the visibility timeout,
 * until the queue's redrive policy moves them to the DLQ.
 */
public final class EventSourceRunner {

  /** Lambda's default batch size for SQS, and SQS's maximum per receive. */
  static final int BATCH_SIZE = 10;

  private final SqsClient sqs;
  private final String queueUrl;
  private final String queueArn;
  private final Function<SQSEvent, SQSBatchResponse> handler;

  public EventSourceRunner(SqsClient sqs, String queueUrl, Function<SQSEvent, SQSBatchResponse> handler) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.handler = handler;
    this.queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
  }

  /** Receives one batch (waiting up to {@code waitSeconds}) and processes it; returns how many messages came. */
  public int pollOnce(int waitSeconds) {
    List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(BATCH_SIZE)
        .waitTimeSeconds(waitSeconds).messageSystemAttributeNames(MessageSystemAttributeName.ALL)
        .messageAttributeNames("All")).messages();
    if (messages.isEmpty()) {
      return 0;
    }
    SQSEvent event = new SQSEvent();
    List<SQSEvent.SQSMessage> records = new ArrayList<>();
    for (Message m : messages) {
      SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
      record.setMessageId(m.messageId());
      record.setReceiptHandle(m.receiptHandle());
      record.setBody(m.body());
      record.setMd5OfBody(m.md5OfBody());
      record.setEventSource("aws:sqs");
      record.setEventSourceArn(queueArn);
      Map<String, String> attributes = new HashMap<>();
      m.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
      record.setAttributes(attributes);
      records.add(record);
    }
    event.setRecords(records);
    SQSBatchResponse response = handler.apply(event);
    Set<String> failed = new HashSet<>();
    if (response != null && response.getBatchItemFailures() != null) {
      response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
    }
    for (Message m : messages) {
      if (!failed.contains(m.messageId())) {
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
      }
    }
    return messages.size();
  }

  /** Polls until the queue holds no visible or in-flight message, or {@code timeout} passes. */
  public void drain(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (pollOnce(1) == 0 && isEmpty()) {
        return;
      }
    }
  }

  public boolean isEmpty() {
    Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
        .attributes();
    return "0".equals(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
        && "0".equals(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
  }
}
