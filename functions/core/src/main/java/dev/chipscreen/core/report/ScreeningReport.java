package dev.chipscreen.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The screening report, one per document: contract v1. The fields schemaVersion, document,
 * status, reason, severity and findings are fixed (see report-v1.schema.json); the rest are
 * additions other tools may ignore.
 *
 * @param schemaVersion always {@link #SCHEMA_VERSION}
 * @param document      what was screened
 * @param status        SCREENED or UNREADABLE
 * @param reason        why, when UNREADABLE; null otherwise
 * @param severity      the highest severity the findings justify
 * @param findings      what was found, most severe first
 * @param lists         the list versions screened against; empty when none were installed
 * @param catalogue     the chip catalogue version screened against
 * @param notes         remarks for the analyst that are not findings (e.g. no lists installed)
 * @param screenedAt    ISO-8601 instant the screening finished
 * @param suppressed    party findings cleared by the allowlist, kept for the record
 * @param structured    the document as read: parties and roles, route, transport, references, goods (null when unread)
 * @param evidence      the lines the matches stand in, the list and catalogue entries they name (null when unread)
 */
public record ScreeningReport(int schemaVersion, DocumentInfo document, Status status, String reason,
                              Severity severity, List<Finding> findings, List<ListVersion> lists,
                              String catalogue, List<String> notes, String screenedAt, List<Suppression> suppressed,
                              dev.chipscreen.core.document.TradeDocument structured, Evidence evidence) {
  public static final int SCHEMA_VERSION = 1;

  /** A report without evidence (read before evidence was recorded, or built by hand). */
  public ScreeningReport(int schemaVersion, DocumentInfo document, Status status, String reason, Severity severity,
                         List<Finding> findings, List<ListVersion> lists, String catalogue, List<String> notes,
                         String screenedAt, List<Suppression> suppressed,
                         dev.chipscreen.core.document.TradeDocument structured) {
    this(schemaVersion, document, status, reason, severity, findings, lists, catalogue, notes, screenedAt, suppressed,
        structured, null);
  }

  /** A report with nothing suppressed. */
  public ScreeningReport(int schemaVersion, DocumentInfo document, Status status, String reason, Severity severity,
                         List<Finding> findings, List<ListVersion> lists, String catalogue, List<String> notes,
                         String screenedAt) {
    this(schemaVersion, document, status, reason, severity, findings, lists, catalogue, notes, screenedAt, List.of(),
        null);
  }

  /** Reason of an UNREADABLE report for a scan or image screened where OCR is off. */
  public static final String NEEDS_OCR = "NEEDS_OCR";
  /** Reason of the gap naming scanned pages left unread where OCR is off. */
  public static final String NOT_OCRED = "NOT_OCRED";

  /**
   * True when part or all of the document is scans or images that were not OCRed because OCR
   * was off where it was screened: the ingest function hands such documents to the OCR function.
   */
  @JsonIgnore
  public boolean needsOcr() {
    if (status == Status.UNREADABLE) {
      return reason.startsWith(NEEDS_OCR);
    }
    return findings.stream().anyMatch(f -> f instanceof IncompleteFinding i && NOT_OCRED.equals(i.reason()));
  }

  public ScreeningReport {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(severity, "severity");
    findings = List.copyOf(findings);
    lists = List.copyOf(lists);
    notes = List.copyOf(notes);
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
    if (status == Status.UNREADABLE && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("an UNREADABLE report needs a reason");
    }
  }
}
