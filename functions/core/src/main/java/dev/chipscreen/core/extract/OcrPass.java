package dev.chipscreen.core.extract;

import dev.chipscreen.core.ocr.ImagePrep;
import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.ocr.OcrFailure;
import dev.chipscreen.core.ocr.OcrText;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.CompletableFuture;

/**
 * OCR of one document's pages that have no usable text layer, within its OCR page cap and time
 * budget. Pages are OCRed in parallel (one Tesseract process each, as many as there are cores,
 * at most {@link #MAX_PARALLEL_PAGES}) while the caller renders or decodes the next; the caller
 * collects the results in page order. Every page that needed OCR and did not get it is named in
 * a gap, so that the report never passes for complete when part of the document went unread.
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
  /** Pages OCRed at once: Tesseract runs single-threaded (OMP_THREAD_LIMIT=1), one process per core. */
  static final int MAX_PARALLEL_PAGES = 4;
  /**
   * Mean word confidence below which a page is asked which way is up: upright print reads at 0.9
   * and more, a page upside down at about 0.5 (measured on the test bills of lading).
   */
  static final double UPRIGHT_CONFIDENCE = 0.7;
  /** Pages named in a gap before the rest are counted: a 400-page scan needs no 380-item list. */
  private static final int MAX_NAMED_PAGES = 5;

  private static final int PARALLEL_PAGES = Math.max(1, Math.min(MAX_PARALLEL_PAGES,
      Runtime.getRuntime().availableProcessors()));
  /**
   * Cores for OCR in this JVM, shared by every document screened at once (the CLI's --jobs): a
   * page runs Tesseract and its image preparation only while it holds one, so there are never
   * more Tesseract processes than cores, and a page's time budget runs only while it has its core.
   */
  static final Semaphore CORES = new Semaphore(PARALLEL_PAGES, true);
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "chipscreen-ocr");
    thread.setDaemon(true);
    return thread;
  });

  private final Ocr ocr;
  /**
   * The outer deadline (the document's screening deadline, less room to match): pages not started
   * by then are left unread. A hang guard, generous enough to include waiting for a core.
   */
  private final long deadlineNanos;
  /** The document's own OCR work, in nanoseconds of pages holding a core: the budget OcrLimits.maxMillis bounds. */
  private final java.util.concurrent.atomic.AtomicLong workNanos = new java.util.concurrent.atomic.AtomicLong();
  /** Bounds the page images held at once: those being OCRed, and the one being rendered. */
  private final Semaphore inFlight = new Semaphore(PARALLEL_PAGES);
  private final List<String> notOcred = new ArrayList<>();
  private final List<String> failed = Collections.synchronizedList(new ArrayList<>());
  private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
  private int pagesAdmitted;
  private volatile boolean timedOut;

  /**
   * @param deadlineMillis the time from now after which no page is started (the wall-clock guard);
   *                       the OCR budget itself ({@code OcrLimits.maxMillis}) counts only the pages' own work
   */
  OcrPass(Ocr ocr, long deadlineMillis) {
    this.ocr = ocr;
    this.deadlineNanos = System.nanoTime() + Math.max(1, deadlineMillis) * 1_000_000;
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

  /**
   * Whether one more page may be OCRed (it then counts against the page cap); when not,
   * {@code where} is recorded as left unread.
   */
  boolean admit(String where) {
    boolean late = System.nanoTime() > deadlineNanos || workLeftMillis() <= 0;
    if (!ocr.enabled() || pagesAdmitted >= ocr.limits().maxPages() || timedOut || late) {
      if (ocr.enabled() && late) {
        timedOut = true;
      }
      notOcred.add(where);
      return false;
    }
    pagesAdmitted++;
    return true;
  }

  /** Records {@code where} as unread for a reason of its own. */
  void fail(String where, String why) {
    failed.add(where + ": " + why);
  }

  /**
   * Starts OCR of an admitted page image; waits while {@link #PARALLEL_PAGES} pages are already
   * in flight. The result is null when the page is blank paper or OCR failed (recorded).
   */
  Future<OcrText> readAsync(BufferedImage image, String where) {
    return submit(where, () -> {
      BufferedImage prepared = ImagePrep.forOcr(image, ocr.limits().maxPixels());
      if (isBlank(prepared)) {
        return null;
      }
      OcrText text = ocr.engine().read(prepared, millisLeft());
      if (text.confidence() >= UPRIGHT_CONFIDENCE) {
        return text;
      }
      // Read badly: perhaps scanned sideways or upside down. Ask which way is up, and read it again turned.
      int turn = ocr.engine().uprightTurn(prepared, millisLeft());
      if (turn == 0) {
        return text;
      }
      OcrText turned = ocr.engine().read(ImagePrep.forOcr(ImagePrep.turnQuarter(image, turn),
          ocr.limits().maxPixels()), millisLeft());
      if (turned.confidence() <= text.confidence()) {
        return text;
      }
      notes.add(where + " was scanned " + (turn == 180 ? "upside down" : "sideways") + " and was turned " + turn
          + " degrees for OCR");
      return turned;
    });
  }

  /** As {@link #readAsync}, for an encoded image only the engine can decode (WebP). */
  Future<OcrText> readEncodedAsync(byte[] image, String where) {
    return submit(where, () -> ocr.engine().readEncoded(image, millisLeft()));
  }

  /** The result of a started read, or null (none started, blank page, or failed: recorded). */
  OcrText await(Future<OcrText> read, String where) {
    if (read == null) {
      return null;
    }
    try {
      return read.get();
    } catch (InterruptedException e) {
      // The document's parse guard gave up: stop waiting, and let it abandon the parse.
      read.cancel(true);
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | CancellationException e) {
      fail(where, "OCR failed: " + (e.getCause() != null ? e.getCause() : e));
      return null;
    }
  }

  /** Stops reads that were started, when the document is abandoned. */
  void cancel(List<Future<OcrText>> reads) {
    for (Future<OcrText> read : reads) {
      if (read != null) {
        read.cancel(true);
      }
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
    synchronized (failed) {
      if (!failed.isEmpty()) {
        gaps.add(new ExtractedText.Gap("OCR_FAILED", String.join("; ", failed)));
      }
    }
  }

  /** Remarks on how pages were read (turned upright), in no particular order. */
  List<String> notes() {
    synchronized (notes) {
      return List.copyOf(notes);
    }
  }

  /** True when some page needed OCR and got none (off, capped, failed). */
  boolean leftPagesUnread() {
    return !notOcred.isEmpty() || !failed.isEmpty();
  }

  String engine() {
    return ocr.enabled() ? ocr.engine().describe() : "";
  }

  private interface Read {
    OcrText run() throws OcrFailure;
  }

  private Future<OcrText> submit(String where, Read read) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.completedFuture(null);
    }
    try {
      return WORKERS.submit(() -> {
        try {
          // Waiting for a core is the machine's business, not this document's: not counted.
          CORES.acquire();
        } catch (InterruptedException e) {
          inFlight.release();
          Thread.currentThread().interrupt();
          return null;
        }
        long started = System.nanoTime();
        try {
          if (System.nanoTime() > deadlineNanos || workLeftMillis() <= 0) {
            timedOut = true;
            fail(where, "not OCRed: the OCR time budget was spent");
            return null;
          }
          return read.run();
        } catch (OcrFailure e) {
          if (e.timedOut()) {
            timedOut = true; // only ever set, never cleared: no update to lose between threads
          }
          fail(where, e.getMessage());
          return null;
        } finally {
          workNanos.addAndGet(System.nanoTime() - started);
          CORES.release();
          inFlight.release();
        }
      });
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  /** Time a page may still take: the document's OCR work budget left, within the outer deadline. */
  private long millisLeft() {
    long wall = (deadlineNanos - System.nanoTime()) / 1_000_000;
    return Math.max(1, Math.min(wall, workLeftMillis()));
  }

  /** The document's OCR work budget left: OcrLimits.maxMillis less the time its pages held a core. */
  private long workLeftMillis() {
    return ocr.limits().maxMillis() - workNanos.get() / 1_000_000;
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
