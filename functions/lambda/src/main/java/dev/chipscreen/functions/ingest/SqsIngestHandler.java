package dev.chipscreen.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.chipscreen.functions.Wiring;
import dev.chipscreen.functions.batch.SqsBatch;
import dev.chipscreen.functions.telemetry.Recycler;
import dev.chipscreen.functions.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingest function fed by the ingest queue, which receives the bucket's ObjectCreated
 * notifications (S3 to SQS to Lambda: bursts buffer, failures retry). One message may name
 * several objects; s3:TestEvent is acknowledged and skipped. Partial batch responses.
 */
public final class SqsIngestHandler implements RequestHandler<SQSEvent, SQSBatchResponse>, org.crac.Resource {

  private final FreshIngest ingest;
  private final Telemetry telemetry;
  private final Recycler recycler;

  /** Used by Lambda: everything is built in INIT. */
  public SqsIngestHandler() {
    this(Wiring.fromEnvironment());
  }

  private SqsIngestHandler(Wiring wiring) {
    this(wiring.freshIngest(), wiring.telemetry(System.out::println), Recycler.exitingProcess());
  }

  /** A handler that logs to stdout and never exits the JVM (tests, the local runner). */
  public SqsIngestHandler(IngestService ingest) {
    this(ingest, new Telemetry(System.out::println, java.time.Clock.systemUTC(), null), Recycler.loggingOnly());
  }

  public SqsIngestHandler(IngestService ingest, Telemetry telemetry, Recycler recycler) {
    this(FreshIngest.fixed(ingest), telemetry, recycler);
  }

  /** As above, on the newest list store. */
  public SqsIngestHandler(FreshIngest ingest, Telemetry telemetry, Recycler recycler) {
    this.ingest = ingest;
    this.telemetry = telemetry;
    this.recycler = recycler;
    org.crac.Core.getGlobalContext().register(this);
  }

  /** SnapStart: warm the screener before the snapshot. */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends org.crac.Resource> context) {
    ingest.current().prime();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends org.crac.Resource> context) {
    // The SDK clients reconnect on first use; the lists may be older than the snapshot's lists.
    ingest.checkOnNextUse();
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    Telemetry.Invocation call = invocation(context, "ingest");
    if (recycler.retireIfNeeded(telemetry, call)) {
      throw new IllegalStateException("instance retired: abandoned parses still running");
    }
    IngestService ingest = this.ingest.current();
    List<SqsBatch.Failure> failures = new ArrayList<>();
    SQSBatchResponse response = SqsBatch.process(event, message -> {
      for (ObjectRef ref : S3Notifications.fromJson(message.getBody())) {
        IngestService.Result result = ingest.process(ref, parseBudget(context));
        telemetry.document(call, message.getMessageId(), ref, result);
      }
    }, failures);
    failures.forEach(f -> telemetry.failure(call, f.messageId(), f.error()));
    return response;
  }

  public static Telemetry.Invocation invocation(Context context, String fallback) {
    return context == null ? new Telemetry.Invocation(null, fallback)
        : new Telemetry.Invocation(context.getAwsRequestId(), context.getFunctionName());
  }

  /** Time left to write the report and the alert after a parse: the parse gets the rest. */
  static final long WRITE_MARGIN_MILLIS = 10_000;

  static long parseBudget(Context context) {
    return context == null ? Long.MAX_VALUE : Math.max(1_000, context.getRemainingTimeInMillis() - WRITE_MARGIN_MILLIS);
  }
}
