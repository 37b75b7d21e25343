package dev.chipscreen.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.Evidence;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.report.ScreeningReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The screener records the line each match stands in, so that the views quote the report, not the document. */
class EvidenceTest {

  @Test
  void aChipFinding_hasItsLineQuoted_andTheCatalogueBasis_andBothSurviveJson() {
    Screener screener = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PartyList.EMPTY, Clock.systemUTC());
    String text = "PACKING LIST\n      Item 1: AMD Instinct MI300X OAM 192GB, 8 PCS   \nTotal 8 PCS";

    ScreeningReport report = ReportJson.fromJson(ReportJson.toJson(
        screener.screen("list.txt", text.getBytes(StandardCharsets.UTF_8))));

    ChipFinding chip = (ChipFinding) report.findings().stream().filter(f -> f instanceof ChipFinding).findFirst()
        .orElseThrow();
    Evidence.Quote quote = report.evidence().quote(chip.page(), chip.offset());
    assertThat(quote.line()).isEqualTo("Item 1: AMD Instinct MI300X OAM 192GB, 8 PCS");
    assertThat(quote.line().substring(quote.start(), quote.end())).isEqualTo(chip.matchedText());
    assertThat(report.evidence().catalogueFacts(chip.model()).basis()).isNotBlank();
  }
}
