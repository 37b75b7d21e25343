package dev.chipscreen.core.view;

/**
 * What to ask the sender for when a document could not be read, by the report's reason code
 * (the part of {@code reason} before the colon). Codes are kept as strings: new ones fall back to
 * asking for a readable copy.
 */
public final class SenderRequest {

  private SenderRequest() {
  }

  /** The request for an UNREADABLE report's reason, e.g. "ENCRYPTED: the PDF is password-protected". */
  public static String of(String reason) {
    String code = reason == null ? "" : reason.split(":", 2)[0].strip();
    return switch (code) {
      case "ENCRYPTED" -> "Ask the sender for a copy without a password (or the password, by another channel).";
      case "EMPTY", "NOT_FOUND" -> "Ask the sender to send the document again: the file received holds nothing.";
      case "CORRUPT", "PARSER_FAILURE", "IO_ERROR" ->
          "Ask the sender for a fresh copy: the file received is damaged or could not be parsed.";
      case "UNSUPPORTED_TYPE" -> "Ask the sender for the document as PDF, Word, Excel or an image.";
      case "TOO_LARGE", "TIMEOUT" -> "Ask the sender for a smaller copy: fewer pages, or scans at a lower resolution.";
      case "NEEDS_OCR" -> "The document is a scan: screen it with OCR on, or ask the sender for a copy with a text layer.";
      case "NO_TEXT", "OCR_FAILED" ->
          "Ask the sender for a copy with a text layer, or a sharper scan (300 dpi, upright, black on white).";
      default -> "Ask the sender for a readable copy: a PDF with a text layer.";
    };
  }
}
