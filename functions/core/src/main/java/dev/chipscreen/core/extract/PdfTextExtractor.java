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

    PagedStripper(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      super.startPage(page);
      pageStart = out.getBuffer().length();
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
}
