package dev.chipscreen.core.testing;

import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.ocr.TesseractOcr;

/**
 * The machine's Tesseract, which the OCR tests run for real. They fail loudly when it is
 * missing rather than pass without OCR: scripts/test.sh installs it from Debian's packages.
 */
public final class InstalledOcr {

  private static Ocr ocr;

  private InstalledOcr() {
  }

  public static synchronized Ocr tesseract() {
    if (ocr == null) {
      TesseractOcr engine = TesseractOcr.find().orElseThrow(() -> new IllegalStateException(
          "Tesseract with English data is not installed; scripts/test.sh installs it "
              + "(apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim)"));
      if (!engine.describe().contains("chi_sim")) {
        throw new IllegalStateException("Tesseract's simplified Chinese data is not installed: " + engine.describe()
            + "; scripts/test.sh installs tesseract-ocr-chi-sim");
      }
      ocr = Ocr.with(engine);
    }
    return ocr;
  }
}
