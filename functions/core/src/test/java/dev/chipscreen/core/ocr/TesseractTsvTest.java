package dev.chipscreen.core.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TesseractTsvTest {

  private static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

  @Test
  void rebuildsLinesAndBlocksAndWeightsConfidenceByLength() {
    String tsv = HEADER
        + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
        + "5\t1\t1\t1\t1\t1\t10\t10\t50\t20\t90.0\tNVIDIA\n"
        + "5\t1\t1\t1\t1\t2\t70\t10\t50\t20\t60.0\tH100\n"
        + "5\t1\t1\t1\t2\t1\t10\t40\t50\t20\t100\tSXM5\n"
        + "5\t1\t2\t1\t1\t1\t10\t90\t50\t20\t80\tInvoice\n"
        + "5\t1\t2\t1\t1\t2\t70\t90\t50\t20\t95\t \n";
    OcrText text = TesseractOcr.TsvText.parse(tsv.getBytes(StandardCharsets.UTF_8));
    assertThat(text.text()).isEqualTo("NVIDIA H100\nSXM5\n\nInvoice");
    assertThat(text.words()).isEqualTo(4);
    // (90*6 + 60*4 + 100*4 + 80*7) / 21 letters
    assertThat(text.confidence()).isCloseTo((90 * 6 + 60 * 4 + 100 * 4 + 80 * 7) / 21.0 / 100, within(1e-9));
  }

  @Test
  void joinsChineseCharactersWithoutSpaces() {
    String tsv = HEADER
        + "5\t1\t1\t1\t1\t1\t10\t10\t50\t20\t91\t英伟\n"
        + "5\t1\t1\t1\t1\t2\t70\t10\t50\t20\t92\t达\n"
        + "5\t1\t1\t1\t1\t3\t130\t10\t50\t20\t93\tH20\n"
        + "5\t1\t1\t1\t1\t4\t190\t10\t50\t20\t94\t显卡\n";
    assertThat(TesseractOcr.TsvText.parse(tsv.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("英伟达 H20 显卡");
  }

  @Test
  void anEmptyPageHasNoTextAndNoConfidence() {
    OcrText text = TesseractOcr.TsvText.parse(HEADER.getBytes(StandardCharsets.UTF_8));
    assertThat(text.text()).isEmpty();
    assertThat(text.confidence()).isZero();
  }
}
