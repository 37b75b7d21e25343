package dev.chipscreen.functions.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the objects an S3 event names, in the three shapes the ingest function receives: an S3
 * notification (direct, or as the body of an SQS message), and an EventBridge "Object Created"
 * event. Keys arrive URL-encoded in S3 notifications (a space is '+'); EventBridge keys do not.
 */
public final class S3Notifications {

  private static final ObjectMapper JSON = new ObjectMapper();

  private S3Notifications() {
  }

  /** Thrown for a message that is not an S3 or EventBridge event: it can never succeed. */
  public static final class NotAnS3Event extends Exception {
    private static final long serialVersionUID = 1L;

    public NotAnS3Event(String message) {
      super(message);
    }
  }

  /** The objects in an SQS message body; empty for s3:TestEvent (acknowledged and skipped). */
  public static List<ObjectRef> fromJson(String body) throws NotAnS3Event {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new NotAnS3Event("not JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new NotAnS3Event("not a JSON object");
    }
    if ("s3:TestEvent".equals(root.path("Event").asText())) {
      return List.of();
    }
    if (root.has("detail-type")) {
      return fromEventBridge(root);
    }
    JsonNode records = root.path("Records");
    if (!records.isArray()) {
      throw new NotAnS3Event("no Records and no detail-type: not an S3 or EventBridge event");
    }
    List<ObjectRef> objects = new ArrayList<>();
    for (JsonNode record : records) {
      String event = record.path("eventName").asText("");
      if (!record.path("eventSource").asText("").equals("aws:s3") || !event.startsWith("ObjectCreated")) {
        continue;
      }
      JsonNode object = record.path("s3").path("object");
      objects.add(new ObjectRef(record.path("s3").path("bucket").path("name").asText(),
          decodeKey(object.path("key").asText()), text(object, "versionId"), text(object, "eTag"),
          object.path("size").asLong(-1)));
    }
    return objects;
  }

  private static List<ObjectRef> fromEventBridge(JsonNode root) throws NotAnS3Event {
    if (!"Object Created".equals(root.path("detail-type").asText()) || !"aws.s3".equals(root.path("source").asText())) {
      throw new NotAnS3Event("EventBridge event is not an S3 Object Created: " + root.path("detail-type").asText());
    }
    JsonNode detail = root.path("detail");
    JsonNode object = detail.path("object");
    return List.of(new ObjectRef(detail.path("bucket").path("name").asText(), object.path("key").asText(),
        text(object, "version-id"), text(object, "etag"), object.path("size").asLong(-1)));
  }

  /**
   * One object as an S3 notification of one record (key URL-encoded, as S3 writes it), with
   * {@code handedOff} saying why chipscreen sent it on: what the OCR queue carries.
   */
  public static String toJson(ObjectRef ref, String handedOff) {
    var root = JSON.createObjectNode();
    var record = root.putArray("Records").addObject();
    record.put("eventSource", "aws:s3");
    record.put("eventName", "ObjectCreated:Put");
    var s3 = record.putObject("s3");
    s3.putObject("bucket").put("name", ref.bucket());
    var object = s3.putObject("object");
    object.put("key", java.net.URLEncoder.encode(ref.key(), StandardCharsets.UTF_8));
    object.put("size", ref.size());
    if (ref.versionId() != null) {
      object.put("versionId", ref.versionId());
    }
    if (ref.eTag() != null) {
      object.put("eTag", ref.eTag());
    }
    root.put("chipscreenHandoff", handedOff);
    return root.toString();
  }

  /** S3 notifications URL-encode keys, with '+' for a space. */
  public static String decodeKey(String encoded) {
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() || value.asText().isEmpty() ? null : value.asText();
  }
}
