package dev.chipscreen.core.ocr;

/** OCR of one image did not finish: the engine failed, or ran out of time. */
public final class OcrFailure extends Exception {

  private final boolean timedOut;

  public OcrFailure(String message, boolean timedOut) {
    super(message);
    this.timedOut = timedOut;
  }

  public OcrFailure(String message, Throwable cause) {
    super(message, cause);
    this.timedOut = false;
  }

  public boolean timedOut() {
    return timedOut;
  }
}
