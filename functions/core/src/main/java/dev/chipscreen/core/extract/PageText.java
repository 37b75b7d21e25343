package dev.chipscreen.core.extract;

import dev.chipscreen.core.ocr.OcrText;

/**
 * One page as a reader produced it, before it is numbered within the document.
 *
 * @param text the text layer, followed by the OCR text when the page was OCRed
 * @param ocr  what OCR read, or null when the text layer was used alone
 */
record PageText(String text, OcrText ocr) {
}
