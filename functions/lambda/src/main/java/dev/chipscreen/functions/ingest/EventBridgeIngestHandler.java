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
        IngestService.Outcome outcome = ingest.ingest(ref);
        result.append(ref.key()).append(": ").append(outcome).append('\n');
        SqsIngestHandler.log(context, "ingest s3://" + ref.bucket() + "/" + ref.key() + ": " + outcome);
      }
      return result.toString();
    } catch (JsonProcessingException | S3Notifications.NotAnS3Event e) {
      throw new IllegalArgumentException("not an S3 Object Created event: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException("ingest failed: " + e, e);
    }
  }
}
