package dev.chipscreen.core.report;

import java.util.List;
import java.util.Objects;

/**
 * What was screened.
 *
 * @param name      the file name, or the S3 key
 * @param sha256    hex SHA-256 of the bytes as received
 * @param mediaType the type detected from the bytes (never from the name)
 * @param type      the kind of trade document, from its content
 * @param pages     pages (PDF) or parts (one per other file and attachment) that were read
 * @param sizeBytes bytes received
 * @param ocrPages  pages whose text was read by OCR; absent when none was
 * @param ocrEngine the OCR engine and languages that read them
 */
public record DocumentInfo(String name, String sha256, String mediaType, DocumentType type, int pages, long sizeBytes,
                           List<Integer> ocrPages, String ocrEngine) {

  public DocumentInfo(String name, String sha256, String mediaType, DocumentType type, int pages, long sizeBytes) {
    this(name, sha256, mediaType, type, pages, sizeBytes, null, null);
  }

  public DocumentInfo {
    ocrPages = ocrPages == null || ocrPages.isEmpty() ? null : List.copyOf(ocrPages);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(type, "type");
  }
}
