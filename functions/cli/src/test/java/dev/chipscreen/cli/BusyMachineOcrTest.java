package dev.chipscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.testing.InstalledOcr;
import dev.chipscreen.core.testing.SharedLists;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * Issue #16, "Busy machines must not turn slow pages into unreadable documents": a 10-page scan
 * of real invoices (a phone photo and scanned pages from ../shared/data/real-docs/benign, pages
 * repeated into one image-only PDF, made here at test time) is screened by the CLI with real
 * Tesseract beside three other such scans at once ({@code --jobs 4}), so that far more OCR work is
 * queued than there are cores. Every page of every document must be read: the OCR budget counts
 * a document's own work, not its wait for the cores the other documents hold.
 */
class BusyMachineOcrTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Pages per scan, as in the phone scan. */
  static final int PAGES = 10;
  /** Documents screened at once: the scan and three others, as with --jobs 4. */
  static final int DOCUMENTS = 4;
  /** Photographed and scanned invoices: a phone photo (PDF, one JPEG page) and three scanned invoice images. */
  static final List<String> PAGE_SOURCES = List.of("ar_factura1475_mobile_scan_es.pdf", "i2d_AmazonWebServices.png",
      "i2d_oyo.png", "i2d_FlipkartInvoice.png");
  /** Resolution the page images are placed at: OCR renders at 300 dpi, so each page is OCRed at its own pixel size. */
  static final float IMAGE_DPI = 300;

  /** Where the scans are written (kept after the test, to screen again by hand: BENCHMARKS.md). */
  static final Path DIR = Path.of("target/busy-machine-ocr");

  @Test
  void tenPageRealScan_besideThreeOthers_isReadWhole() throws Exception {
    InstalledOcr.tesseract(); // fails loudly when Tesseract is missing, rather than testing nothing
    Path dir = Files.createDirectories(DIR);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    Path benign = SharedLists.directory().getParent().resolve("real-docs/benign");
    List<Path> files = new ArrayList<>();
    for (int d = 0; d < DOCUMENTS; d++) {
      List<Path> pages = new ArrayList<>();
      for (int p = 0; p < PAGES; p++) {
        pages.add(benign.resolve(PAGE_SOURCES.get((d + p) % PAGE_SOURCES.size())));
      }
      files.add(Files.write(dir.resolve("phone-scan-" + (d + 1) + ".pdf"), scan(pages)));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int ocrSlots = Math.min(4, cores); // one JVM runs at most this many Tesseract processes (OcrPass)

    long started = System.nanoTime();
    CliRun run = CliRun.of("scan", "--format", "json", "--ocr", "on", "--jobs", String.valueOf(DOCUMENTS),
        "--lists", SharedLists.store().toString(), dir.toString());
    long seconds = (System.nanoTime() - started) / 1_000_000_000;
    System.out.printf("BusyMachineOcrTest: %d scans of %d real pages, %d OCR slot(s) on %d core(s), screened at once"
        + " in %d s%n", DOCUMENTS, PAGES, ocrSlots, cores, seconds);

    // The condition of the issue: more OCR work queued than there are cores to run it.
    assertThat(DOCUMENTS * PAGES).isGreaterThan(ocrSlots);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(files.size());
    List<Integer> allPages = java.util.stream.IntStream.rangeClosed(1, PAGES).boxed().toList();
    for (String line : lines) {
      JsonNode report = JSON.readTree(line);
      String name = report.path("document").path("name").asText();
      assertThat(report.path("status").asText()).as(name + ": " + report.path("reason").asText())
          .isEqualTo("SCREENED");
      List<Integer> ocrPages = new ArrayList<>();
      report.path("document").path("ocrPages").forEach(page -> ocrPages.add(page.asInt()));
      assertThat(ocrPages).as(name).isEqualTo(allPages);
      for (JsonNode finding : report.path("findings")) {
        assertThat(finding.path("kind").asText()).as(name + ": " + finding)
            .isNotIn("INCOMPLETE_SCREENING", "UNREADABLE_DOCUMENT");
      }
    }
  }

  /**
   * An image-only PDF of the given page images, each placed at {@link #IMAGE_DPI}. Of a PDF, the
   * photo on its first page is taken as it is (its JPEG bytes), without the text layer the phone's
   * scanning app put over it.
   */
  static byte[] scan(List<Path> pages) throws Exception {
    try (PDDocument out = new PDDocument()) {
      for (Path page : pages) {
        PDImageXObject image;
        if (page.getFileName().toString().endsWith(".pdf")) {
          image = JPEGFactory.createFromByteArray(out, photoOf(page));
        } else {
          image = PDImageXObject.createFromFile(page.toString(), out);
        }
        float width = image.getWidth() * 72 / IMAGE_DPI;
        float height = image.getHeight() * 72 / IMAGE_DPI;
        PDPage pdfPage = new PDPage(new PDRectangle(width, height));
        out.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(out, pdfPage)) {
          content.drawImage(image, 0, 0, width, height);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** The JPEG bytes of the largest image on the first page of a PDF. */
  static byte[] photoOf(Path pdf) throws Exception {
    try (PDDocument source = Loader.loadPDF(pdf.toFile())) {
      PDResources resources = source.getPage(0).getResources();
      PDImageXObject largest = null;
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image && (largest == null
            || (long) image.getWidth() * image.getHeight() > (long) largest.getWidth() * largest.getHeight())) {
          largest = image;
        }
      }
      assertThat(largest).as("a photo in " + pdf).isNotNull();
      assertThat(largest.getSuffix()).as("the photo in " + pdf).isEqualTo("jpg");
      try (InputStream raw = largest.getCOSObject().createRawInputStream()) {
        return raw.readAllBytes();
      }
    }
  }
}
