package dev.chipscreen.core.match.chip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.text.FoldedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chip evidence weighed as a whole, written from the reference material (chips.md: boxed retail
 * RTX 4090s in diversion cases; HGX baseboard part numbers 935-23587 / 935-22687 for A100; China
 * variants under the thresholds): an accessory word does not veto a line that sells the card; a
 * baseboard's whole part number names its GPU; a China variant is reported, LOW, with its basis.
 */
class ChipEvidenceTest {

  private static final ChipMatcher MATCHER = new ChipMatcher(ChipCatalogue.bundled());

  private static List<ChipMatcher.Match> match(String text) {
    return MATCHER.match(FoldedText.of(text));
  }

  @Test
  void anAccessoryWord_doesNotVetoALineThatSellsTheCard() {
    assertThat(match("GeForce RTX 4090 24GB graphics card, retail box, 24 PCS"))
        .extracting(m -> m.entry().model()).containsExactly("NVIDIA GeForce RTX 4090");
    assertThat(match("ASUS TUF RTX 4090 OC 24GB GDDR6X video card with anti-sag bracket, 10 PCS"))
        .extracting(m -> m.entry().model()).containsExactly("NVIDIA GeForce RTX 4090");
  }

  @Test
  void anAccessoryForTheCard_orTheBoxAlone_isStillNotTheCard() {
    assertThat(match("EK-Quantum Vector water block for RTX 4090 24GB graphics card, 10 PCS")).isEmpty();
    assertThat(match("NVIDIA GeForce RTX 4090 24GB retail box only (empty), 50 PCS")).isEmpty();
    assertThat(match("GPU support bracket compatible with RTX 4090, 100 PCS")).isEmpty();
    assertThat(match("RTX 4090 cooler, 20 PCS")).isEmpty();
  }

  @Test
  void aBaseboardsWholePartNumber_namesItsGpu() {
    assertThat(match("GPU baseboard assembly, 8-GPU, 640GB, P/N 935-23587-0000-000, 6 PCS"))
        .singleElement().satisfies(m -> {
          assertThat(m.entry().family()).isEqualTo("A100");
          assertThat(m.entry().controlStatus()).isEqualTo(dev.chipscreen.core.report.ControlStatus.CONTROLLED);
        });
  }

  @Test
  void aChinaVariant_isReportedNotControlled_atLowWithItsBasis() {
    ChipMatcher.Match m = match("NVIDIA GeForce RTX 4090D 24GB graphics card, 40 PCS").get(0);
    assertThat(m.entry().model()).isEqualTo("NVIDIA GeForce RTX 4090D");
    assertThat(m.entry().controlStatus()).isEqualTo(dev.chipscreen.core.report.ControlStatus.NOT_CONTROLLED_ON_PARAMETERS);
    assertThat(m.reason()).contains("China variant");
    ChipFinding finding = new ChipFinding(m.entry().model(), m.entry().vendor(), m.entry().eccn(),
        m.entry().controlStatus(), "RTX 4090D", 1, 0, m.score(), m.reason(), null, null, null);
    assertThat(finding.severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void aPartUnderTheThresholds_thatIsNoChinaVariant_staysSilent() {
    assertThat(match("NVIDIA GeForce RTX 4080 SUPER 16GB graphics card, 12 PCS")).isEmpty();
    assertThat(match("Lenovo Legion laptop, NVIDIA GeForce RTX 4090 Laptop GPU 16GB, 5 PCS")).isEmpty();
  }
}
