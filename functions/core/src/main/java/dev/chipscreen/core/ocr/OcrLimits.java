package dev.chipscreen.core.ocr;

/**
 * Bounds on OCR, which costs seconds per page where a text layer costs milliseconds.
 *
 * @param maxPages      pages (or image frames) OCRed per document; the rest are reported as not screened
 * @param maxMillis     the document's own OCR work: the time its pages hold a core (waiting for one while
 *                      other documents use the cores is not counted; see OcrPass)
 * @param maxPixels     pixels of one page image; larger pages are rendered or read at a lower resolution
 * @param renderDpi     resolution PDF pages are rendered at for OCR
 */
public record OcrLimits(int maxPages, long maxMillis, long maxPixels, int renderDpi) {

  /** 20 pages: a scanned bill of lading or invoice is one to five; a 20-page scan is already rare. */
  public static final int DEFAULT_MAX_PAGES = 20;
  /** 120 s: about 30 pages at the measured 3-4 s per page, so the page cap usually binds first. */
  public static final long DEFAULT_MAX_MILLIS = 120_000;
  /** 40 megapixels: an A4 page at 300 dpi is 8.7; a decompression bomb claims billions. */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000;
  /** 300 dpi: where Tesseract reads 8-10 pt print best; lower loses small print, higher only costs time. */
  public static final int DEFAULT_RENDER_DPI = 300;

  public static final OcrLimits DEFAULTS = new OcrLimits(DEFAULT_MAX_PAGES, DEFAULT_MAX_MILLIS, DEFAULT_MAX_PIXELS,
      DEFAULT_RENDER_DPI);

  public OcrLimits {
    if (maxPages <= 0 || maxMillis <= 0 || maxPixels <= 0 || renderDpi <= 0) {
      throw new IllegalArgumentException("OCR limits must be positive");
    }
  }
}
