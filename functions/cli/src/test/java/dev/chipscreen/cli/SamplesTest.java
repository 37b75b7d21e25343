package dev.chipscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.testing.SharedLists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The samples a new user scans first report what samples-expected.json says, against the real lists. */
class SamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLES = Path.of("../../samples").toAbsolutePath().normalize();

  @Test
  void everySampleReportsWhatItIsMeantToShow() throws Exception {
    JsonNode expected;
    try (var in = SamplesTest.class.getResourceAsStream("/samples-expected.json")) {
      expected = JSON.readTree(in).path("samples");
    }

    CliRun run = CliRun.of("scan", "--format", "json", "--lists", SharedLists.store().toString(), SAMPLES.toString());

    Map<String, JsonNode> reports = new HashMap<>();
    for (String line : run.out().lines().toList()) {
      JsonNode report = JSON.readTree(line);
      reports.put(Path.of(report.path("document").path("name").asText()).getFileName().toString(), report);
    }
    assertThat(reports).hasSize(expected.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> sample = it.next();
      JsonNode report = reports.get(sample.getKey());
      JsonNode want = sample.getValue();
      assertThat(report).as(sample.getKey()).isNotNull();
      assertThat(report.path("severity").asText()).as(sample.getKey()).isEqualTo(want.path("severity").asText());
      if (want.has("type")) {
        assertThat(report.path("document").path("type").asText()).as(sample.getKey()).isEqualTo(want.path("type").asText());
      }
      if (want.has("status")) {
        assertThat(report.path("status").asText()).isEqualTo(want.path("status").asText());
        assertThat(report.path("reason").asText()).startsWith(want.path("reason").asText());
      }
      if (want.has("ocrPages")) {
        assertThat(report.path("document").path("ocrPages").toString()).as(sample.getKey())
            .isEqualTo(want.path("ocrPages").toString());
      } else {
        assertThat(report.path("document").has("ocrPages")).as(sample.getKey()).isFalse();
      }
      Set<String> models = new HashSet<>();
      Set<String> parties = new HashSet<>();
      for (JsonNode finding : report.path("findings")) {
        if (finding.path("kind").asText().equals("RESTRICTED_CHIP")) {
          models.add(finding.path("model").asText());
        }
        if (finding.path("kind").asText().equals("RESTRICTED_PARTY") && finding.path("tier").asText().equals("ALERT")) {
          parties.add(finding.path("listedName").asText());
        }
      }
      Set<String> wantModels = new HashSet<>();
      want.path("models").forEach(m -> wantModels.add(m.asText()));
      assertThat(models).as(sample.getKey()).isEqualTo(wantModels);
      want.path("parties").forEach(p -> assertThat(parties).as(sample.getKey()).contains(p.asText()));
      if (want.path("parties").isEmpty()) {
        assertThat(parties).as(sample.getKey()).isEmpty();
      }
    }
  }

  @Test
  void out_writesAReportPagePerSample_andTheBatchIndex(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
    CliRun run = CliRun.of("scan", "--lists", SharedLists.store().toString(), "--out", out.toString(),
        SAMPLES.toString());

    assertThat(run.exitCode()).isZero();
    try (var samples = Files.list(SAMPLES)) {
      for (Path sample : samples.toList()) {
        String name = sample.getFileName().toString();
        assertThat(out.resolve(name + ".report.html")).as(name).exists();
        assertThat(out.resolve(name + ".report.json")).as(name).exists();
      }
    }
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index).contains(">CRITICAL</span> 4").contains("bl-hgx-h100-notify-inspur-hk.pdf.report.html");
    assertThat(index.indexOf(">CRITICAL</span></td>")).isLessThan(index.indexOf(">NONE</span></td>"));
    // The party as written, highlighted in its line, beside the list entry's address and citation.
    String critical = Files.readString(out.resolve("bl-hgx-h100-notify-inspur-hk.pdf.report.html"));
    assertThat(critical).contains("NVIDIA H100 SXM5 to Shenzhen, China, notify party Inspur (HK) Electronics Co., "
        + "Ltd. on the Entity List.").contains(">Inspur (HK) Electronics</mark>").contains(">HGX H100</mark>")
        .contains("90 FR 14048").contains("&quot;sourceId&quot; : &quot;bis-entity-list:b561f1243893&quot;");
  }
}
