package dev.chipscreen.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.chipscreen.core.report.ScreeningReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates report JSON against the shipped contract, report-v1.schema.json. */
public final class ReportSchema {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private ReportSchema() {
  }

  private static JsonSchema load() {
    try (InputStream in = ScreeningReport.class.getResourceAsStream("report-v1.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The violations, empty when the JSON satisfies contract v1. */
  public static Set<String> violations(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      Set<ValidationMessage> messages = SCHEMA.validate(node);
      return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    } catch (IOException e) {
      return Set.of("not JSON: " + e.getMessage());
    }
  }
}
