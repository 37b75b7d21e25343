package dev.chipscreen.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.testing.ReportSchema;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract v1: the fixed fields, as other tools read them. */
class ReportContractTest {

  private static ScreeningReport screened() {
    return new ScreeningReport(1, new DocumentInfo("bl/BL 001.pdf", "a".repeat(64), "application/pdf",
        DocumentType.BILL_OF_LADING, 2, 1234), Status.SCREENED, null, Severity.CRITICAL,
        List.of(new ChipFinding("NVIDIA H100 SXM5", "NVIDIA", "3A090.a", dev.chipscreen.core.report.ControlStatus.CONTROLLED, "H100 SXM5", 1, 40, 0.97,
                "alias", 8, new BigDecimal("25000.00"), "USD"),
            new PartyFinding("Sophgo Technologies Ltd.", "Entity List (EL) - Bureau of Industry and Security", "EL",
                "x", "90 FR 4622", "SOPHGO TECHNOLOGIES", 2, 10, 0.93, PartyFinding.Tier.ALERT, "words", dev.chipscreen.core.document.PartyRole.CONSIGNEE)),
        List.of(new ListVersion("csl", "csl/c.csv", "b".repeat(64), 10)), "cat-1", List.of(), "2026-01-01T00:00:00Z");
  }

  @Test
  void screenedReport_satisfiesTheSchemaAndCarriesTheFixedFields() {
    String json = ReportJson.toJson(screened());

    assertThat(ReportSchema.violations(json)).isEmpty();
    assertThat(json).startsWith("{\"schemaVersion\":1,\"document\":{\"name\":\"bl/BL 001.pdf\"");
    assertThat(json).contains("\"kind\":\"RESTRICTED_CHIP\",\"model\":\"NVIDIA H100 SXM5\"");
    assertThat(json).contains("\"kind\":\"RESTRICTED_PARTY\",\"listedName\":\"Sophgo Technologies Ltd.\"");
    assertThat(json).contains("\"status\":\"SCREENED\"").contains("\"severity\":\"CRITICAL\"");
    assertThat(json).doesNotContain("\"reason\":null");
  }

  @Test
  void reportRoundTripsThroughJson() {
    ScreeningReport report = screened();

    assertThat(ReportJson.fromJson(ReportJson.toJson(report))).isEqualTo(report);
  }

  @Test
  void schema_rejectsWhatBreaksTheContract() {
    String json = ReportJson.toJson(screened());

    assertThat(ReportSchema.violations(json.replace("\"severity\":\"CRITICAL\"", "\"severity\":\"SEVERE\"")))
        .isNotEmpty();
    assertThat(ReportSchema.violations(json.replace("\"schemaVersion\":1", "\"schemaVersion\":2"))).isNotEmpty();
    assertThat(ReportSchema.violations(json.replace("\"listedName\"", "\"name\""))).isNotEmpty();
    String unreadableWithoutReason = json.replace("\"status\":\"SCREENED\"", "\"status\":\"UNREADABLE\"");
    assertThat(ReportSchema.violations(unreadableWithoutReason)).isNotEmpty();
  }

  @Test
  void unreadableReportMustCarryAReason() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ScreeningReport(1,
        new DocumentInfo("x", "", "application/pdf", DocumentType.OTHER, 0, 0), Status.UNREADABLE, " ",
        Severity.MEDIUM, List.of(), List.of(), "c", List.of(), "t")).isInstanceOf(IllegalArgumentException.class);
  }
}
