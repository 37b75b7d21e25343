package dev.chipscreen.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.party.Allowlist;
import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.ocr.OcrLimits;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.SeverityPolicy;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.InstalledOcr;
import dev.chipscreen.core.testing.ScanFixtures;
import dev.chipscreen.core.testing.ScanFixtures.Scan;
import dev.chipscreen.core.testing.TestParties;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scans, photos and faxes of trade documents, made by rasterising real PDFs with skew, noise and
 * compression, screened with the machine's real Tesseract.
 */
class ScannedDocumentsTest {

  private static final String BILL_OF_LADING = """
      BILL OF LADING                                       B/L No. SGSZX2411087
      Shipper: Northwind Compute Pte. Ltd., 71 Ayer Rajah Crescent, Singapore 139951
      Consignee: To order of Lucky Harbour Supply Chain Management Co., Ltd., Shenzhen, China
      Notify Party: Inspur (HK) Electronics Co., Limited, Kowloon Bay, Hong Kong
      Port of Loading: Singapore          Port of Discharge: Hong Kong
      Description of goods: 2 PLTS said to contain computer parts
      NVIDIA HGX H100 8-GPU baseboard, HS 8473.30
      SHIPPED ON BOARD 14 NOV 2025, SINGAPORE""";
  private static final String INVOICE = """
      COMMERCIAL INVOICE                     Invoice No.: MY-CI-25-0419
      Seller: Tanjung Data Systems Sdn. Bhd., Cyberjaya, Malaysia
      Buyer: Sophgo Technologies Ltd., Haidian District, Beijing, China
      No.  Description                         HS code     Qty      Unit price
      1    NVIDIA A100 80GB PCIe GPU card      8473.30     40 PCS   USD 14,500.00""";

  private static final PartyList PARTIES = TestParties.of(
      TestParties.entity("EL", "Inspur (HK) Electronics Co., Limited"),
      TestParties.entity("EL", "Sophgo Technologies Ltd."));
  private static final Screener OCR = screener(InstalledOcr.tesseract());
  private static final Screener NO_OCR = screener(Ocr.OFF);

