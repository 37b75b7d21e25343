package dev.chipscreen.functions.batch;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Partial batch responses: each message is handled on its own, and only the ones that failed
 * are reported back, so one bad message never sends the whole batch back to the queue (the
 * event source mapping must enable ReportBatchItemFailures). Messages are handled in order, on
 * the calling thread.
 */
public final class SqsBatch {

  /** Handles one message; throwing marks it failed (it is retried, then goes to the DLQ). */
  @FunctionalInterface
  public interface MessageHandler {
    void handle(SQSEvent.SQSMessage message) throws Exception;
  }

  /** A failure, for logging: the message id and what went wrong. */
  public record Failure(String messageId, String error) {
  }

  private SqsBatch() {
  }

  public static SQSBatchResponse process(SQSEvent event, MessageHandler handler, List<Failure> failures) {
    List<SQSBatchResponse.BatchItemFailure> failed = new ArrayList<>();
    List<SQSEvent.SQSMessage> messages = event.getRecords() == null ? List.of() : event.getRecords();
    for (SQSEvent.SQSMessage message : messages) {
      try {
        handler.handle(message);
      } catch (Exception e) {
        failed.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(message.getMessageId()).build());
        failures.add(new Failure(message.getMessageId(), e.toString()));
      }
    }
    return SQSBatchResponse.builder().withBatchItemFailures(failed).build();
  }
}
