package dev.chipscreen.functions.ingest;

import dev.chipscreen.core.Screener;
import dev.chipscreen.core.alert.ReportLinks;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.core.view.ReportPage;
import dev.chipscreen.functions.alert.AlertMessage;
import dev.chipscreen.functions.alert.Alerts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What the ingest function does with one uploaded object: claim it (so that repeated
 * notifications of the same version do the work once), fetch it within the size limit, screen
 * it, write the report under {@link #REPORT_PREFIX} + the document's key, and send an alert when
 * the severity reaches the threshold or the document is unreadable. Every object that reaches
 * here ends in exactly one report.
 */
public final class IngestService {

  /** Reports are written at reports/&lt;document key&gt;.report.json in the document's bucket. */
  public static final String REPORT_PREFIX = "reports/";
  public static final String REPORT_SUFFIX = ".report.json";
  /** The report page, reports/&lt;document key&gt;.report.html, is served as UTF-8 HTML. */
  static final String PAGE_CONTENT_TYPE = "text/html; charset=utf-8";
  /** Claims and markers of chipscreen's own; never screened. */
  public static final String STATE_PREFIX = "chipscreen/";
  static final String INGEST_CLAIMS = STATE_PREFIX + "claims/ingest/";
  /** The OCR function's claims: apart from the ingest function's, which has already marked the object done. */
  static final String OCR_CLAIMS = STATE_PREFIX + "claims/ocr/";

  /** What happened to one object. */
  public enum Outcome { SCREENED_NO_ALERT, SCREENED_ALERTED, HANDED_TO_OCR, DUPLICATE, SKIPPED, REJECTED }

  /** The object is being processed by another worker right now: retry the message later. */
  public static final class RetryLater extends Exception {
    private static final long serialVersionUID = 1L;

    public RetryLater(String message) {
      super(message);
    }
  }

  private final Screener screener;
  private final DocumentStore store;
  private final AlertPublisher alerts;
  private final Claims claims;
  private final Severity alertThreshold;
  private final Set<String> allowedBuckets;
  private final OcrHandoff ocrHandoff;
  private final String claimPrefix;
  private final boolean partiesUnscreened;

  public IngestService(Screener screener, DocumentStore store, AlertPublisher alerts, Claims claims,
                       Severity alertThreshold, Set<String> allowedBuckets) {
    this(screener, store, alerts, claims, alertThreshold, allowedBuckets, null);
  }

  /**
   * As the other constructor; when the screener has no OCR and {@code ocrHandoff} is set, scans
   * and images go to it instead of ending UNREADABLE here. A screener with OCR (the OCR function)
   * keeps claims of its own, since the ingest function has marked the object done when it handed it on.
   */
  public IngestService(Screener screener, DocumentStore store, AlertPublisher alerts, Claims claims,
                       Severity alertThreshold, Set<String> allowedBuckets, OcrHandoff ocrHandoff) {
    this(screener, store, alerts, claims, alertThreshold, allowedBuckets, ocrHandoff, false);
  }

  /**
   * As above; {@code partiesUnscreened} (no lists installed, and SCREEN_WITHOUT_LISTS=true) makes
   * every document alert, at MEDIUM at least: a report whose parties were not screened is not a clean one.
   */
  public IngestService(Screener screener, DocumentStore store, AlertPublisher alerts, Claims claims,
                       Severity alertThreshold, Set<String> allowedBuckets, OcrHandoff ocrHandoff,
                       boolean partiesUnscreened) {
    this.partiesUnscreened = partiesUnscreened;
    this.ocrHandoff = screener.ocrEnabled() ? null : ocrHandoff;
    this.claimPrefix = screener.ocrEnabled() ? OCR_CLAIMS : INGEST_CLAIMS;
    this.screener = screener;
    this.store = store;
    this.alerts = alerts;
    this.claims = claims;
    this.alertThreshold = alertThreshold;
    this.allowedBuckets = Set.copyOf(allowedBuckets);
  }

  /** S3 keys hold at most 1,024 bytes of UTF-8. */
  static final int MAX_KEY_BYTES = 1024;

  /**
   * Where a document's report goes: reports/&lt;key&gt;.report.json; a key too long for that gets
   * reports/_long/&lt;sha256 of the key&gt;.report.json (the report names the document in full).
   */
  /**
   * Screens two bundled documents (a PDF and a Word file) so that PDFBox, Tika and the matchers
   * are loaded and warm: called before a SnapStart snapshot, so restored instances start warm.
   */
  public void prime() {
    for (String name : new String[] {"invoice.pdf", "waybill.docx"}) {
      try (var in = IngestService.class.getResourceAsStream("/dev/chipscreen/functions/priming/" + name)) {
        if (in != null) {
          screener.screen("priming/" + name, in.readAllBytes());
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  public static String reportKey(String documentKey) {
    String key = REPORT_PREFIX + documentKey + REPORT_SUFFIX;
    if (key.getBytes(StandardCharsets.UTF_8).length <= MAX_KEY_BYTES) {
      return key;
    }
    return REPORT_PREFIX + "_long/" + dev.chipscreen.core.lists.Hashes.sha256(documentKey.getBytes(StandardCharsets.UTF_8))
        + REPORT_SUFFIX;
  }

  public Outcome ingest(ObjectRef ref) throws IOException, RetryLater {
    return ingest(ref, Long.MAX_VALUE);
  }

  /**
   * Screens one object, giving its parse at most {@code parseMillis} (the handler passes what is
   * left of the invocation, less a margin to write the report and the alert).
   */
  public Outcome ingest(ObjectRef ref, long parseMillis) throws IOException, RetryLater {
    return process(ref, parseMillis).outcome();
  }

  /**
   * What happened to one object, for its log line and metrics: the report (null when none was
   * made: a duplicate, a skipped or refused object) and the milliseconds its screening took.
   */
  public record Result(Outcome outcome, ScreeningReport report, long screenMillis) {
  }

  /** As {@link #ingest(ObjectRef, long)}, with the report and timing for telemetry. */
  public Result process(ObjectRef ref, long parseMillis) throws IOException, RetryLater {
    // The bucket name comes from the message, which anyone who can write to the queue controls.
    // An empty DOCUMENT_BUCKETS allows none: a setting left out must not open every bucket.
    if (!allowedBuckets.contains(ref.bucket())) {
      return new Result(Outcome.REJECTED, null, 0);
    }
    if (ref.key().startsWith(REPORT_PREFIX) || ref.key().startsWith(STATE_PREFIX)) {
      return new Result(Outcome.SKIPPED, null, 0);
    }
    String claimKey = claimPrefix + Alerts.alertId(ref);
    Claims.Claim claim = claims.claim(ref.bucket(), claimKey);
    switch (claim.outcome()) {
      case ALREADY_DONE -> {
        return new Result(Outcome.DUPLICATE, null, 0);
      }
      case IN_PROGRESS -> throw new RetryLater("s3://" + ref.bucket() + "/" + ref.key() + " is being screened now");
      default -> {
        // claimed: ours to do
      }
    }
    try {
      long started = System.nanoTime();
      ScreeningReport report = screen(ref, parseMillis);
      long screenMillis = (System.nanoTime() - started) / 1_000_000;
      if (ocrHandoff != null && report.needsOcr()) {
        // The OCR function writes the one report for this object; nothing is written here.
        ocrHandoff.handOff(ref, report.status() == Status.UNREADABLE ? report.reason() : ScreeningReport.NOT_OCRED);
        claims.done(claim);
        return new Result(Outcome.HANDED_TO_OCR, report, screenMillis);
      }
      String reportKey = reportKey(ref.key());
      store.put(ref.bucket(), reportKey, ReportJson.toJson(report).getBytes(StandardCharsets.UTF_8),
          "application/json");
      // The report's page beside it, for the analyst the alert points to (same bucket, same encryption).
      store.put(ref.bucket(), ReportLinks.pageKey(reportKey), ReportPage.render(report).getBytes(StandardCharsets.UTF_8),
          PAGE_CONTENT_TYPE);
      boolean alert = report.status() == Status.UNREADABLE || report.severity().atLeast(alertThreshold)
          || partiesUnscreened;
      if (alert) {
        AlertMessage message = Alerts.of(ref, report, "s3://" + ref.bucket() + "/" + reportKey);
        if (partiesUnscreened && !report.severity().atLeast(Severity.MEDIUM)) {
          message = new AlertMessage(message.schemaVersion(), message.alertId(), message.bucket(), message.key(),
              message.versionId(), message.sha256(), message.documentType(), message.status(), Severity.MEDIUM.name(),
              message.summary() + "; parties NOT screened (no restricted-party lists installed)", message.findings(),
              message.reportLocation(), message.createdAt());
        }
        alerts.publish(Alerts.toJson(message), message.alertId());
      }
      claims.done(claim);
      return new Result(alert ? Outcome.SCREENED_ALERTED : Outcome.SCREENED_NO_ALERT, report, screenMillis);
    } catch (IOException | RuntimeException e) {
      claims.release(claim);
      throw e;
    }
  }

  private ScreeningReport screen(ObjectRef ref, long parseMillis) throws IOException {
    DocumentStore.Fetched fetched;
    try {
      fetched = store.fetch(ref, screener.limits().maxDocumentBytes());
    } catch (java.io.FileNotFoundException e) {
      return screener.rejected(ref.key(), Math.max(0, ref.size()), "", "NOT_FOUND",
          "the object was deleted before it could be screened");
    }
    if (fetched.tooLarge()) {
      return screener.rejected(ref.key(), fetched.size(), "", "TOO_LARGE", "the object has " + fetched.size()
          + " bytes, more than the limit of " + screener.limits().maxDocumentBytes());
    }
    return screener.screen(ref.key(), fetched.bytes(), parseMillis);
  }
}