  private static Screener screener(Ocr ocr) {
    return new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PARTIES, Allowlist.EMPTY, SeverityPolicy.DEFAULTS,
        Clock.systemUTC(), ocr);
  }

  private static List<BufferedImage> scan(String text, Scan scan) {
    return ScanFixtures.scan(Fixtures.pdf(List.of(text)), scan, 42);
  }

  @Test
  void aPngScanOfABillOfLadingIsScreenedAndSaysItWasOcred() {
    byte[] png = ScanFixtures.png(scan(BILL_OF_LADING, Scan.CLEAN).get(0));
    ScreeningReport report = OCR.screen("bl-scan.png", png);

    assertThat(report.status()).isEqualTo(Status.SCREENED);
    assertThat(report.document().mediaType()).isEqualTo("image/png");
    assertThat(report.document().ocrPages()).containsExactly(1);
    assertThat(report.document().ocrEngine()).startsWith("tesseract").contains("eng");
    ChipFinding chip = chips(report).get(0);
    assertThat(chip.model()).isEqualTo("NVIDIA H100 SXM5");
    assertThat(chip.ocr()).isNotNull();
    assertThat(chip.ocr().confidence()).isBetween(0.5, 1.0);
    assertThat(chip.reason()).contains("read by OCR");
    PartyFinding party = parties(report).get(0);
    assertThat(party.listedName()).isEqualTo("Inspur (HK) Electronics Co., Limited");
    assertThat(party.ocr()).isNotNull();
  }

  @Test
  void aSkewedNoisyJpegPhotoStillNamesTheChipAndTheBuyer() {
    byte[] jpeg = ScanFixtures.jpeg(scan(INVOICE, new Scan(200, -3.5, 0.01, 0)).get(0), 0.6f);
    ScreeningReport report = OCR.screen("invoice-photo.jpg", jpeg);

    assertThat(report.document().mediaType()).isEqualTo("image/jpeg");
    assertThat(chips(report)).extracting(ChipFinding::model).anyMatch(m -> m.startsWith("NVIDIA A100"));
    assertThat(parties(report)).extracting(PartyFinding::listedName).contains("Sophgo Technologies Ltd.");
  }

  @Test
  void everyPageOfAMultiPageTiffIsRead() {
    Scan skewed = new Scan(300, 2, 0.005, 0);
    byte[] tiff = ScanFixtures.tiff(List.of(scan(INVOICE, skewed).get(0), scan(BILL_OF_LADING, skewed).get(0)));
    ScreeningReport report = OCR.screen("scans.tiff", tiff);

    assertThat(report.document().mediaType()).isEqualTo("image/tiff");
    assertThat(report.document().pages()).isEqualTo(2);
    assertThat(report.document().ocrPages()).containsExactly(1, 2);
    assertThat(chips(report)).anySatisfy(c -> {
      assertThat(c.model()).startsWith("NVIDIA A100");
      assertThat(c.page()).isEqualTo(1);
    }).anySatisfy(c -> {
      assertThat(c.model()).isEqualTo("NVIDIA H100 SXM5");
      assertThat(c.page()).isEqualTo(2);
    });
  }

  @Test
  void anImageOnlyPdfIsOcredPageByPage() {
    byte[] pdf = ScanFixtures.imagePdf(scan(BILL_OF_LADING, new Scan(300, -1.5, 0.003, 0)), 300);
    ScreeningReport report = OCR.screen("bl-scan.pdf", pdf);

    assertThat(report.status()).isEqualTo(Status.SCREENED);
    assertThat(report.document().ocrPages()).containsExactly(1);
    assertThat(chips(report)).extracting(ChipFinding::model).contains("NVIDIA H100 SXM5");
    assertThat(parties(report)).extracting(PartyFinding::listedName).contains("Inspur (HK) Electronics Co., Limited");
  }

  @Test
  void onlyThePagesWithoutATextLayerAreOcred() {
    byte[] mixed = ScanFixtures.withScannedPages(Fixtures.pdf(List.of(INVOICE)), scan(BILL_OF_LADING, Scan.CLEAN),
        300);
    ScreeningReport report = OCR.screen("invoice-and-bl.pdf", mixed);

    assertThat(report.document().pages()).isEqualTo(2);
    assertThat(report.document().ocrPages()).containsExactly(2);
    assertThat(chips(report)).anySatisfy(c -> {
      assertThat(c.page()).isEqualTo(1);
      assertThat(c.ocr()).isNull();
    }).anySatisfy(c -> {
      assertThat(c.page()).isEqualTo(2);
      assertThat(c.ocr()).isNotNull();
    });
  }

  @Test
  void aScanAttachedToAnEmailIsRead() {
    byte[] jpeg = ScanFixtures.jpeg(scan(BILL_OF_LADING, new Scan(200, 1, 0, 0)).get(0), 0.8f);
    byte[] eml = Fixtures.eml("B/L copy", "Please see the scanned B/L attached.",
        List.of(new Fixtures.Attachment("BL-scan.jpg", "image/jpeg", jpeg)));
    ScreeningReport report = OCR.screen("mail.eml", eml);

    assertThat(report.document().ocrPages()).hasSize(1);
    assertThat(chips(report)).anySatisfy(c -> {
      assertThat(c.model()).isEqualTo("NVIDIA H100 SXM5");
      assertThat(c.reason()).contains("BL-scan.jpg");
    });
  }

  @Test
  void pagesScannedUpsideDownOrSidewaysAreTurnedUpright() {
    BufferedImage upright = scan(BILL_OF_LADING, Scan.CLEAN).get(0);
    byte[] tiff = ScanFixtures.tiff(List.of(dev.chipscreen.core.ocr.ImagePrep.turnQuarter(upright, 180),
        dev.chipscreen.core.ocr.ImagePrep.turnQuarter(upright, 90)));
    ScreeningReport report = OCR.screen("turned.tiff", tiff);

    assertThat(chips(report)).filteredOn(c -> c.model().equals("NVIDIA H100 SXM5"))
        .extracting(ChipFinding::page).contains(1, 2);
    assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("page 1").contains("upside down"));
  }

  @Test
  void aPhonePhotoStoredSidewaysIsTurnedAsItsExifSays() {
    BufferedImage upright = scan(INVOICE, new Scan(200, 0, 0, 0)).get(0);
    byte[] stored = ScanFixtures.jpeg(dev.chipscreen.core.ocr.ImagePrep.turnQuarter(upright, 270), 0.8f);
    ScreeningReport report = OCR.screen("IMG_2044.jpg", ScanFixtures.withExifOrientation(stored, 6, false));

    assertThat(chips(report)).extracting(ChipFinding::model).anyMatch(m -> m.startsWith("NVIDIA A100"));
    assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("EXIF").contains("90"));
  }

  @Test
  void aWebpIsReadByTheEnginesOwnDecoder() {
    byte[] webp = ScanFixtures.webp(scan(BILL_OF_LADING, Scan.CLEAN).get(0));
    ScreeningReport report = OCR.screen("bl.webp", webp);

    assertThat(report.document().mediaType()).isEqualTo("image/webp");
    assertThat(chips(report)).extracting(ChipFinding::model).contains("NVIDIA H100 SXM5");
  }

  @Test
  void aChineseInvoiceIsReadWithTheChineseModel() {
    BufferedImage page = ScanFixtures.drawn(List.of(
        "商业发票  发票号: HK-2025-0817",
        "卖方: 深圳市华强电子有限公司",
        "品名: 英伟达 H20 显卡 96GB  数量: 8  单价: USD 12,000",
        "原产地: 台湾  目的港: 香港"), "WenQuanYi Zen Hei", 300);
    ScreeningReport report = OCR.screen("发票.png", ScanFixtures.png(page));

    assertThat(report.document().ocrPages()).containsExactly(1);
    assertThat(chips(report)).extracting(ChipFinding::model).anyMatch(m -> m.contains("H20"));
    assertThat(chips(report).get(0).matchedText()).contains("H20");
  }

  @Test
  void withoutOcrAScanIsUnreadableAndSaysItNeedsOcr() {
    byte[] png = ScanFixtures.png(scan(BILL_OF_LADING, Scan.CLEAN).get(0));
    ScreeningReport report = NO_OCR.screen("bl-scan.png", png);

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(report.reason()).startsWith("NEEDS_OCR").contains("image/png");
  }

  @Test
  void withoutOcrTheScannedPagesOfAMixedPdfAreNamedAsNotScreened() {
    byte[] mixed = ScanFixtures.withScannedPages(Fixtures.pdf(List.of(INVOICE)), scan(BILL_OF_LADING, Scan.CLEAN),
        300);
    ScreeningReport report = NO_OCR.screen("invoice-and-bl.pdf", mixed);

    assertThat(report.status()).isEqualTo(Status.SCREENED);
    assertThat(incomplete(report)).anySatisfy(f -> {
      assertThat(f.reason()).isEqualTo("NOT_OCRED");
      assertThat(f.detail()).contains("page 2");
    });
  }

  @Test
  void pagesBeyondTheOcrCapAreNamedAsNotScreened() {
    Screener capped = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PARTIES, Allowlist.EMPTY,
        SeverityPolicy.DEFAULTS, Clock.systemUTC(), new Ocr(InstalledOcr.tesseract().engine(),
        new OcrLimits(1, OcrLimits.DEFAULT_MAX_MILLIS, OcrLimits.DEFAULT_MAX_PIXELS, 150)));
    List<BufferedImage> pages = List.of(scan(INVOICE, new Scan(150, 0, 0, 0)).get(0),
        scan(BILL_OF_LADING, new Scan(150, 0, 0, 0)).get(0), scan(INVOICE, new Scan(150, 0, 0, 0)).get(0));
    ScreeningReport report = capped.screen("three-pages.pdf", ScanFixtures.imagePdf(pages, 150));

    assertThat(report.document().ocrPages()).containsExactly(1);
    assertThat(incomplete(report)).anySatisfy(f -> {
      assertThat(f.reason()).isEqualTo("OCR_PAGE_LIMIT");
      assertThat(f.detail()).contains("page 2").contains("page 3");
    });
  }

  @Test
  void aStuckOcrIsKilledAtItsBudgetAndTheDocumentIsStillRecorded() {
    Screener hurried = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PARTIES, Allowlist.EMPTY,
        SeverityPolicy.DEFAULTS, Clock.systemUTC(), new Ocr(InstalledOcr.tesseract().engine(),
        new OcrLimits(20, 30, OcrLimits.DEFAULT_MAX_PIXELS, 300)));
    long started = System.nanoTime();
    ScreeningReport report = hurried.screen("bl-scan.png", ScanFixtures.png(scan(BILL_OF_LADING, Scan.CLEAN).get(0)));

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(report.reason()).startsWith("OCR_FAILED").contains("ms");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(20_000);
  }

  @Test
  void aBlankScanIsUnreadableWithNoText() {
    ScreeningReport report = OCR.screen("blank.pdf", Fixtures.blankPdf());

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(report.reason()).startsWith("NO_TEXT");
  }

  @Test
  void aPixelFloodImageIsNeverDecodedInFull() {
    byte[] png = Fixtures.png(8, 8);
    // IHDR rewritten to 65535 x 65535: four billion pixels if anyone decoded them.
    for (int i = 16; i < 24; i++) {
      png[i] = (byte) ((i % 4 == 0 || i % 4 == 1) ? 0x00 : 0xFF);
    }
    ScreeningReport report = OCR.screen("pixel-flood.png", png);

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(report.reason()).startsWith("CORRUPT");
  }

  @Test
  void heicIsRefusedClearlyForWantOfADecoder() {
    byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic\0\0\0\u0008free".getBytes(StandardCharsets.ISO_8859_1);
    ScreeningReport report = OCR.screen("photo.heic", heic);

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(report.reason()).startsWith("UNSUPPORTED_TYPE").contains("image/hei");
  }

  private static List<ChipFinding> chips(ScreeningReport report) {
    return of(report, ChipFinding.class);
  }

  private static List<PartyFinding> parties(ScreeningReport report) {
    return of(report, PartyFinding.class);
  }

  private static List<IncompleteFinding> incomplete(ScreeningReport report) {
    return of(report, IncompleteFinding.class);
  }

  private static <T extends Finding> List<T> of(ScreeningReport report, Class<T> kind) {
    return report.findings().stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
