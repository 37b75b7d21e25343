package dev.chipscreen.core;

/**
 * The bounds every document is screened within. Untrusted files are a security concern, so
 * each limit is named, has a unit and a documented default, and is checked at the boundary.
 *
 * @param maxDocumentBytes   bytes read from one object or file; larger ones are UNREADABLE
 * @param maxPages           PDF pages whose text is extracted; the rest are reported as not screened
 * @param maxChars           characters of text kept per document (all pages and attachments)
 * @param maxEmbeddedDepth   nesting depth of attachments (an e-mail in an e-mail in an e-mail)
 * @param maxEmbeddedCount   attachments extracted per document
 * @param maxPdfMemoryBytes  main memory PDFBox may use for one document before it spills to a temp file
 * @param maxParseMillis     wall-clock time one document's text extraction may take before it is abandoned
 */
public record Limits(long maxDocumentBytes, int maxPages, int maxChars, int maxEmbeddedDepth,
                     int maxEmbeddedCount, long maxPdfMemoryBytes, long maxParseMillis) {

  /** 50 MiB: far above any real bill of lading or invoice, well below the Lambda's memory. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
  /** 500 pages: a long packing list runs to dozens; hundreds is already unusual. */
  public static final int DEFAULT_MAX_PAGES = 500;
  /** 5 million characters: about 1,500 dense pages of text. */
  public static final int DEFAULT_MAX_CHARS = 5_000_000;
  /** 3 levels: mail with an attached mail with an attached invoice. */
  public static final int DEFAULT_MAX_EMBEDDED_DEPTH = 3;
  /** 50 attachments per document. */
  public static final int DEFAULT_MAX_EMBEDDED_COUNT = 50;
  /** 64 MiB of PDF objects in memory, then a temporary file. */
  public static final long DEFAULT_MAX_PDF_MEMORY_BYTES = 64L * 1024 * 1024;

  /** 60 s: a 500-page text PDF extracts in well under 10 s; a parse running longer is stuck or hostile. */
  public static final long DEFAULT_MAX_PARSE_MILLIS = 60_000;

  public static final Limits DEFAULTS = new Limits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_PAGES,
      DEFAULT_MAX_CHARS, DEFAULT_MAX_EMBEDDED_DEPTH, DEFAULT_MAX_EMBEDDED_COUNT, DEFAULT_MAX_PDF_MEMORY_BYTES,
      DEFAULT_MAX_PARSE_MILLIS);

  /** The limits of earlier versions, with the default parse time. */
  public Limits(long maxDocumentBytes, int maxPages, int maxChars, int maxEmbeddedDepth, int maxEmbeddedCount,
                long maxPdfMemoryBytes) {
    this(maxDocumentBytes, maxPages, maxChars, maxEmbeddedDepth, maxEmbeddedCount, maxPdfMemoryBytes,
        DEFAULT_MAX_PARSE_MILLIS);
  }

  /** These limits with another parse-time budget (the functions derive it from Lambda's remaining time). */
  public Limits withMaxParseMillis(long millis) {
    return new Limits(maxDocumentBytes, maxPages, maxChars, maxEmbeddedDepth, maxEmbeddedCount, maxPdfMemoryBytes,
        millis);
  }

  public Limits {
    requirePositive(maxDocumentBytes, "maxDocumentBytes");
    requirePositive(maxPages, "maxPages");
    requirePositive(maxChars, "maxChars");
    requirePositive(maxEmbeddedDepth, "maxEmbeddedDepth");
    requirePositive(maxEmbeddedCount, "maxEmbeddedCount");
    requirePositive(maxPdfMemoryBytes, "maxPdfMemoryBytes");
    requirePositive(maxParseMillis, "maxParseMillis");
  }

  private static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
