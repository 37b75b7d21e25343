package dev.chipscreen.core.extract;

import dev.chipscreen.core.ocr.ImagePrep;
import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.ocr.OcrFailure;
import dev.chipscreen.core.ocr.OcrText;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * OCR of one document's pages that have no usable text layer, within its OCR page cap and time
 * budget. Every page that needed OCR and did not get it is named in a gap, so that the report
 * never passes for complete when part of the document went unread.
 */
final class OcrPass {

  /**
   * A page with fewer non-blank characters than this has no usable text layer: a scan often
   * carries a stamp or a page number as text ("1", "COPY") on top of the image that holds the rest.
   */
  static final int MIN_TEXT_LAYER_CHARS = 32;
  /** A rendered page with less ink than this share of its pixels is blank paper, not worth OCR. */
  static final double MIN_INK_SHARE = 0.0005;
  /** Grey level below which a pixel counts as ink for the blank-page test. */
  private static final int INK_LEVEL = 160;
  /** Images smaller than this (both sides, in pixels) are logos and signatures, not documents. */
  static final int MIN_DOCUMENT_IMAGE_SIDE = 400;

  /** Pages named in a gap before the rest are counted: a 400-page scan needs no 380-item list. */
  private static final int MAX_NAMED_PAGES = 5;

  private final Ocr ocr;
  private final long deadlineNanos;
  private final List<String> notOcred = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();
  private int pagesRead;
  private boolean timedOut;

  OcrPass(Ocr ocr, long budgetMillis) {
    this.ocr = ocr;
    this.deadlineNanos = System.nanoTime() + Math.min(budgetMillis, ocr.limits().maxMillis()) * 1_000_000;
  }

  static boolean lacksText(String text) {
    int chars = 0;
    for (int i = 0; i < text.length() && chars < MIN_TEXT_LAYER_CHARS; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        chars++;
      }
    }
    return chars < MIN_TEXT_LAYER_CHARS;
  }

  boolean enabled() {
    return ocr.enabled();
  }

  /** Resolution to render a page of this size (in PDF points) at, within the pixel cap. */
  float renderDpi(float widthPoints, float heightPoints) {
    float dpi = ocr.limits().renderDpi();
    double pixels = (widthPoints / 72.0 * dpi) * (heightPoints / 72.0 * dpi);
    if (pixels > ocr.limits().maxPixels()) {
      dpi *= (float) Math.sqrt(ocr.limits().maxPixels() / pixels);
    }
    return Math.max(1, dpi);
  }

  /** Whether another page may still be OCRed; when not, {@code where} is recorded as left unread. */
  boolean admit(String where) {
    if (!ocr.enabled() || pagesRead >= ocr.limits().maxPages() || timedOut || System.nanoTime() > deadlineNanos) {
      timedOut |= ocr.enabled() && System.nanoTime() > deadlineNanos;
      notOcred.add(where);
      return false;
    }
    return true;
  }

  /** Records {@code where} as left unread: beyond what was decoded. */
  void skip(String where) {
    notOcred.add(where);
  }

  /** The page's text by OCR, or null when it is blank paper or OCR failed (the failure is recorded). */
  OcrText read(BufferedImage image, String where) {
    BufferedImage prepared = ImagePrep.forOcr(image, ocr.limits().maxPixels());
    if (isBlank(prepared)) {
      return null;
    }
    pagesRead++;
    try {
      return ocr.engine().read(prepared, millisLeft());
    } catch (OcrFailure e) {
      record(e, where);
      return null;
    }
  }

  /** As {@link #read}, for an encoded image only the engine can decode (WebP). */
  OcrText readEncoded(byte[] image, String where) {
    pagesRead++;
    try {
      return ocr.engine().readEncoded(image, millisLeft());
    } catch (OcrFailure e) {
      record(e, where);
      return null;
    }
  }

  /** Gaps for what was left unread; call once, after the last page. */
  void finish(List<ExtractedText.Gap> gaps) {
    if (!notOcred.isEmpty()) {
      String pages = notOcred.size() <= MAX_NAMED_PAGES ? String.join(", ", notOcred)
          : String.join(", ", notOcred.subList(0, MAX_NAMED_PAGES)) + " and " + (notOcred.size() - MAX_NAMED_PAGES)
          + " more";
      if (!ocr.enabled()) {
        gaps.add(new ExtractedText.Gap("NOT_OCRED", pages + ": no text layer, and OCR is not enabled here; not screened"));
      } else if (timedOut) {
        gaps.add(new ExtractedText.Gap("OCR_TIMEOUT", pages + ": not OCRed, the OCR time budget of "
            + ocr.limits().maxMillis() + " ms was spent"));
      } else {
        gaps.add(new ExtractedText.Gap("OCR_PAGE_LIMIT", pages + ": not OCRed, beyond the limit of "
            + ocr.limits().maxPages() + " OCRed pages per document"));
      }
    }
    if (!failed.isEmpty()) {
      gaps.add(new ExtractedText.Gap("OCR_FAILED", String.join("; ", failed)));
    }
  }

  /** True when some page needed OCR and got none (off, capped, failed). */
  boolean leftPagesUnread() {
    return !notOcred.isEmpty() || !failed.isEmpty();
  }

  String engine() {
    return ocr.enabled() ? ocr.engine().describe() : "";
  }

  private void record(OcrFailure e, String where) {
    timedOut |= e.timedOut();
    failed.add(where + ": " + e.getMessage());
  }

  private long millisLeft() {
    return Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
  }

  private static boolean isBlank(BufferedImage grey) {
    byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    long ink = 0;
    long needed = (long) (px.length * MIN_INK_SHARE);
    for (byte b : px) {
      if ((b & 0xff) < INK_LEVEL && ++ink > needed) {
        return false;
      }
    }
    return true;
  }
}
