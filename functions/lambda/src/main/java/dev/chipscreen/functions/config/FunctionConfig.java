package dev.chipscreen.functions.config;

import dev.chipscreen.core.report.Severity;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The functions' settings, read once from the environment at init (documented in README.md and
 * set by infra/template.yaml).
 *
 * @param allowedBuckets   DOCUMENT_BUCKETS: buckets whose objects may be screened (a message naming another is refused)
 * @param alertQueueUrl    ALERT_QUEUE_URL: where alert messages go
 * @param alertThreshold   ALERT_THRESHOLD: severity from which a report alerts (default MEDIUM; UNREADABLE always does)
 * @param listBucket       LIST_BUCKET: bucket of the list store (default: the first document bucket)
 * @param listPrefix       LIST_PREFIX: prefix of the list store (default chipscreen/lists/)
 * @param catalogueKey     CATALOGUE_KEY: optional key (in the list bucket) of a catalogue merged over the bundled one
 * @param allowlistKey     ALLOWLIST_KEY: optional key (in the list bucket) of the cleared-parties allowlist
 * @param sender           ALERT_SENDER: the verified SES sender of alert e-mails
 * @param claimStaleAfter  CLAIM_STALE_SECONDS: after this a pending claim counts as abandoned (default 900, the Lambda maximum)
 * @param cslUrl           CSL_URL: where the list refresh downloads the CSL (default trade.gov)
 * @param ocr              OCR: "tesseract" to OCR scans in this function (the OCR function, the local runner), else off
 * @param ocrQueueUrl      OCR_QUEUE_URL: where a function without OCR hands the documents that need it (none: they are UNREADABLE)
 * @param screenWithoutLists SCREEN_WITHOUT_LISTS: "true" lets the ingest function start with no list store (every
 *                         report then says parties were not screened, and alerts at MEDIUM at least); else such an
 *                         instance fails INIT
 * @param reportLinkMinutes REPORT_LINK_MINUTES: when above 0, alert e-mails carry a presigned link to the report
 *                         page that works this long (at most {@link #MAX_REPORT_LINK_MINUTES}); default 0, none:
 *                         trade documents are confidential, and the console link asks for the reader's own sign-in
 */
public record FunctionConfig(Set<String> allowedBuckets, String alertQueueUrl, Severity alertThreshold,
                             String listBucket, String listPrefix, String catalogueKey, String allowlistKey,
                             String sender, Duration claimStaleAfter, String cslUrl, boolean ocr,
                             String ocrQueueUrl, boolean screenWithoutLists, long reportLinkMinutes) {

  /** A presigned link lives at most a working day: it opens a confidential document to whoever holds it. */
  public static final long MAX_REPORT_LINK_MINUTES = 8 * 60;

  public static final String OCR_TESSERACT = "tesseract";

  public static final String DEFAULT_LIST_PREFIX = "chipscreen/lists/";
  public static final Duration DEFAULT_CLAIM_STALE_AFTER = Duration.ofSeconds(900);

  public static FunctionConfig from(Map<String, String> env) {
    Set<String> buckets = new LinkedHashSet<>();
    for (String bucket : env.getOrDefault("DOCUMENT_BUCKETS", "").split(",")) {
      if (!bucket.isBlank()) {
        buckets.add(bucket.trim());
      }
    }
    String listBucket = env.getOrDefault("LIST_BUCKET", buckets.isEmpty() ? null : buckets.iterator().next());
    return new FunctionConfig(Set.copyOf(buckets), env.get("ALERT_QUEUE_URL"),
        Severity.parse(env.getOrDefault("ALERT_THRESHOLD", "MEDIUM")), listBucket,
        env.getOrDefault("LIST_PREFIX", DEFAULT_LIST_PREFIX), blankToNull(env.get("CATALOGUE_KEY")),
        blankToNull(env.get("ALLOWLIST_KEY")), env.get("ALERT_SENDER"),
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("CLAIM_STALE_SECONDS",
            String.valueOf(DEFAULT_CLAIM_STALE_AFTER.toSeconds())))), blankToNull(env.get("CSL_URL")),
        OCR_TESSERACT.equalsIgnoreCase(env.getOrDefault("OCR", "off").trim()), blankToNull(env.get("OCR_QUEUE_URL")),
        "true".equalsIgnoreCase(env.getOrDefault("SCREEN_WITHOUT_LISTS", "false").trim()),
        reportLinkMinutes(env.getOrDefault("REPORT_LINK_MINUTES", "0")));
  }

  private static long reportLinkMinutes(String value) {
    long minutes = Long.parseLong(value.trim());
    if (minutes < 0 || minutes > MAX_REPORT_LINK_MINUTES) {
      throw new IllegalArgumentException("REPORT_LINK_MINUTES must be 0 (no presigned link) to "
          + MAX_REPORT_LINK_MINUTES + ", was " + value);
    }
    return minutes;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
