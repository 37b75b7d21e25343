package dev.chipscreen.functions.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DisguisedChipFinding;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.RedFlagFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.functions.ingest.IngestService;
import dev.chipscreen.functions.ingest.ObjectRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The functions' log lines: one JSON object per document and per message, and for a screened
 * document the same line is its CloudWatch Embedded Metric Format record (the {@code _aws}
 * member tells CloudWatch which members are metrics), so a document costs one log event, and
 * metrics and logs cannot disagree. Written by hand rather than with aws-embedded-metrics: the
 * format is a few members, and the library's own start-up (an environment probe, an async
 * flusher) is more than this class.
 *
 * <p>What a line may hold is fixed here: ids, the bucket, key and version, the document's hash,
 * sizes, counts, outcome, severity, reason codes and times. Never document text, matched text or
 * party names (trade documents are confidential; the report in S3 holds them): no member takes a
 * string from the report's findings, and an unreadable reason is cut to its code.
 */
public final class Telemetry {

  /** The CloudWatch namespace of every metric. */
  public static final String NAMESPACE = "chipscreen";
  /** Longest error text logged for a failed message (exception class and message). */
  static final int MAX_ERROR_CHARS = 300;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

  private final Consumer<String> sink;
  private final Clock clock;
  private volatile Instant listsPublishedAt;

  /**
   * @param sink             where each line goes (Lambda's logger, or stdout; a list in tests)
   * @param listsPublishedAt when the newest list file was published (null: no lists), for ListAgeDays
   */
  public Telemetry(Consumer<String> sink, Clock clock, Instant listsPublishedAt) {
    this.sink = sink;
    this.clock = clock;
    this.listsPublishedAt = listsPublishedAt;
  }

  /** The lists in use changed (reloaded from a newer store): ListAgeDays counts from {@code publishedAt}. */
  public void listsLoaded(Instant publishedAt) {
    this.listsPublishedAt = publishedAt;
  }

  /** Where the request came from: Lambda's request id and function name. */
  public record Invocation(String requestId, String function) {
  }

  /** One document's line: the object, what happened, and (for a screened document) its metrics. */
  public void document(Invocation call, String messageId, ObjectRef ref, IngestService.Result result) {
    ObjectNode line = base(call, "document");
    line.put("messageId", messageId);
    line.put("bucket", ref.bucket());
    line.put("key", ref.key());
    line.put("versionId", ref.versionId());
    line.put("outcome", result.outcome().name());
    ScreeningReport report = result.report();
    if (report == null) {
      sink.accept(line.toString());
      return;
    }
    boolean unreadable = report.status() == Status.UNREADABLE;
    boolean handedToOcr = result.outcome() == IngestService.Outcome.HANDED_TO_OCR;
    boolean alerted = result.outcome() == IngestService.Outcome.SCREENED_ALERTED;
    line.put("sha256", report.document().sha256());
    // The kind of file and of document, for capacity per kind: types, not content.
    line.put("mediaType", report.document().mediaType());
    line.put("documentType", report.document().type().name());
    line.put("status", report.status().name());
    line.put("Severity", report.severity().name());
    if (unreadable && !handedToOcr) {
      line.put("Reason", reasonCode(report.reason()));
    }
    ObjectNode counts = line.putObject("findings");
    counts.put("chips", count(report, ChipFinding.class));
    counts.put("parties", count(report, PartyFinding.class));
    counts.put("disguised", count(report, DisguisedChipFinding.class));
    counts.put("redFlags", count(report, RedFlagFinding.class));
    counts.put("incomplete", count(report, IncompleteFinding.class));
    counts.put("suppressed", report.suppressed() == null ? 0 : report.suppressed().size());
    // Metrics: members named as CloudWatch shows them.
    line.put("Documents", handedToOcr ? 0 : 1);
    line.put("Alerted", alerted ? 1 : 0);
    line.put("Unreadable", unreadable && !handedToOcr ? 1 : 0);
    line.put("HandedToOcr", handedToOcr ? 1 : 0);
    line.put("OcrPages", report.document().ocrPages() == null ? 0 : report.document().ocrPages().size());
    line.put("ScreeningMillis", result.screenMillis());
    line.put("DocumentBytes", report.document().sizeBytes());
    line.put("DocumentPages", report.document().pages());
    if (listsPublishedAt != null) {
      line.put("ListAgeDays", Math.round((clock.millis() - listsPublishedAt.toEpochMilli()) / MILLIS_PER_DAY * 100)
          / 100.0);
    }
    ObjectNode aws = JSON.createObjectNode();
    aws.put("Timestamp", clock.millis());
    ArrayNode directives = aws.putArray("CloudWatchMetrics");
    directive(directives, new String[][] {{"Function"}}, new String[][] {{"Documents", "Count"},
        {"Alerted", "Count"}, {"Unreadable", "Count"}, {"HandedToOcr", "Count"}, {"OcrPages", "Count"},
        {"ScreeningMillis", "Milliseconds"}, {"DocumentBytes", "Bytes"}, {"DocumentPages", "Count"}},
        listsPublishedAt == null ? null : new String[] {"ListAgeDays", "None"});
    if (alerted) {
      directive(directives, new String[][] {{"Function", "Severity"}}, new String[][] {{"Alerted", "Count"}}, null);
    }
    if (line.has("Reason")) {
      directive(directives, new String[][] {{"Function", "Reason"}}, new String[][] {{"Unreadable", "Count"}}, null);
    }
    line.set("_aws", aws);
    sink.accept(line.toString());
  }

