package dev.chipscreen.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import dev.chipscreen.functions.Wiring;

/**
 * Ingest function invoked directly by S3 (no queue). A failure throws, so Lambda's asynchronous
 * retries and the function's on-failure destination take over.
 */
public final class S3IngestHandler implements RequestHandler<S3Event, String> {

  private final IngestService ingest;
  private final dev.chipscreen.functions.telemetry.Telemetry telemetry = new dev.chipscreen.functions.telemetry.Telemetry(
      System.out::println, java.time.Clock.systemUTC(), null);

  public S3IngestHandler() {
    this(Wiring.fromEnvironment().ingest());
  }

  public S3IngestHandler(IngestService ingest) {
    this.ingest = ingest;
  }

  @Override
  public String handleRequest(S3Event event, Context context) {
    StringBuilder result = new StringBuilder();
    for (S3EventNotification.S3EventNotificationRecord record : event.getRecords()) {
      if (!record.getEventName().startsWith("ObjectCreated")) {
        continue;
      }
      var object = record.getS3().getObject();
      ObjectRef ref = new ObjectRef(record.getS3().getBucket().getName(), S3Notifications.decodeKey(object.getKey()),
          object.getVersionId(), object.geteTag(), object.getSizeAsLong() == null ? -1 : object.getSizeAsLong());
      try {
        IngestService.Result outcome = ingest.process(ref, SqsIngestHandler.parseBudget(context));
        result.append(ref.key()).append(": ").append(outcome.outcome()).append('\n');
        telemetry.document(SqsIngestHandler.invocation(context, "ingest"), null, ref, outcome);
      } catch (Exception e) {
        throw new IllegalStateException("ingest of s3://" + ref.bucket() + "/" + ref.key() + " failed: " + e, e);
      }
    }
    return result.toString();
  }
}
