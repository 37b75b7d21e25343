package dev.chipscreen.functions.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chipscreen.core.lists.Hashes;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DisguisedChipFinding;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.UnreadableFinding;
import dev.chipscreen.functions.ingest.ObjectRef;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds alert messages from reports, and reads and writes them as JSON. */
public final class Alerts {

  static final int MAX_MATCHED_TEXT = 200;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private Alerts() {
  }

  /** The alert id: the same upload (bucket, key, version) always gives the same one. */
  public static String alertId(ObjectRef ref) {
    return Hashes.sha256(ref.identity().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }

  public static AlertMessage of(ObjectRef ref, ScreeningReport report, String reportLocation) {
    List<AlertMessage.FindingSummary> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (findings.size() >= AlertMessage.MAX_FINDINGS) {
        break;
      }
      findings.add(switch (f) {
        case ChipFinding c -> new AlertMessage.FindingSummary("RESTRICTED_CHIP", c.model(), cut(c.matchedText()),
            c.page(), c.score());
        case PartyFinding p -> new AlertMessage.FindingSummary("RESTRICTED_PARTY", p.listedName() + " [" + p.listCode()
            + "]" + (p.candidates().isEmpty() ? "" : " (+" + p.candidates().size() + " candidate entries)"),
            cut(p.matchedText()), p.page(), p.score());
        case DisguisedChipFinding d -> new AlertMessage.FindingSummary("DISGUISED_CHIP", d.description(),
            cut(d.matchedText()), d.page(), d.score());
        case UnreadableFinding u -> new AlertMessage.FindingSummary("UNREADABLE_DOCUMENT", u.reason(),
            cut(u.detail()), null, null);
        case IncompleteFinding i -> new AlertMessage.FindingSummary("INCOMPLETE_SCREENING", i.reason(),
            cut(i.detail()), null, null);
        case dev.chipscreen.core.report.RedFlagFinding r -> new AlertMessage.FindingSummary("RED_FLAG", r.rule().name(),
            cut(r.explanation()), null, null);
      });
    }
    long chips = report.findings().stream().filter(f -> f instanceof ChipFinding c && c.controlled()).count();
    long parties = report.findings().stream().filter(f -> f instanceof PartyFinding).count();
    String summary = report.status() == dev.chipscreen.core.report.Status.UNREADABLE ? "unreadable document: " + report.reason()
        : chips + " controlled chip(s), " + parties + " listed part(y/ies), " + report.findings().size()
            + " finding(s) in all";
    return new AlertMessage(AlertMessage.SCHEMA_VERSION, alertId(ref), ref.bucket(), ref.key(), ref.versionId(),
        report.document().sha256(), report.document().type().name(), report.status().name(),
        report.severity().name(), summary, findings, reportLocation, report.screenedAt());
  }

  private static String cut(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= MAX_MATCHED_TEXT ? text
        : dev.chipscreen.core.text.TextNormalizer.prefix(text, MAX_MATCHED_TEXT - 1) + "…";
  }

  public static String toJson(AlertMessage alert) {
    try {
      return JSON.writeValueAsString(alert);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static AlertMessage fromJson(String json) throws JsonProcessingException {
    return JSON.readValue(json, AlertMessage.class);
  }
}
