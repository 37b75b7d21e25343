package dev.chipscreen.core.match.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.document.PartyRoles;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.testing.TestParties;
import dev.chipscreen.core.text.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllowlistAndRolesTest {

  private static Screener screener(Allowlist allowlist) {
    return new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), TestParties.of(
        TestParties.entity("EL", "Quantum Lattice Trading Co., Ltd.")), allowlist, Clock.systemUTC());
  }

  @Test
  void aClearedParty_isSuppressed_andTheSuppressionIsRecorded() throws Exception {
    Allowlist allowlist = Allowlist.load(new ByteArrayInputStream("""
        {"entries": [{"listedName": "Quantum Lattice Trading Co., Ltd.", "writtenAs": "Quantum Lattice Trading",
                      "reason": "cleared 2026-01-05 by compliance, ticket CS-7"}]}""".getBytes(StandardCharsets.UTF_8)),
        "allow.json");
    byte[] doc = "Consignee: Quantum Lattice Trading Co Ltd, Shenzhen".getBytes(StandardCharsets.UTF_8);

    ScreeningReport without = screener(Allowlist.EMPTY).screen("d.txt", doc);
    ScreeningReport with = screener(allowlist).screen("d.txt", doc);

    assertThat(without.findings()).hasSize(1);
    assertThat(without.severity()).isEqualTo(Severity.HIGH);
    assertThat(with.findings()).isEmpty();
    assertThat(with.severity()).isEqualTo(Severity.NONE);
    assertThat(with.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.listedName()).isEqualTo("Quantum Lattice Trading Co., Ltd.");
      assertThat(s.clearedBy()).contains("CS-7");
    });
  }

  @Test
  void theAllowlistIsSpecificToHowTheNameIsWritten() throws Exception {
    Allowlist allowlist = new Allowlist(List.of(new Allowlist.Entry("Quantum Lattice Trading Co., Ltd.", null, "EL",
        "QL Trading HK", "cleared the HK branch only")));

    ScreeningReport report = screener(allowlist).screen("d.txt",
        "Buyer: Quantum Lattice Trading Co., Ltd.".getBytes(StandardCharsets.UTF_8));

    assertThat(report.findings()).singleElement().isInstanceOf(PartyFinding.class);
    assertThat(report.suppressed()).isEmpty();
  }

  @Test
  void invalidAllowlists_failWithTheEntryNamed() {
    assertThatThrownBy(() -> Allowlist.load(new ByteArrayInputStream(
        "{\"entries\": [{\"listedName\": \"X\"}]}".getBytes(StandardCharsets.UTF_8)), "a.json"))
        .hasMessageContaining("a.json: entry 1 has no reason");
    assertThatThrownBy(() -> Allowlist.load(new ByteArrayInputStream(
        "{\"entries\": [{\"reason\": \"r\"}]}".getBytes(StandardCharsets.UTF_8)), "a.json"))
        .hasMessageContaining("names no list entry");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Consignee: ACME LTD                        | CONSIGNEE
      Notify Party: ACME LTD                     | NOTIFY_PARTY
      Shipper/Exporter: ACME LTD                 | SHIPPER
      Sold to: ACME LTD                          | BUYER
      Ultimate consignee: ACME LTD               | END_USER
      Issuing bank: ACME LTD                     | BANK
      收货人: ACME LTD                            | CONSIGNEE
      """)
  void roleComesFromTheLabelOnTheLine(String line, dev.chipscreen.core.document.PartyRole role) {
    String folded = TextNormalizer.fold(line);
    assertThat(PartyRoles.roleAt(folded, folded.indexOf("ACME"))).isEqualTo(role);
  }

  @Test
  void roleComesFromALabelOnTheLineAbove() {
    String folded = TextNormalizer.fold("Notify Party:\n  ACME LTD\n  1 Road, Hong Kong");
    assertThat(PartyRoles.roleAt(folded, folded.indexOf("ACME"))).isEqualTo(dev.chipscreen.core.document.PartyRole.NOTIFY_PARTY);
    String noLabel = TextNormalizer.fold("Total: 4 cartons\nACME LTD");
    assertThat(PartyRoles.roleAt(noLabel, noLabel.indexOf("ACME"))).isNull();
  }
}
