package dev.chipscreen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DocumentType;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.core.report.UnreadableFinding;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.ReportSchema;
import dev.chipscreen.core.testing.TestParties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenerTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
  private final Screener screener = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(),
      TestParties.of(TestParties.entity("EL", "Shenzhen Quantum Lattice Trading Co., Ltd.", "QL Trading HK")), CLOCK);

  @Test
  void controlledChipAndListedParty_isCritical() {
    byte[] pdf = Fixtures.pdf(List.of("""
        COMMERCIAL INVOICE   Invoice No. CI-5521
        Seller: Northwind Compute Pte Ltd, Singapore
        Buyer: Shenzhen Quantum Lattice Trading Co., Ltd., Shenzhen, China
        1  NVIDIA H100 SXM5 80GB GPU module  HS 8473.30  8 PCS  USD 25,000.00"""));

    ScreeningReport report = screener.screen("invoices/ci-5521.pdf", pdf);

    assertThat(report.status()).isEqualTo(Status.SCREENED);
    assertThat(report.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(report.document().type()).isEqualTo(DocumentType.COMMERCIAL_INVOICE);
    assertThat(report.document().name()).isEqualTo("invoices/ci-5521.pdf");
    assertThat(report.document().pages()).isEqualTo(1);
    assertThat(report.findings()).filteredOn(ChipFinding.class::isInstance).singleElement()
        .isInstanceOfSatisfying(ChipFinding.class, c -> {
          assertThat(c.model()).isEqualTo("NVIDIA H100 SXM5");
          assertThat(c.matchedText()).contains("H100");
          assertThat(c.page()).isEqualTo(1);
          assertThat(c.quantity()).isEqualTo(8);
          assertThat(c.unitValue()).isEqualByComparingTo("25000.00");
        });
    assertThat(report.findings()).filteredOn(PartyFinding.class::isInstance).singleElement()
        .isInstanceOfSatisfying(PartyFinding.class, p -> {
          assertThat(p.listedName()).isEqualTo("Shenzhen Quantum Lattice Trading Co., Ltd.");
          assertThat(p.tier()).isEqualTo(PartyFinding.Tier.ALERT);
          assertThat(p.matchedText()).contains("Quantum Lattice");
        });
    assertThat(ReportSchema.violations(ReportJson.toJson(report))).isEmpty();
  }

  @Test
  void cleanDocument_isNone() {
    ScreeningReport report = screener.screen("clean.txt",
        "PACKING LIST\nOffice chairs, 40 cartons\nGross weight 820 kg".getBytes(StandardCharsets.UTF_8));

    assertThat(report.severity()).isEqualTo(Severity.NONE);
    assertThat(report.findings()).isEmpty();
    assertThat(report.document().type()).isEqualTo(DocumentType.PACKING_LIST);
  }

  @Test
  void unreadableDocument_isMediumWithAFindingAndAReason() {
    ScreeningReport report = screener.screen("locked.pdf", Fixtures.encryptedPdf(List.of("NVIDIA H100"), "x"));

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(report.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(report.reason()).startsWith("ENCRYPTED");
    assertThat(report.findings()).singleElement().isInstanceOfSatisfying(UnreadableFinding.class,
        u -> assertThat(u.reason()).isEqualTo("ENCRYPTED"));
    assertThat(report.document().sha256()).hasSize(64);
    assertThat(ReportJson.toJson(report)).contains("\"kind\":\"UNREADABLE_DOCUMENT\"");
  }

  @Test
  void everyKindOfBadInput_endsInExactlyOneUnreadableReport() {
    byte[][] inputs = {new byte[0], Fixtures.truncated(Fixtures.pdf(List.of("x")), 0.3), Fixtures.png(8, 8),
        Fixtures.encryptedPdf(List.of("y"), "p"), Fixtures.blankPdf()};
    for (byte[] input : inputs) {
      ScreeningReport report = screener.screen("bad", input);
      assertThat(report.status()).isEqualTo(Status.UNREADABLE);
      assertThat(report.severity().atLeast(Severity.MEDIUM)).isTrue();
      assertThat(ReportSchema.violations(ReportJson.toJson(report))).isEmpty();
    }
  }

  @Test
  void partlyReadDocument_saysWhatWasNotScreened() {
    byte[] mail = Fixtures.eml("docs", "see attached", List.of(
        new Fixtures.Attachment("locked.pdf", "application/pdf", Fixtures.encryptedPdf(List.of("z"), "p"))));

    ScreeningReport report = screener.screen("mail.eml", mail);

    assertThat(report.status()).isEqualTo(Status.SCREENED);
    assertThat(report.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(report.findings()).singleElement().isInstanceOf(IncompleteFinding.class);
  }

  @Test
  void withoutLists_chipsAreStillScreenedAndTheReportSaysSo() {
    Screener noLists = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PartyList.EMPTY, CLOCK);

    ScreeningReport report = noLists.screen("inv.txt",
        "Invoice: 2 x AMD Instinct MI300X OAM 192GB".getBytes(StandardCharsets.UTF_8));

    assertThat(report.findings()).singleElement().isInstanceOf(ChipFinding.class);
    assertThat(report.lists()).isEmpty();
    assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("no restricted-party lists"));
  }

  @Test
  void reportRecordsTheListVersionsAndCatalogueUsed() {
    ScreeningReport report = screener.screen("a.txt", "nothing here".getBytes(StandardCharsets.UTF_8));

    assertThat(report.lists()).singleElement().satisfies(v -> assertThat(v.sha256()).hasSize(64));
    assertThat(report.catalogue()).isEqualTo(ChipCatalogue.bundled().version());
    assertThat(report.screenedAt()).isEqualTo("2026-11-29T10:00:00Z");
  }
}
