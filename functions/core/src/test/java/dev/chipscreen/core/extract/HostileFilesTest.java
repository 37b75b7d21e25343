package dev.chipscreen.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.core.report.UnreadableFinding;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.ReportSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Files built to hurt a parser, each generated here, each ending in exactly one report within its
 * bound (the suite runs with a 1 GB heap). Times go to target/hostile-report.txt.
 */
class HostileFilesTest {

  /** A hang guard per file, far above what each takes; the measured times are in the report file. */
  static final long BOUND_MILLIS = 30_000;
  private static final Screener SCREENER = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PartyList.EMPTY,
      Clock.systemUTC());
  private static final List<String> TIMES = new ArrayList<>();

  private static ScreeningReport screen(String name, byte[] bytes) {
    return screen(SCREENER, name, bytes);
  }

  private static ScreeningReport screen(Screener screener, String name, byte[] bytes) {
    long start = System.nanoTime();
    ScreeningReport report = screener.screen(name, bytes);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Runtime rt = Runtime.getRuntime();
    TIMES.add(String.format(Locale.ROOT, "%-28s %7d bytes  %6d ms  heap used %4d MB  -> %s %s", name, bytes.length,
        millis, (rt.totalMemory() - rt.freeMemory()) >> 20, report.status(),
        report.reason() == null ? "" : report.reason().substring(0, Math.min(70, report.reason().length()))));
    assertThat(millis).as(name + " took " + millis + " ms").isLessThan(BOUND_MILLIS);
    assertThat(ReportSchema.violations(ReportJson.toJson(report))).isEmpty();
    return report;
  }

  @AfterAll
  static void writeTimes() throws IOException {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/hostile-report.txt"), TIMES);
  }

  @Test
  void aZipPartStoredWithACodecThisBuildLacks_isUnreadable_notAnErrorThatEscapes() throws IOException {
    // Zip method 95 is XZ: Commons Compress needs the optional xz library, which is not shipped, and
    // its absence surfaces as NoClassDefFoundError (an Error, not an exception) from inside the parser.
    byte[] docx = withMethod(stored(Fixtures.docx("NVIDIA H100 80GB")), "_rels/.rels", 95);

    ScreeningReport report = screen("xz-part.docx", docx);

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(reason(report)).isEqualTo("CORRUPT");
  }

  /** The zip rewritten with every entry stored (uncompressed), so a header's method can be changed alone. */
  private static byte[] stored(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
         ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(content.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        copy.setCrc(crc.getValue());
        z.putNextEntry(copy);
        z.write(content);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Sets the compression method of {@code name} in its local and central headers. */
  private static byte[] withMethod(byte[] zip, String name, int method) {
    byte[] bytes = zip.clone();
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 < bytes.length; i++) {
      int signature = b.getInt(i);
      int nameAt = signature == 0x04034b50 ? i + 30 : signature == 0x02014b50 ? i + 46 : -1;
      int methodAt = signature == 0x04034b50 ? i + 8 : i + 10;
      int nameLength = signature == 0x04034b50 ? b.getShort(i + 26) : b.getShort(i + 28);
      if (nameAt > 0 && nameLength == wanted.length && nameAt + wanted.length <= bytes.length
          && java.util.Arrays.equals(bytes, nameAt, nameAt + wanted.length, wanted, 0, wanted.length)) {
        b.putShort(methodAt, (short) method);
      }
    }
    return bytes;
  }

  private static String reason(ScreeningReport report) {
    return report.findings().stream().filter(f -> f instanceof UnreadableFinding).map(f -> ((UnreadableFinding) f).reason())
        .findFirst().orElse(null);
  }

  /** A DOCX whose document.xml inflates from a few hundred KB to 200 MB. */
  static byte[] zipBombDocx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200; i++) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void zipBomb_insideADocx_isRefused() throws Exception {
    byte[] bomb = zipBombDocx();
    assertThat(bomb.length).isLessThan(1 << 20);

    ScreeningReport report = screen("zip-bomb.docx", bomb);

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(reason(report)).isEqualTo("CORRUPT");
  }

  @Test
  void nestedArchives_areNotUnpacked() {
    byte[] inner = Fixtures.zip(Fixtures.entries("invoice.pdf", Fixtures.pdf(List.of("NVIDIA H100"))));
    byte[] nested = inner;
    for (int i = 0; i < 20; i++) {
      nested = Fixtures.zip(Fixtures.entries("level-" + i + ".zip", nested));
    }

    ScreeningReport report = screen("nested.zip", nested);

    assertThat(reason(report)).isEqualTo("UNSUPPORTED_TYPE");
  }

  @Test
  void mailNestedTwentyDeep_readsThreeLevels_andSaysSo() {
    byte[] mail = Fixtures.eml("innermost", "NVIDIA H100 80GB", List.of());
    for (int i = 0; i < 20; i++) {
      mail = Fixtures.eml("fwd " + i, "forwarding", List.of(new Fixtures.Attachment("fwd-" + i + ".eml",
          "message/rfc822", mail)));
    }

    ScreeningReport report = screen("nested-mail.eml", mail);

    assertThat(report.status()).isEqualTo(Status.SCREENED);
    assertThat(report.findings()).anySatisfy(f -> assertThat(f).isInstanceOfSatisfying(IncompleteFinding.class,
        i -> assertThat(i.reason()).isEqualTo("NESTING_LIMIT")));
  }

  @Test
  void xmlEntityExpansion_insideADocx_isNotExpanded() throws Exception {
    StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lollollollollollollollollollol\">");
    for (int i = 1; i <= 9; i++) {
      entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String documentXml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [" + entities + "]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
        + "<w:t>&a9;</w:t></w:r></w:p></w:body></w:document>";
    byte[] docx = replaceEntry(Fixtures.docx("placeholder"), "word/document.xml", documentXml);

    ScreeningReport report = screen("billion-laughs.docx", docx);

    // Either refused, or read without expanding a billion "lol"s.
    if (report.status() == Status.SCREENED) {
      assertThat(report.document().sizeBytes()).isLessThan(1 << 20);
      assertThat(ReportJson.toJson(report).length()).isLessThan(1 << 20);
    } else {
      assertThat(reason(report)).isIn("CORRUPT", "PARSER_FAILURE");
    }
  }

  @Test
  void pdfWithDeeplyNestedObjects_endsInOneRecord() {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep " + nested + " >>\nendobj\n"
        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

    ScreeningReport report = screen("deep-nesting.pdf", pdf.getBytes(StandardCharsets.US_ASCII));

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(reason(report)).isEqualTo("CORRUPT");
  }

  @Test
  void pdfWithThousandsOfPages_isReadUpToThePageLimit() throws Exception {
    byte[] pdf;
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(Fixtures.pdf(List.of("NVIDIA H100 80GB, page 1")));
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 1; i < 5_000; i++) {
        document.addPage(new PDPage());
      }
      document.save(out);
      pdf = out.toByteArray();
    }
    byte[] withText = Fixtures.pdf(List.of("NVIDIA H100 80GB on page one"));
    Screener capped = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PartyList.EMPTY, Clock.systemUTC());

    ScreeningReport thousands = screen(capped, "5000-pages.pdf", pdf);
    ScreeningReport first = screen(capped, "one-page.pdf", withText);

    assertThat(thousands.findings()).extracting(Finding::getClass).contains((Class) IncompleteFinding.class);
    assertThat(thousands.findings()).anySatisfy(f -> assertThat(f).isInstanceOfSatisfying(IncompleteFinding.class,
        i -> assertThat(i.detail()).contains("500 of 5000")));
    assertThat(first.status()).isEqualTo(Status.SCREENED);
    assertThat(thousands.status()).isEqualTo(Status.SCREENED);
    assertThat(thousands.findings()).anySatisfy(f -> assertThat(f).isInstanceOf(dev.chipscreen.core.report.ChipFinding.class));
  }

  @Test
  void encryptedOfficeFile_isUnreadableAsEncrypted() throws Exception {
    byte[] docx = Fixtures.docx("COMMERCIAL INVOICE\nNVIDIA H100");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("supplier-2025");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(docx);
      }
      fs.writeFilesystem(out);
    }

    ScreeningReport report = screen("protected.docx", out.toByteArray());

    assertThat(reason(report)).isEqualTo("ENCRYPTED");
  }

  @Test
  void pixelFloodImage_isNeverDecoded() {
    byte[] png = Fixtures.png(8, 8);
    // Rewrite the IHDR width and height to 65535 x 65535: four billion pixels if anyone decoded it.
    for (int i = 16; i < 24; i++) {
      png[i] = (byte) ((i % 4 == 0 || i % 4 == 1) ? 0x00 : 0xFF);
    }

    ScreeningReport report = screen("pixel-flood.png", png);

    // OCR is off here: the image is handed on, not decoded (ScannedDocumentsTest decodes it with OCR on).
    assertThat(reason(report)).isEqualTo("NEEDS_OCR");
  }

  @Test
  void truncatedAndBitFlippedFiles_endInOneRecordEach() {
    byte[] docx = Fixtures.docx("INVOICE NVIDIA H100");
    byte[] pdf = Fixtures.pdf(List.of("INVOICE NVIDIA H100", "page two"));
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20; i++) {
      byte[] source = i % 2 == 0 ? pdf : docx;
      byte[] damaged = i < 10 ? Fixtures.truncated(source, 0.1 + 0.08 * i) : source.clone();
      if (i >= 10) {
        for (int flips = 0; flips < 30; flips++) {
          damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
        }
      }
      ScreeningReport report = screen("damaged-" + i + (i % 2 == 0 ? ".pdf" : ".docx"), damaged);
      // Damage is either survived (the intact pages are screened) or named, never a parser's crash:
      // CORRUPT, or UNSUPPORTED_TYPE for a DOCX whose damage leaves only a plain zip to recognise.
      assertThat(report.document().name()).startsWith("damaged-" + i);
      if (report.status() == Status.UNREADABLE) {
        assertThat(reason(report)).as(report.reason()).isIn("CORRUPT", "UNSUPPORTED_TYPE");
      } else {
        assertThat(report.document().pages()).isPositive();
      }
    }
  }

  @Test
  void aParseThatNeverEnds_isAbandonedAtItsBudget() {
    long start = System.nanoTime();
    try {
      ParseGuard.run(() -> {
        while (true) {
          Math.sqrt(System.nanoTime());
        }
      }, 300);
      org.junit.jupiter.api.Assertions.fail("expected a timeout");
    } catch (UnreadableDocumentException e) {
      assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TIMEOUT);
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    assertThat(ParseGuard.abandoned()).isGreaterThanOrEqualTo(1);
  }

  private static byte[] replaceEntry(byte[] zipBytes, String name, String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes));
         ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(entry.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
