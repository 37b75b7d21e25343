package dev.chipscreen.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextOcrTest {

  @Test
  void digitsReadForLettersInWordsBecomeLettersAgain() {
    FoldedText text = FoldedText.of("Buyer: S0PHG0 Techn0logies, HS 8473.30, H100, SG4471, Box 12, 2025");
    FoldedText ocr = text.withOcrLetters();

    assertThat(ocr.folded()).isEqualTo("BUYER: SOPHGO TECHNOLOGIES, HS 8473.30, H100, SG4471, BOX 12, 2025");
    assertThat(ocr.folded()).hasSameSizeAs(text.folded());
    int at = ocr.folded().indexOf("SOPHGO");
    assertThat(ocr.originalSpan(at, at + 6)).isEqualTo("S0PHG0");
  }

  @Test
  void textWithoutMisreadingsIsReturnedAsItIs() {
    FoldedText text = FoldedText.of("Consignee: Inspur (HK) Electronics Co., Limited");
    assertThat(text.withOcrLetters()).isSameAs(text);
  }
}
