package dev.chipscreen.functions.alert;

import java.util.List;

/**
 * The alert message on the alerts queue, contract v1 (documented in README.md).
 *
 * @param schemaVersion  always 1
 * @param alertId        stable id of this alert: the same upload always gives the same id
 * @param bucket         the document's bucket
 * @param key            the document's key
 * @param versionId      the document's version, or null on an unversioned bucket
 * @param sha256         hex SHA-256 of the document
 * @param documentType   BILL_OF_LADING, ..., OTHER
 * @param status         SCREENED or UNREADABLE
 * @param severity       the report's severity
 * @param summary        one line for humans
 * @param findings       the findings, briefly (at most {@link #MAX_FINDINGS})
 * @param reportLocation s3://bucket/key of the full report
 * @param createdAt      ISO-8601 instant
 */
public record AlertMessage(int schemaVersion, String alertId, String bucket, String key, String versionId,
                           String sha256, String documentType, String status, String severity, String summary,
                           List<FindingSummary> findings, String reportLocation, String createdAt) {

  public static final int SCHEMA_VERSION = 1;
  public static final int MAX_FINDINGS = 20;

  public AlertMessage {
    findings = List.copyOf(findings);
  }

  /**
   * One finding in brief.
   *
   * @param kind        RESTRICTED_CHIP, RESTRICTED_PARTY, DISGUISED_CHIP, UNREADABLE_DOCUMENT, ...
   * @param subject     the catalogue model, the listed name, or the reason
   * @param matchedText the document text (cut to 200 characters)
   * @param page        page, when known
   * @param score       score, when known
   */
  public record FindingSummary(String kind, String subject, String matchedText, Integer page, Double score) {
  }
}
