package dev.chipscreen.core.ocr;

import java.awt.image.BufferedImage;

/**
 * Reads the text in a page image. Implementations run outside the JVM's control (a native
 * program), so every call has a time budget and fails with {@link OcrFailure}, never silently.
 */
public interface OcrEngine {

  /** Name and version for reports, e.g. "tesseract 5.3.0 (eng+chi_sim)". */
  String describe();

  /** The text of one page image, read within {@code timeoutMillis}. */
  OcrText read(BufferedImage page, long timeoutMillis) throws OcrFailure;

  /** The text of an encoded image the JVM cannot decode itself (WebP), read by the engine's own decoders. */
  OcrText readEncoded(byte[] image, long timeoutMillis) throws OcrFailure;

  /**
   * How many degrees (0, 90, 180 or 270, clockwise) the page must be turned to stand upright, as
   * far as the engine can tell; 0 when it cannot. Asked only of pages that read badly.
   */
  default int uprightTurn(BufferedImage page, long timeoutMillis) throws OcrFailure {
    return 0;
  }
}
