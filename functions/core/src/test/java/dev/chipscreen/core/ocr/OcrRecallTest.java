package dev.chipscreen.core.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.party.Allowlist;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.SeverityPolicy;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.InstalledOcr;
import dev.chipscreen.core.testing.ScanFixtures;
import dev.chipscreen.core.testing.ScanFixtures.Scan;
import dev.chipscreen.core.testing.SharedLists;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall of chips and listed parties through OCR, against the real lists: bills of lading written
 * as text PDFs, then scanned under four conditions. What the text layer of the same document
 * yields is the truth; the report in target/ocr-recall-report.txt gives recall per condition.
 */
class OcrRecallTest {

  /** Goods lines as invoices and bills of lading write them. */
  private static final List<String> GOODS = List.of(
      "NVIDIA H100 80GB HBM3 SXM5 GPU module, HS 8473.30, 16 PCS",
      "NVIDIA A100 80GB PCIe GPU card, HS 8473.30, 40 PCS",
      "AMD Instinct MI300X OAM 192GB accelerator, 32 PCS",
      "NVIDIA H20 96GB HBM3 GPU, HS 8473.30, 64 PCS",
      "Supermicro SYS-821GE-TNHR GPU server, 2 units, HS 8471.50",
      "Dell PowerEdge XE9680 server with 8x NVIDIA H200 SXM 141GB, 1 unit",
      "Intel Gaudi 3 HL-325L OAM accelerator, 8 PCS",
      "NVIDIA L40S 48GB PCIe data centre GPU, 20 PCS",
      "NVIDIA HGX B200 8-GPU baseboard, 1 unit, HS 8473.30",
      "AMD Instinct MI250X OAM accelerator module, 12 PCS",
      "NVIDIA H800 80GB PCIe GPU card, 24 PCS",
      "NVIDIA GeForce RTX 4090 24GB graphics card, 50 PCS");
  private static final int DOCUMENTS = GOODS.size();

  /** Scanner and fax conditions, and the file each is delivered as. */
  private record Condition(String name, Scan scan, Function<List<BufferedImage>, byte[]> file) {
  }

  private static final List<Condition> CONDITIONS = List.of(
      new Condition("clean 300 dpi PNG", Scan.CLEAN, pages -> ScanFixtures.png(pages.get(0))),
      new Condition("office scanner: 300 dpi, 1.5 deg, dust, image PDF", new Scan(300, 1.5, 0.003, 0),
          pages -> ScanFixtures.imagePdf(pages, 300)),
      new Condition("fax-grade: 200 dpi, -3 deg, 1% noise, JPEG q0.6", new Scan(200, -3, 0.01, 0),
          pages -> ScanFixtures.jpeg(pages.get(0), 0.6f)),
      new Condition("crooked: 300 dpi, 6 deg, TIFF", new Scan(300, 6, 0.002, 0),
          pages -> ScanFixtures.tiff(pages)),
      new Condition("poor: 150 dpi, 2.5 deg, 3% noise, JPEG q0.4", new Scan(150, 2.5, 0.03, 0),
          pages -> ScanFixtures.jpeg(pages.get(0), 0.4f)));

  private static Screener screener;
  private static final List<byte[]> documents = new ArrayList<>();
  private static final List<Set<String>> truth = new ArrayList<>();

