package dev.chipscreen.core.bench;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.party.Allowlist;
import dev.chipscreen.core.ocr.ImagePrep;
import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.ocr.OcrLimits;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.SeverityPolicy;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.InstalledOcr;
import dev.chipscreen.core.testing.ScanFixtures;
import dev.chipscreen.core.testing.ScanFixtures.Scan;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * OCR time per page: writes scanned pages (one A4 bill of lading each, 300 dpi PNG and 200 dpi
 * JPEG) to a folder for the script's Tesseract-alone baseline, then screens each in one JVM with
 * OCR and reports median milliseconds per page for image preparation and for the whole screening.
 * Run: scripts/bench-ocr.sh.
 */
public final class OcrTiming {

  private OcrTiming() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int pages = Integer.parseInt(args[1]);
    Files.createDirectories(dir);
    Screener screener = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PartyList.EMPTY, Allowlist.EMPTY,
        SeverityPolicy.DEFAULTS, Clock.systemUTC(), InstalledOcr.tesseract());
    List<double[]> rows = new ArrayList<>();
    for (String kind : List.of("png300", "jpeg200")) {
      double[] prep = new double[pages];
      double[] screen = new double[pages];
      for (int i = 0; i < pages; i++) {
        byte[] pdf = Fixtures.pdf(List.of(page(i)));
        boolean png = kind.equals("png300");
        Scan scan = png ? new Scan(300, 1.5, 0.003, 0) : new Scan(200, -2, 0.005, 0);
        BufferedImage image = ScanFixtures.scan(pdf, scan, i).get(0);
        byte[] file = png ? ScanFixtures.png(image) : ScanFixtures.jpeg(image, 0.7f);
        Files.write(dir.resolve(kind + "-" + i + (png ? ".png" : ".jpg")), file);
        long t0 = System.nanoTime();
        ImagePrep.forOcr(image, OcrLimits.DEFAULT_MAX_PIXELS);
        long t1 = System.nanoTime();
        ScreeningReport report = screener.screen(kind + "-" + i, file);
        long t2 = System.nanoTime();
        if (report.document().ocrPages() == null) {
          throw new IllegalStateException("page " + i + " was not OCRed: " + report.reason());
        }
        prep[i] = (t1 - t0) / 1e6;
        screen[i] = (t2 - t1) / 1e6;
      }
      System.out.printf(Locale.ROOT, "%-8s pages %d  image preparation median %.0f ms/page  whole screening "
          + "(decode, prepare, Tesseract, match) median %.0f ms/page%n", kind, pages, median(prep), median(screen));
      rows.add(new double[] {median(prep), median(screen)});
    }
    // A 4-page scanned PDF: its pages are rendered one by one and OCRed in parallel.
    List<BufferedImage> four = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      four.add(ScanFixtures.scan(Fixtures.pdf(List.of(page(i))), new Scan(300, 1.5, 0.003, 0), i).get(0));
    }
    byte[] fourPages = ScanFixtures.imagePdf(four, 300);
    double[] whole = new double[5];
    for (int r = 0; r < whole.length; r++) {
      long t0 = System.nanoTime();
      ScreeningReport report = screener.screen("four-pages.pdf", fourPages);
      whole[r] = (System.nanoTime() - t0) / 1e6;
      if (report.document().ocrPages() == null || report.document().ocrPages().size() != 4) {
        throw new IllegalStateException("the 4-page scan was not OCRed page by page");
      }
    }
    System.out.printf(Locale.ROOT, "4-page image-only PDF (300 dpi): whole screening median %.0f ms, %.0f ms/page"
        + " (pages OCRed %d at a time)%n", median(whole), median(whole) / 4,
        Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  private static String page(int i) {
    return String.format(Locale.ROOT, """
        BILL OF LADING                                           B/L No. SGHKG25%05d
        Shipper: Straits Compute Distribution Pte. Ltd., 10 Changi South Lane, Singapore 486123
        Consignee: Harbour Light Trading Co., Ltd., Kwun Tong, Kowloon, Hong Kong
        Notify Party: Same as consignee
        Vessel / Voyage: ONE HARMONY / 0%02dN    Port of Loading: Singapore    Port of Discharge: Hong Kong
        Container No. / Seal No.   Marks     Description of goods                        Gross weight
        ONEU 4471%03d / SG4%04d     N/M       %d PLTS said to contain computer parts         %d KGS
                                            NVIDIA H100 80GB HBM3 SXM5 GPU module, HS 8473.30
                                            Server rail kits and power cables
        FREIGHT PREPAID                       SHIPPED ON BOARD %d NOV 2025, SINGAPORE
        Particulars furnished by the shipper. Carrier not responsible for description of goods.""",
        1000 + i * 37, i, i, i * 13, 1 + i % 5, 120 + i * 11, 1 + i % 28);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
