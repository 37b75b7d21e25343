package dev.chipscreen.core.extract;

import java.util.Objects;

/**
 * The text of one page (PDF) or one part (any other file, or an attachment).
 *
 * @param number 1-based, in reading order across the document and its attachments
 * @param text   the extracted text, not yet normalised
 * @param source where the text came from: "" for the document itself, else e.g. "attachment invoice.pdf, page 2"
 * @param ocrConfidence the OCR engine's mean confidence in [0, 1] when the text was read by OCR, else null
 */
public record Page(int number, String text, String source, Double ocrConfidence) {

  /** A page read from its text layer. */
  public Page(int number, String text, String source) {
    this(number, text, source, null);
  }

  public boolean ocred() {
    return ocrConfidence != null;
  }

  public Page {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1, was " + number);
    }
  }
}
