package dev.chipscreen.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.chipscreen.functions.Wiring;
import dev.chipscreen.functions.batch.SqsBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingest function fed by the ingest queue, which receives the bucket's ObjectCreated
 * notifications (S3 to SQS to Lambda: bursts buffer, failures retry). One message may name
 * several objects; s3:TestEvent is acknowledged and skipped. Partial batch responses.
 */
public final class SqsIngestHandler implements RequestHandler<SQSEvent, SQSBatchResponse>, org.crac.Resource {

  private final IngestService ingest;

  /** Used by Lambda: everything is built in INIT. */
  public SqsIngestHandler() {
    this(Wiring.fromEnvironment().ingest());
  }

  public SqsIngestHandler(IngestService ingest) {
    this.ingest = ingest;
    org.crac.Core.getGlobalContext().register(this);
  }

  /** SnapStart: warm the screener before the snapshot. */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends org.crac.Resource> context) {
    ingest.prime();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends org.crac.Resource> context) {
    // Nothing to reopen: the SDK clients reconnect on first use.
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<SqsBatch.Failure> failures = new ArrayList<>();
    SQSBatchResponse response = SqsBatch.process(event, message -> {
      for (ObjectRef ref : S3Notifications.fromJson(message.getBody())) {
        IngestService.Outcome outcome = ingest.ingest(ref, parseBudget(context));
        log(context, "ingest s3://" + ref.bucket() + "/" + ref.key() + ": " + outcome);
      }
    }, failures);
    failures.forEach(f -> log(context, "message " + f.messageId() + " failed: " + f.error()));
    return response;
  }

  /** Time left to write the report and the alert after a parse: the parse gets the rest. */
  static final long WRITE_MARGIN_MILLIS = 10_000;

  static long parseBudget(Context context) {
    return context == null ? Long.MAX_VALUE : Math.max(1_000, context.getRemainingTimeInMillis() - WRITE_MARGIN_MILLIS);
  }

  static void log(Context context, String line) {
    if (context != null && context.getLogger() != null) {
      context.getLogger().log(line + "\n");
    }
  }
}
