package dev.chipscreen.functions.ingest;

import java.io.IOException;

/**
 * Hands a document that needs OCR to the OCR function (a container image with Tesseract), so
 * that the ingest function stays small and SnapStart-able. Throws when the hand-off is not
 * certain, so that the ingest message is retried rather than the document lost.
 */
public interface OcrHandoff {
  void handOff(ObjectRef ref, String why) throws IOException;
}
