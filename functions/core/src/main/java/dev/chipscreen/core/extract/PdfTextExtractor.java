package dev.chipscreen.core.extract;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.extract.UnreadableDocumentException.Reason;
import dev.chipscreen.core.ocr.OcrText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer page by page with PDFBox, within the page, character and memory caps.
 * PDFs go through PDFBox directly rather than through Tika: one parser less in the way, and a
 * page-accurate result.
 */
public final class PdfTextExtractor {

  /** Forms inside forms searched for images; scanners write one level, hostile files thousands. */
  private static final int MAX_FORM_DEPTH = 4;

  private final Limits limits;

  public PdfTextExtractor(Limits limits) {
    this.limits = limits;
  }

  /** Pages of text, without OCR; gaps are added to {@code gaps} when a cap cuts the document short. */
  public List<String> extract(byte[] bytes, List<ExtractedText.Gap> gaps) throws UnreadableDocumentException {
    return extract(bytes, gaps, null, "").stream().map(PageText::text).toList();
  }

  /**
   * Pages of text; those without a usable text layer are rendered and OCRed by {@code ocr} (or
   * recorded as unread by it when OCR is off or its budget is spent). A null {@code ocr} skips them.
   */
  List<PageText> extract(byte[] bytes, List<ExtractedText.Gap> gaps, OcrPass ocr, String source)
      throws UnreadableDocumentException {
    MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.maxPdfMemoryBytes());
    try (PDDocument document = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
      int pageCount = document.getNumberOfPages();
      if (pageCount == 0) {
        throw new UnreadableDocumentException(Reason.CORRUPT, "the PDF has no pages");
      }
      int lastPage = Math.min(pageCount, limits.maxPages());
      PagedStripper stripper = new PagedStripper(limits.maxChars());
      stripper.setSortByPosition(true);
      // Repeated glyphs are dropped by the stripper's own Overprints, not PDFBox's slower check.
      stripper.setSuppressDuplicateOverlappingText(false);
      stripper.setStartPage(1);
      stripper.setEndPage(lastPage);
      stripper.writeText(document, stripper.out);
      if (lastPage < pageCount) {
        gaps.add(new ExtractedText.Gap("PAGE_LIMIT", "only the first " + lastPage + " of " + pageCount
            + " pages were screened (limit " + limits.maxPages() + " pages)"));
      }
      if (stripper.charLimitReached) {
        gaps.add(new ExtractedText.Gap("CHAR_LIMIT", "text beyond " + limits.maxChars()
            + " characters was not screened (stopped at page " + stripper.pages.size() + ")"));
      }
      // Scanned pages are rendered here one after another and OCRed in parallel; results are taken in page order.
      List<Future<OcrText>> reads = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      PDFRenderer renderer = null;
      try {
        for (int i = 0; i < stripper.pages.size(); i++) {
          String where = (source.isEmpty() ? "page " : source + ", page ") + (i + 1);
          labels.add(where);
          if (ocr == null || !OcrPass.lacksText(stripper.pages.get(i))
              || !hasImages(document.getPage(i).getResources(), 0) || !ocr.admit(where)) {
            reads.add(null);
            continue;
          }
          if (renderer == null) {
            renderer = new PDFRenderer(document);
          }
          PDRectangle box = document.getPage(i).getCropBox();
          float dpi = ocr.renderDpi(box.getWidth(), box.getHeight());
          reads.add(ocr.readAsync(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), where));
        }
      } catch (IOException | RuntimeException e) {
        ocr.cancel(reads);
        throw e;
      }
      List<PageText> pages = new ArrayList<>(stripper.pages.size());
      for (int i = 0; i < stripper.pages.size(); i++) {
        String text = stripper.pages.get(i);
        OcrText read = ocr == null ? null : ocr.await(reads.get(i), labels.get(i));
        pages.add(read == null ? new PageText(text, null)
            : new PageText(text.isBlank() ? read.text() : text.strip() + "\n" + read.text(), read));
      }
      return pages;
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException(Reason.ENCRYPTED,
          "the PDF is password-protected; ask the sender for an unprotected copy", e);
    } catch (IOException e) {
      throw new UnreadableDocumentException(Reason.CORRUPT, "the PDF could not be parsed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // PDFBox signals some malformed structures with unchecked exceptions.
      throw new UnreadableDocumentException(Reason.CORRUPT, "the PDF could not be parsed: " + e, e);
    } catch (LinkageError e) {
      // A filter or image codec whose optional library this build does not ship.
      throw new UnreadableDocumentException(Reason.CORRUPT,
          "the PDF uses an encoding this build cannot read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * Whether the page draws an image (directly or inside a form): a page with little text and no
   * image is short or blank, not scanned, and is not worth OCR. Inline images are not looked for.
   */
  private static boolean hasImages(PDResources resources, int depth) {
    if (resources == null || depth > MAX_FORM_DEPTH) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xobject;
      try {
        xobject = resources.getXObject(name);
      } catch (IOException | RuntimeException e) {
        // A damaged image is still an image the page meant to show: OCR will say what it can read.
        return true;
      }
      if (xobject instanceof PDImageXObject) {
        return true;
      }
      if (xobject instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Collects the text of each page separately in one pass, and stops adding text past the cap. */
  private static final class PagedStripper extends PDFTextStripper {
    private final StringWriter out = new StringWriter();
    private final List<String> pages = new ArrayList<>();
    private final int maxChars;
    private int pageStart;
    private int keptChars;
    private boolean charLimitReached;
    private final Overprints overprints = new Overprints();

    PagedStripper(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      super.startPage(page);
      pageStart = out.getBuffer().length();
      overprints.clear();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (!overprints.isRepeat(text)) {
        super.processTextPosition(text);
      }
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      super.endPage(page);
      StringBuffer buffer = out.getBuffer();
      String text = buffer.substring(pageStart);
      buffer.setLength(0);
      if (charLimitReached) {
        return;
      }
      int room = maxChars - keptChars;
      if (text.length() > room) {
        text = text.substring(0, room);
        charLimitReached = true;
      }
      keptChars += text.length();
      pages.add(text);
    }
  }

  /**
   * Glyphs drawn again at (nearly) the same place, as report generators fake a bold face: kept
   * once, or "NVIDIA" reads "NNVVIIDDIIAA". The rule is PDFBox's (the same character within a
   * third of its width, across and down, anywhere on the page), but its check keeps sorted maps of
   * boxed floats per character and costs about 40% of PDF extraction under C1. Here glyphs are
   * filed in a grid of small cells, in an open-addressing table of primitive arrays that is
   * reused page after page: a lookup reads the one to four cells the tolerance reaches and
   * allocates nothing.
   */
  static final class Overprints {
    /** Cell side in points: about a glyph of body text, so that a lookup reads one to four cells. */
    static final float CELL = 4f;
    /** Repeats are looked for at most this far away (PDFBox: no limit); it bounds the cells read. */
    static final float MAX_TOLERANCE = 4 * CELL;
    /**
     * Glyphs placed further out (or at NaN) are not compared: no page is this large, and it keeps
     * cell numbers far from integer overflow, where a loop over cells would never end.
     */
    static final float MAX_COORDINATE = 1e6f;
    private static final int INITIAL_SLOTS = 1 << 10;
    private static final int EMPTY = -1;
    /** Tables grown beyond this (a page of some 8,000 glyph cells) are dropped at the next page. */
    private static final int MAX_KEPT_SLOTS = 1 << 14;

    // The table: a cell key per slot and the newest glyph filed in it (EMPTY: a free slot).
    private long[] cellKeys = new long[INITIAL_SLOTS];
    private int[] newest = filled(INITIAL_SLOTS);
    private int usedSlots;
    // The glyphs of the page: position, text, and the glyph filed before it in the same cell.
    private float[] xs = new float[INITIAL_SLOTS];
    private float[] ys = new float[INITIAL_SLOTS];
    private String[] texts = new String[INITIAL_SLOTS];
    private int[] previous = new int[INITIAL_SLOTS];
    private int glyphs;

    void clear() {
      if (cellKeys.length > MAX_KEPT_SLOTS) {
        // A huge page is not followed by clearing its table on every page after it.
        cellKeys = new long[INITIAL_SLOTS];
        newest = filled(INITIAL_SLOTS);
        xs = new float[INITIAL_SLOTS];
        ys = new float[INITIAL_SLOTS];
        texts = new String[INITIAL_SLOTS];
        previous = new int[INITIAL_SLOTS];
      } else if (glyphs > 0) {
        java.util.Arrays.fill(newest, EMPTY);
        java.util.Arrays.fill(texts, 0, glyphs, null);
      }
      usedSlots = 0;
      glyphs = 0;
    }

    /** True when this glyph repeats one already drawn on the page; otherwise it is remembered. */
    boolean isRepeat(TextPosition text) {
      String unicode = text.getUnicode();
      float x = text.getX();
      float y = text.getY();
      if (unicode == null || unicode.isEmpty() || !(Math.abs(x) < MAX_COORDINATE) || !(Math.abs(y) < MAX_COORDINATE)) {
        return false;
      }
      float tolerance = Math.min(MAX_TOLERANCE, text.getWidth() / unicode.length() / 3f);
      if (tolerance > 0) {
        int lastX = cell(x + tolerance);
        int lastY = cell(y + tolerance);
        for (int cx = cell(x - tolerance); cx <= lastX; cx++) {
          for (int cy = cell(y - tolerance); cy <= lastY; cy++) {
            for (int g = newest[slot(key(cx, cy))]; g != EMPTY; g = previous[g]) {
              if (xs[g] >= x - tolerance && xs[g] < x + tolerance && ys[g] >= y - tolerance && ys[g] < y + tolerance
                  && texts[g].equals(unicode)) {
                return true;
              }
            }
          }
        }
      }
      file(unicode, x, y);
      return false;
    }

    private void file(String unicode, float x, float y) {
      if (glyphs == xs.length) {
        xs = java.util.Arrays.copyOf(xs, glyphs * 2);
        ys = java.util.Arrays.copyOf(ys, glyphs * 2);
        texts = java.util.Arrays.copyOf(texts, glyphs * 2);
        previous = java.util.Arrays.copyOf(previous, glyphs * 2);
      }
      if (usedSlots * 2 >= cellKeys.length) {
        grow();
      }
      long key = key(cell(x), cell(y));
      int slot = slot(key);
      if (newest[slot] == EMPTY) {
        cellKeys[slot] = key;
        usedSlots++;
      }
      xs[glyphs] = x;
      ys[glyphs] = y;
      texts[glyphs] = unicode;
      previous[glyphs] = newest[slot];
      newest[slot] = glyphs++;
    }

    /** The slot holding {@code key}, or the free slot where it would go (linear probing). */
    private int slot(long key) {
      int mask = cellKeys.length - 1;
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (newest[slot] != EMPTY && cellKeys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = cellKeys;
      int[] oldNewest = newest;
      cellKeys = new long[oldKeys.length * 2];
      newest = filled(oldKeys.length * 2);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldNewest[i] != EMPTY) {
          int slot = slot(oldKeys[i]);
          cellKeys[slot] = oldKeys[i];
          newest[slot] = oldNewest[i];
        }
      }
    }

    private static int[] filled(int n) {
      int[] a = new int[n];
      java.util.Arrays.fill(a, EMPTY);
      return a;
    }

    private static int cell(float v) {
      return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
      return ((long) cx << 32) | (cy & 0xffffffffL);
    }
  }
}
