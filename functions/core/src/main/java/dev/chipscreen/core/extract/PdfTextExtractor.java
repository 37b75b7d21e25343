package dev.chipscreen.core.extract;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.extract.UnreadableDocumentException.Reason;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text layer page by page with PDFBox, within the page, character and memory caps.
 * PDFs go through PDFBox directly rather than through Tika: one parser less in the way, and a
 * page-accurate result.
 */
public final class PdfTextExtractor {

  private final Limits limits;

  public PdfTextExtractor(Limits limits) {
    this.limits = limits;
  }

  /** Pages of text; gaps are added to {@code gaps} when a cap cuts the document short. */
  public List<String> extract(byte[] bytes, List<ExtractedText.Gap> gaps) throws UnreadableDocumentException {
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
      return stripper.pages;
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