  @BeforeAll
  static void writeTheDocumentsAndReadTheirTextLayers() throws Exception {
    screener = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), SharedLists.all(), Allowlist.EMPTY,
        SeverityPolicy.DEFAULTS, Clock.systemUTC(), InstalledOcr.tesseract());
    List<JsonNode> parties = positiveParties();
    for (int i = 0; i < DOCUMENTS; i++) {
      byte[] pdf = Fixtures.pdf(List.of(billOfLading(i, parties.get(i).path("text").asText())));
      ScreeningReport textLayer = screener.screen("bl-" + i + ".pdf", pdf);
      Set<String> expected = hits(textLayer);
      assertThat(expected).as("text layer of document %d", i)
          .anyMatch(h -> h.startsWith("chip:")).anyMatch(h -> h.startsWith("party:"));
      assertThat(textLayer.document().ocrPages()).isNull();
      documents.add(pdf);
      truth.add(expected);
    }
  }

  @Test
  void chipsAndListedPartiesSurviveScanning() throws Exception {
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "OCR recall on %d bills of lading (one chip line, one listed party each, real lists), %s%n",
        DOCUMENTS, InstalledOcr.tesseract().engine().describe()));
    Map<String, double[]> recall = new LinkedHashMap<>();
    int totalExpected = 0;
    int totalFound = 0;
    for (Condition condition : CONDITIONS) {
      int[] counts = new int[3];
      List<String> missed = new ArrayList<>();
      long[] millis = new long[DOCUMENTS];
      List<Set<String>> found = IntStream.range(0, DOCUMENTS).parallel().mapToObj(i -> {
        byte[] scanned = condition.file().apply(ScanFixtures.scan(documents.get(i), condition.scan(), i));
        long started = System.nanoTime();
        ScreeningReport ocr = screener.screen("scan-" + i, scanned);
        millis[i] = (System.nanoTime() - started) / 1_000_000;
        return hits(ocr);
      }).toList();
      for (int i = 0; i < DOCUMENTS; i++) {
        for (String hit : truth.get(i)) {
          counts[0]++;
          if (found.get(i).contains(hit)) {
            counts[1]++;
          } else {
            missed.add("doc " + i + " " + hit);
          }
        }
        for (String hit : found.get(i)) {
          if (!truth.get(i).contains(hit)) {
            counts[2]++;
            missed.add("doc " + i + " extra " + hit);
          }
        }
      }
      totalExpected += counts[0];
      totalFound += counts[1];
      double r = (double) counts[1] / counts[0];
      recall.put(condition.name(), new double[] {r, counts[2]});
      long[] sorted = millis.clone();
      java.util.Arrays.sort(sorted);
      report.append(String.format(Locale.ROOT, "  %-52s recall %.3f (%d/%d), extra %d, median %d ms/page%n",
          condition.name(), r, counts[1], counts[0], counts[2], sorted[sorted.length / 2]));
      missed.forEach(m -> report.append("      ").append(m).append('\n'));
    }
    report.append(String.format(Locale.ROOT, "  overall recall %.3f (%d/%d)%n", (double) totalFound / totalExpected,
        totalFound, totalExpected));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/ocr-recall-report.txt"), report.toString());
    System.out.print(report);

    assertThat((double) totalFound / totalExpected).as(report.toString()).isGreaterThanOrEqualTo(0.9);
    assertThat(recall.get(CONDITIONS.get(0).name())[0]).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    for (double[] r : recall.values()) {
      assertThat(r[1]).as("findings OCR made up: " + report).isLessThanOrEqualTo(1);
    }
  }

  /**
   * Deskew and despeckle earn their place: on the harder conditions, the same engine reads more of
   * what matters from the prepared image than from the raw one.
   */
  @Test
  void imagePreparationHelpsOnCrookedAndNoisyScans() throws Exception {
    OcrEngine engine = InstalledOcr.tesseract().engine();
    StringBuilder report = new StringBuilder("OCR with and without image preparation (deskew, despeckle)\n");
    for (Condition condition : CONDITIONS.subList(3, 5)) {
      int[] found = new int[2];
      int expected = 0;
      for (int i = 0; i < DOCUMENTS; i++) {
        byte[] delivered = condition.file().apply(ScanFixtures.scan(documents.get(i), condition.scan(), i));
        BufferedImage page = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(delivered));
        Set<String> raw = hits(screener.screen("raw.txt",
            engine.read(ImagePrep.grey(page), 60_000).text().getBytes(StandardCharsets.UTF_8)));
        Set<String> prepared = hits(screener.screen("prepared.txt",
            engine.read(ImagePrep.forOcr(page, OcrLimits.DEFAULT_MAX_PIXELS), 60_000).text()
                .getBytes(StandardCharsets.UTF_8)));
        for (String hit : truth.get(i)) {
          expected++;
          found[0] += raw.contains(hit) ? 1 : 0;
          found[1] += prepared.contains(hit) ? 1 : 0;
        }
      }
      report.append(String.format(Locale.ROOT, "  %-52s raw %d/%d, prepared %d/%d%n", condition.name(), found[0],
          expected, found[1], expected));
      assertThat(found[1]).as(report.toString()).isGreaterThanOrEqualTo(found[0]);
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/ocr-prep-report.txt"), report.toString());
    System.out.print(report);
  }

  /** Chip models and listed parties (ALERT tier) a report names. */
  private static Set<String> hits(ScreeningReport report) {
    Set<String> hits = new TreeSet<>();
    report.findings().forEach(f -> {
      if (f instanceof ChipFinding c) {
        hits.add("chip:" + c.model());
      } else if (f instanceof PartyFinding p && p.tier() == PartyFinding.Tier.ALERT) {
        hits.add("party:" + p.listedName());
      }
    });
    return hits;
  }

  private static String billOfLading(int i, String partyLine) {
    return String.format(Locale.ROOT, """
        BILL OF LADING                                              B/L No. SGHKG25%05d
        Shipper: Straits Compute Distribution Pte. Ltd., 10 Changi South Lane, Singapore
        %s
        Vessel / Voyage: ONE HARMONY / 0%02dN      Port of Loading: Singapore      Port of Discharge: Hong Kong
        Marks: N/M          Description of goods:
          %s
        Gross weight: %d KGS           FREIGHT PREPAID
        SHIPPED ON BOARD %d NOV 2025, SINGAPORE""", 1000 + i * 37, partyLine, i, GOODS.get(i), 120 + i * 11, 1 + i);
  }

  private static List<JsonNode> positiveParties() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> positives = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        OcrRecallTest.class.getResourceAsStream("/corpus/parties.jsonl"), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null && positives.size() < DOCUMENTS; ) {
        JsonNode sample = json.readTree(line);
        if (sample.path("class").asText().equals("positive")) {
          positives.add(sample);
        }
      }
    }
    return positives;
  }
}
