package dev.chipscreen.core.ocr;

/**
 * What OCR read on one page image.
 *
 * @param text       lines in reading order
 * @param confidence the engine's mean word confidence in [0, 1], weighted by word length; 0 when no word was read
 * @param words      words read
 */
public record OcrText(String text, double confidence, int words) {
  public OcrText {
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }
}