  /** One alert message's line in the notify function: the e-mail sent, skipped or failed. */
  public void email(Invocation call, String messageId, String alertId, String severity, String outcome,
                    boolean failed, long millis) {
    ObjectNode line = base(call, "email");
    line.put("messageId", messageId);
    line.put("alertId", alertId);
    line.put("Severity", severity);
    line.put("outcome", outcome);
    line.put("millis", millis);
    line.put("EmailsSent", "SENT".equals(outcome) ? 1 : 0);
    line.put("EmailsFailed", failed ? 1 : 0);
    emitWithFunctionMetrics(line, new String[][] {{"EmailsSent", "Count"}, {"EmailsFailed", "Count"}});
  }

  /**
   * A list refresh that checked every source (published, or found unchanged): one EMF record, so an
   * alarm can say "no successful refresh for two days" whether or not the lists changed.
   */
  public void listRefresh(Invocation call, int published, int unchanged) {
    ObjectNode line = base(call, "listRefresh");
    line.put("published", published);
    line.put("unchanged", unchanged);
    line.put("ListRefreshSucceeded", 1);
    emitWithFunctionMetrics(line, new String[][] {{"ListRefreshSucceeded", "Count"}});
  }

  /** Writes {@code line} as an EMF record of {@code metrics} ({name, unit}) under the Function dimension. */
  private void emitWithFunctionMetrics(ObjectNode line, String[][] metrics) {
    ObjectNode aws = JSON.createObjectNode();
    aws.put("Timestamp", clock.millis());
    directive(aws.putArray("CloudWatchMetrics"), new String[][] {{"Function"}}, metrics, null);
    line.set("_aws", aws);
    sink.accept(line.toString());
  }

  /** A message that failed (it will be retried, then go to the DLQ): its id and the error's class and message. */
  public void failure(Invocation call, String messageId, String error) {
    ObjectNode line = base(call, "failure");
    line.put("messageId", messageId);
    line.put("error", error.length() > MAX_ERROR_CHARS ? error.substring(0, MAX_ERROR_CHARS) + "…" : error);
    // A failed message leaves the invocation a success (partial batch response): Lambda's Errors
    // metric never sees it, so it is counted here, for an alarm of its own.
    line.put("MessagesFailed", 1);
    emitWithFunctionMetrics(line, new String[][] {{"MessagesFailed", "Count"}});
  }

  /** A note about the instance (a recycle, say). */
  public void instance(Invocation call, String event, String detail) {
    ObjectNode line = base(call, event);
    line.put("detail", detail);
    sink.accept(line.toString());
  }

  private ObjectNode base(Invocation call, String event) {
    ObjectNode line = JSON.createObjectNode();
    line.put("time", Instant.ofEpochMilli(clock.millis()).toString());
    line.put("event", event);
    line.put("requestId", call.requestId());
    line.put("Function", call.function());
    return line;
  }

  private static void directive(ArrayNode directives, String[][] dimensions, String[][] metrics, String[] extra) {
    ObjectNode directive = directives.addObject();
    directive.put("Namespace", NAMESPACE);
    ArrayNode dims = directive.putArray("Dimensions");
    for (String[] set : dimensions) {
      ArrayNode names = dims.addArray();
      for (String name : set) {
        names.add(name);
      }
    }
    ArrayNode list = directive.putArray("Metrics");
    for (String[] metric : metrics) {
      list.addObject().put("Name", metric[0]).put("Unit", metric[1]);
    }
    if (extra != null) {
      list.addObject().put("Name", extra[0]).put("Unit", extra[1]);
    }
  }

  /** "TIMEOUT: parsing took ..." → "TIMEOUT": the code alone, never the detail (it may quote the file). */
  static String reasonCode(String reason) {
    if (reason == null) {
      return "UNKNOWN";
    }
    int colon = reason.indexOf(':');
    String code = (colon < 0 ? reason : reason.substring(0, colon)).strip();
    return code.matches("[A-Z_]{1,40}") ? code : "OTHER";
  }

  private static int count(ScreeningReport report, Class<? extends Finding> kind) {
    return (int) report.findings().stream().filter(kind::isInstance).count();
  }
}
