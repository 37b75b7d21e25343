package dev.chipscreen.functions.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.chipscreen.functions.Wiring;
import dev.chipscreen.functions.alert.AlertMessage;
import dev.chipscreen.functions.alert.Alerts;
import dev.chipscreen.functions.batch.SqsBatch;
import dev.chipscreen.functions.telemetry.Telemetry;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Notify function: consumes the alerts queue and sends one e-mail per alert through SES.
 * Partial batch responses: a failed send is retried and, after the queue's maxReceiveCount,
 * moved to the alerts DLQ, where an alarm fires. Never dropped.
 */
public final class NotifyHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final NotifyService notifier;
  private final Telemetry telemetry;

  public NotifyHandler() {
    this(Wiring.fromEnvironment());
  }

  private NotifyHandler(Wiring wiring) {
    this(wiring.notifier(), new Telemetry(System.out::println, Clock.systemUTC(), null));
  }

  public NotifyHandler(NotifyService notifier) {
    this(notifier, new Telemetry(System.out::println, Clock.systemUTC(), null));
  }

  public NotifyHandler(NotifyService notifier, Telemetry telemetry) {
    this.notifier = notifier;
    this.telemetry = telemetry;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    Telemetry.Invocation call = context == null ? new Telemetry.Invocation(null, "notify")
        : new Telemetry.Invocation(context.getAwsRequestId(), context.getFunctionName());
    List<SqsBatch.Failure> failures = new ArrayList<>();
    SQSBatchResponse response = SqsBatch.process(event, message -> {
      long started = System.nanoTime();
      String alertId = null;
      String severity = null;
      try {
        AlertMessage alert = Alerts.fromJson(message.getBody());
        alertId = alert.alertId();
        severity = alert.severity();
      } catch (IOException | RuntimeException e) {
        // Not an alert: NotifyService says so below, and the line goes without the ids.
      }
      try {
        NotifyService.Outcome outcome = notifier.notify(message.getBody());
        telemetry.email(call, message.getMessageId(), alertId, severity, outcome.name(), false,
            (System.nanoTime() - started) / 1_000_000);
      } catch (Exception e) {
        telemetry.email(call, message.getMessageId(), alertId, severity, "FAILED", true,
            (System.nanoTime() - started) / 1_000_000);
        throw e;
      }
    }, failures);
    failures.forEach(f -> telemetry.failure(call, f.messageId(), f.error()));
    return response;
  }
}
