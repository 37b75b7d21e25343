package dev.chipscreen.core.ocr;

/**
 * Whether and how pages without a text layer are OCRed. {@link #OFF} leaves them unread (the
 * ingest function, which hands such documents to the OCR function instead).
 *
 * @param engine the engine, or null when OCR is off
 * @param limits its page, time and size bounds
 */
public record Ocr(OcrEngine engine, OcrLimits limits) {

  public static final Ocr OFF = new Ocr(null, OcrLimits.DEFAULTS);

  public static Ocr with(OcrEngine engine) {
    return new Ocr(engine, OcrLimits.DEFAULTS);
  }

  public boolean enabled() {
    return engine != null;
  }
}
