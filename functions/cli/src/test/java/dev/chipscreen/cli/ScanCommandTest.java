package dev.chipscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.Fixtures.Attachment;
import dev.chipscreen.core.testing.ReportSchema;
import dev.chipscreen.core.testing.SharedLists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** 100 files of every kind the product meets, good and bad, in nested folders. */
  private List<Path> hundredMixedFiles() throws Exception {
    Random random = new Random(42);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Path folder = Files.createDirectories(dir.resolve("in").resolve("batch-" + (i % 4)));
      byte[] noise = new byte[512];
      random.nextBytes(noise);
      Path file = switch (i % 12) {
        case 0 -> write(folder, "bl-" + i + ".pdf", Fixtures.pdf(List.of("BILL OF LADING\nNVIDIA H100 SXM5 80GB x 8",
            "page 2")));
        case 1 -> write(folder, "invoice-" + i + ".pdf", Fixtures.pdf(List.of("COMMERCIAL INVOICE\nOffice chairs")));
        case 2 -> write(folder, "pl-" + i + ".docx", Fixtures.docx("PACKING LIST\nAMD Instinct MI300X OAM"));
        case 3 -> write(folder, "pl-" + i + ".xlsx", Fixtures.xlsx(List.of(List.of("Desc", "Qty"),
            List.of("RTX 4090 graphics card", "2"))));
        case 4 -> write(folder, "page-" + i + ".html", Fixtures.html("inv", "Invoice for copper cable"));
        case 5 -> write(folder, "lines-" + i + ".csv", "item,qty\npump A100,2\n".getBytes(StandardCharsets.UTF_8));
        case 6 -> write(folder, "mail-" + i + ".eml", Fixtures.eml("docs", "attached", List.of(
            new Attachment("i.pdf", "application/pdf", Fixtures.pdf(List.of("NVIDIA A100 80GB")))))) ;
        case 7 -> write(folder, "scan-" + i + ".png", Fixtures.png(32, 32));
        case 8 -> write(folder, "empty-" + i + ".pdf", new byte[0]);
        case 9 -> write(folder, "broken-" + i + ".pdf", Fixtures.truncated(Fixtures.pdf(List.of("x")), 0.5));
        case 10 -> write(folder, "locked-" + i + ".pdf", Fixtures.encryptedPdf(List.of("H100"), "pw"));
        default -> write(folder, "wrong-ext-" + i + (i % 2 == 0 ? ".txt" : ".bin"),
            i % 2 == 0 ? Fixtures.pdf(List.of("NVIDIA H200 141GB")) : noise);
      };
      files.add(file);
    }
    return files;
  }

  private static Path write(Path folder, String name, byte[] bytes) throws Exception {
    return Files.write(folder.resolve(name), bytes);
  }

  @Test
  void jsonFormat_printsOneValidReportPerFile_andNothingElse() throws Exception {
    List<Path> files = hundredMixedFiles();

    CliRun run = CliRun.of("scan", "--format", "json", "--lists", dir.resolve("no-store").toString(),
        dir.resolve("in").toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(100);
    Set<String> names = new HashSet<>();
    for (String line : lines) {
      assertThat(ReportSchema.violations(line)).as(line).isEmpty();
      names.add(JSON.readTree(line).path("document").path("name").asText());
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(files.stream().map(Path::toString).toList());
    assertThat(run.err()).contains("[100/100]").contains("no restricted-party lists installed");
  }

  @Test
  void ocr_offLeavesAScanUnreadable_autoReadsIt() throws Exception {
    Path scan = Path.of("../../samples/scanned-bl-mi300x-consignee-smartech-hk.pdf").toAbsolutePath().normalize();
    String store = dir.resolve("no-store").toString();

    JsonNode off = JSON.readTree(CliRun.of("scan", "--format", "json", "--ocr", "off", "--lists", store,
        scan.toString()).out());
    JsonNode auto = JSON.readTree(CliRun.of("scan", "--format", "json", "--lists", store, scan.toString()).out());

    assertThat(off.path("status").asText()).isEqualTo("UNREADABLE");
    assertThat(off.path("reason").asText()).startsWith("NEEDS_OCR");
    assertThat(auto.path("status").asText()).isEqualTo("SCREENED");
    assertThat(auto.path("document").path("ocrPages").toString()).isEqualTo("[1]");
    assertThat(CliRun.of("scan", "--ocr", "sometimes", scan.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void parallelJobs_printTheSameReportsInTheSameOrder() throws Exception {
    hundredMixedFiles();
    String store = dir.resolve("no-store").toString();

    List<String> one = names(CliRun.of("scan", "--format", "json", "--jobs", "1", "--lists", store,
        dir.resolve("in").toString()).out());
    List<String> three = names(CliRun.of("scan", "--format", "json", "--jobs", "3", "--lists", store,
        dir.resolve("in").toString()).out());

    assertThat(one).hasSize(100);
    assertThat(three).isEqualTo(one);
    assertThat(CliRun.of("scan", "--jobs", "0", dir.resolve("in").toString()).exitCode()).isEqualTo(2);
  }

  private static List<String> names(String jsonLines) throws Exception {
    List<String> names = new java.util.ArrayList<>();
    for (String line : jsonLines.lines().toList()) {
      JsonNode report = JSON.readTree(line);
      names.add(report.path("document").path("name").asText() + " " + report.path("severity").asText() + " "
          + report.path("findings").size());
    }
    return names;
  }

  @Test
  void eachInputKind_getsTheStatusItDeserves() throws Exception {
    hundredMixedFiles();

    CliRun run = CliRun.of("scan", "--format", "json", "--lists", dir.resolve("no-store").toString(),
        dir.resolve("in").toString());

    for (String line : run.out().lines().toList()) {
      JsonNode report = JSON.readTree(line);
      String name = Path.of(report.path("document").path("name").asText()).getFileName().toString();
      String status = report.path("status").asText();
      if (name.startsWith("scan-") || name.startsWith("empty-") || name.startsWith("broken-")
          || name.startsWith("locked-") || name.endsWith(".bin")) {
        assertThat(status).as(name).isEqualTo("UNREADABLE");
        assertThat(report.path("severity").asText()).as(name).isIn("MEDIUM", "HIGH", "CRITICAL");
      } else {
        assertThat(status).as(name).isEqualTo("SCREENED");
      }
      if (name.startsWith("wrong-ext-") && name.endsWith(".txt")) {
        assertThat(report.path("document").path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(line).contains("NVIDIA H200");
      }
      if (name.startsWith("bl-")) {
        assertThat(report.path("severity").asText()).isEqualTo("HIGH");
        assertThat(report.path("document").path("type").asText()).isEqualTo("BILL_OF_LADING");
      }
      if (name.startsWith("lines-")) {
        assertThat(report.path("findings")).as("a pump A100 is not a GPU").isEmpty();
      }
    }
  }

  @Test
  void failOn_setsExitCodeOne_onlyWhenReached() throws Exception {
    Path chip = write(Files.createDirectories(dir.resolve("a")), "inv.txt",
        "NVIDIA H100 PCIe 80GB".getBytes(StandardCharsets.UTF_8));
    String store = dir.resolve("no-store").toString();

    assertThat(CliRun.of("scan", "--lists", store, "--fail-on", "HIGH", chip.toString()).exitCode()).isEqualTo(1);
    assertThat(CliRun.of("scan", "--lists", store, "--fail-on", "critical", chip.toString()).exitCode()).isZero();
    assertThat(CliRun.of("scan", "--lists", store, chip.toString()).exitCode()).isZero();
  }

  @Test
  void aDamagedListStore_stopsTheRunBeforeAnyReport() throws Exception {
    Path store = Files.createDirectories(dir.resolve("damaged-store"));
    Files.createDirectories(store.resolve("csl/lists"));
    Files.writeString(store.resolve("csl/lists/csl.csv"), "name,type\nAcme,Entity\n");
    Files.writeString(store.resolve("manifest.json"), """
        {"entries":[{"source":"csl","file":"csl/lists/csl.csv","sha256":"%s","entries":1,
        "importedAt":"2026-12-01T00:00:00Z","companions":{}}]}""".formatted("0".repeat(64)));
    Path chip = write(dir, "inv.txt", "NVIDIA H100 PCIe 80GB".getBytes(StandardCharsets.UTF_8));

    CliRun run = CliRun.of("scan", "--format", "json", "--lists", store.toString(), chip.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("the list store is damaged").contains("changed since it was imported");
  }

  @Test
  void usageErrors_exitTwo_withAMessage() {
    CliRun badSeverity = CliRun.of("scan", "--fail-on", "SEVERE", dir.toString());
    CliRun missing = CliRun.of("scan", dir.resolve("does-not-exist").toString());

    assertThat(CliRun.of("scan").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("scan", "--bogus", dir.toString()).exitCode()).isEqualTo(2);
    assertThat(badSeverity.exitCode()).isEqualTo(2);
    assertThat(badSeverity.err()).contains("unknown severity 'SEVERE'");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
  }

  @Test
  void textFormat_explainsEachFinding() throws Exception {
    Path file = write(dir, "inv.txt", "Item 1: AMD Instinct MI300X OAM 192GB, 8 PCS".getBytes(StandardCharsets.UTF_8));

    CliRun run = CliRun.of("scan", "--lists", dir.resolve("none").toString(), file.toString());

    assertThat(run.out()).contains("HIGH").contains("CHIP   AMD Instinct MI300X").contains("page 1")
        .contains("alias 'INSTINCT MI300X'");
  }

  @Test
  void out_writesEachReportAndTheAlertItWouldSend() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in2"));
    write(in, "chip.txt", "NVIDIA H200 NVL 141GB".getBytes(StandardCharsets.UTF_8));
    write(in, "clean.txt", "Office chairs".getBytes(StandardCharsets.UTF_8));
    write(Files.createDirectories(in.resolve("sub")), "chip.txt", new byte[0]);
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("scan", "--lists", dir.resolve("none").toString(), "--out", out.toString(), in.toString());

    assertThat(run.exitCode()).isZero();
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "chip.txt.report.json", "chip.txt.report.html", "chip.txt.alert.eml", "clean.txt.report.json",
          "clean.txt.report.html", "chip.txt-2.report.json", "chip.txt-2.report.html", "chip.txt-2.alert.eml",
          "index.html");
    }
    String eml = Files.readString(out.resolve("chip.txt.alert.eml"));
    assertThat(eml).contains("Subject: [chipscreen] HIGH: 1 controlled chip in chip.txt")
        .contains("multipart/alternative");
    String text = new String(java.util.Base64.getMimeDecoder().decode(eml.split("\r\n\r\n")[2].split("\r\n--")[0]),
        StandardCharsets.UTF_8);
    assertThat(text).contains("The full report: chip.txt.report.html").contains("Report (JSON): chip.txt.report.json");
    assertThat(ReportSchema.violations(Files.readString(out.resolve("clean.txt.report.json")))).isEmpty();
    assertThat(Files.readString(out.resolve("chip.txt.report.html"))).contains("Content-Security-Policy")
        .contains(">HIGH</span>").contains(">NVIDIA H200</mark> NVL 141GB").contains("NVIDIA H200 NVL, export-controlled: ECCN 3A090.a.");
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index.indexOf("chip.txt.report.html")).isLessThan(index.indexOf("clean.txt.report.html"));
  }

  @Test
  void aHugeSparseFile_isUnreadableTooLarge_withoutBeingLoaded() throws Exception {
    Path sparse = dir.resolve("huge.pdf");
    try (var channel = Files.newByteChannel(sparse, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
      channel.position(dev.chipscreen.core.Limits.DEFAULT_MAX_DOCUMENT_BYTES + 1);
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
    }

    CliRun run = CliRun.of("scan", "--format", "json", "--lists", dir.resolve("none").toString(), sparse.toString());

    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("status").asText()).isEqualTo("UNREADABLE");
    assertThat(report.path("reason").asText()).startsWith("TOO_LARGE");
    assertThat(report.path("document").path("sha256").asText()).hasSize(64);
  }

  @Test
  void controlCharactersOfTheDocument_doNotReachTheTerminal() throws Exception {
    Path file = dir.resolve("cr.txt");
    Files.writeString(file, "COMMERCIAL INVOICE\nConsignee: Harmless Trading Ltd\rSophgo\u001b[31m\u202E, Beijing\n"
        + "NVIDIA H100 SXM5 80GB GPU 8 PCS USD 27,500.00\n");

    CliRun run = CliRun.of("scan", "--lists", dir.resolve("none").toString(), file.toString());

    assertThat(run.out()).contains("Harmless Trading Ltd").contains("H100")
        .doesNotContain("\r").doesNotContain("\u001b").doesNotContain("\u202E");
  }

  @Test
  void aTenGigabyteSparseFile_isTooLarge_unhashed() throws Exception {
    Path sparse = dir.resolve("ten-gigabytes.pdf");
    try (var channel = Files.newByteChannel(sparse, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
      channel.position(10L * 1024 * 1024 * 1024);
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
    }

    CliRun run = CliRun.of("scan", "--format", "json", "--lists", dir.resolve("none").toString(), sparse.toString());

    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("status").asText()).isEqualTo("UNREADABLE");
    assertThat(report.path("reason").asText()).startsWith("TOO_LARGE");
    assertThat(report.path("document").path("sizeBytes").asLong()).isEqualTo(10L * 1024 * 1024 * 1024 + 1);
    // Hashing 10 GB would be a read of its own, past the limit: the hash is left out.
    assertThat(report.path("document").path("sha256").asText()).isEmpty();
  }

  @Test
  void devZero_isTooLarge_notOutOfMemory() throws Exception {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "/dev/zero is there on Linux and macOS");

    CliRun run = CliRun.of("scan", "--format", "json", "--lists", dir.resolve("none").toString(), zero.toString());

    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("status").asText()).isEqualTo("UNREADABLE");
    assertThat(report.path("reason").asText()).startsWith("TOO_LARGE");
  }

  @Test
  void outputNames_cannotEscapeTheOutFolder() {
    assertThat(ScanCommand.OutputFolder.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(ScanCommand.OutputFolder.safeName("..")).doesNotContain("..").isNotEmpty();
    assertThat(ScanCommand.OutputFolder.safeName("bills\\..\\x y.pdf")).isEqualTo("x_y.pdf");
    assertThat(ScanCommand.OutputFolder.safeName("s3://bucket/in/提单 1.pdf")).isEqualTo("提单_1.pdf");
  }

  @Test
  void listsImportAndStatus_fromTheSharedSnapshots() {
    Path store = dir.resolve("store");

    CliRun imported = CliRun.of("lists", "import", "--store", store.toString(), SharedLists.directory().toString());
    CliRun status = CliRun.of("lists", "status", "--store", store.toString());

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("bis-entity-list").contains("3409 entries").contains("14160 entries")
        .contains("ofac-sdn");
    assertThat(status.out()).contains("bis_entity_list.json").contains("consolidated_2022.csv");
  }
}
