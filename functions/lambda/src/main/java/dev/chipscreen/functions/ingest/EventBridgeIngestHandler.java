package dev.chipscreen.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.functions.Wiring;
import java.util.Map;

/** Ingest function invoked by an EventBridge rule on S3 "Object Created" events. */
public final class EventBridgeIngestHandler implements RequestHandler<Map<String, Object>, String> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final IngestService ingest;
  private final dev.chipscreen.functions.telemetry.Telemetry telemetry = new dev.chipscreen.functions.telemetry.Telemetry(
      System.out::println, java.time.Clock.systemUTC(), null);

  public EventBridgeIngestHandler() {
    this(Wiring.fromEnvironment().ingest());
  }

  public EventBridgeIngestHandler(IngestService ingest) {
    this.ingest = ingest;
  }

  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    try {
      StringBuilder result = new StringBuilder();
      for (ObjectRef ref : S3Notifications.fromJson(JSON.writeValueAsString(event))) {
        IngestService.Result outcome = ingest.process(ref, Long.MAX_VALUE);
        result.append(ref.key()).append(": ").append(outcome.outcome()).append('\n');
        telemetry.document(SqsIngestHandler.invocation(context, "ingest"), null, ref, outcome);
      }
      return result.toString();
    } catch (JsonProcessingException | S3Notifications.NotAnS3Event e) {
      throw new IllegalArgumentException("not an S3 Object Created event: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException("ingest failed: " + e, e);
    }
  }
}
