package dev.chipscreen.functions.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.chipscreen.functions.Wiring;
import dev.chipscreen.functions.batch.SqsBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Notify function: consumes the alerts queue and sends one e-mail per alert through SES.
 * Partial batch responses: a failed send is retried and, after the queue's maxReceiveCount,
 * moved to the alerts DLQ, where an alarm fires. Never dropped.
 */
public final class NotifyHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final NotifyService notifier;

  public NotifyHandler() {
    this(Wiring.fromEnvironment().notifier());
  }

  public NotifyHandler(NotifyService notifier) {
    this.notifier = notifier;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<SqsBatch.Failure> failures = new ArrayList<>();
    SQSBatchResponse response = SqsBatch.process(event, message -> {
      NotifyService.Outcome outcome = notifier.notify(message.getBody());
      if (context != null && context.getLogger() != null) {
        context.getLogger().log("alert " + message.getMessageId() + ": " + outcome + "\n");
      }
    }, failures);
    if (context != null && context.getLogger() != null) {
      failures.forEach(f -> context.getLogger().log("alert " + f.messageId() + " failed: " + f.error() + "\n"));
    }
    return response;
  }
}
