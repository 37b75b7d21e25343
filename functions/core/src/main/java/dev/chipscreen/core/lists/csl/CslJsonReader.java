package dev.chipscreen.core.lists.csl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.lists.ListFile;
import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.ListSource;
import dev.chipscreen.core.lists.RestrictedParty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Consolidated Screening List in trade.gov's JSON form:
 * {@code {"total": n, "results": [{"id", "source", "entity_number", "type", "programs": [],
 * "name", "addresses": [{"address", "city", "state", "postal_code", "country"}],
 * "federal_register_notice", "license_requirement", "license_policy", "alt_names": [], ...}]}}.
 * Rows become the same {@link CslRecord}s as the CSV, so one mapper serves both forms.
 */
public final class CslJsonReader implements ListSource.Reader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public boolean accepts(Path file, byte[] head) {
    String start = new String(head, StandardCharsets.UTF_8);
    return file.getFileName().toString().endsWith(".json") && start.contains("\"results\"")
        && (start.contains("\"source\"") || start.contains("\"total\"") || start.contains("\"sources_used\""));
  }

  public List<CslRecord> readRecords(byte[] content) throws ListFormatException {
    JsonNode root;
    try {
      root = MAPPER.readTree(content);
    } catch (IOException e) {
      throw new ListFormatException("the CSL JSON could not be parsed: " + e.getMessage(), e);
    }
    JsonNode results = root == null ? null : root.path("results");
    if (results == null || !results.isArray() || results.isEmpty()) {
      throw new ListFormatException("the CSL JSON has no results");
    }
    List<CslRecord> records = new ArrayList<>(results.size());
    for (JsonNode r : results) {
      List<String> addresses = new ArrayList<>();
      for (JsonNode a : r.path("addresses")) {
        List<String> parts = new ArrayList<>();
        for (String field : new String[] {"address", "city", "state", "postal_code", "country"}) {
          String value = a.path(field).asText("").trim();
          if (!value.isEmpty() && !value.equals("null")) {
            parts.add(value);
          }
        }
        if (!parts.isEmpty()) {
          addresses.add(String.join(", ", parts));
        }
      }
      records.add(new CslRecord(text(r, "id"), text(r, "source"), text(r, "entity_number"), text(r, "type"),
          joined(r.path("programs")), text(r, "name"), String.join("; ", addresses), text(r, "federal_register_notice"),
          text(r, "license_requirement"), text(r, "license_policy"), joined(r.path("alt_names"))));
    }
    return records;
  }

  @Override
  public List<RestrictedParty> read(ListFile file, String listVersion) throws ListFormatException {
    return CslMapper.toParties(readRecords(file.content()), listVersion);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? "" : value.asText("").trim();
  }

  private static String joined(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode v : array) {
      if (!v.asText("").isBlank()) {
        values.add(v.asText().trim());
      }
    }
    return String.join("; ", values);
  }
}
