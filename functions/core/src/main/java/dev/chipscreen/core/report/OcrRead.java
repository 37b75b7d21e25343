package dev.chipscreen.core.report;

/**
 * Marks a finding whose text was read by OCR rather than from a text layer: the words may be
 * misread, so an analyst checks them against the page image.
 *
 * @param confidence the OCR engine's mean word confidence on that page, in [0, 1]
 */
public record OcrRead(double confidence) {

  /** The mark for a page's OCR confidence, or null when the page had a text layer. */
  public static OcrRead of(Double pageConfidence) {
    return pageConfidence == null ? null : new OcrRead(Math.round(pageConfidence * 100) / 100.0);
  }
}
