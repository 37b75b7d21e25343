package dev.chipscreen.core.match.chip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.text.FoldedText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChipMatcherTest {

  private static final ChipMatcher MATCHER = new ChipMatcher(ChipCatalogue.bundled());

  private static List<ChipMatcher.Match> match(String text) {
    return MATCHER.match(FoldedText.of(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      NVIDIA H100 80GB HBM3 SXM5                         | NVIDIA H100 SXM5
      nvidia h-100 pcie 80gb                              | NVIDIA H100 PCIe
      NVIDIA H 100 NVL 94GB                               | NVIDIA H100 NVL
      H100-SXM5-80GB                                      | NVIDIA H100 SXM5
      HGX H100 8-GPU baseboard                            | NVIDIA H100 SXM5
      935-24287-0000-000 HGX baseboard                    | NVIDIA H100 SXM5
      DGX H100 system                                     | NVIDIA DGX H100
      GPU: H1OO 80GB                                      | NVIDIA H100
      Tesla HIOO accelerator                              | NVIDIA H100
      NVIDIA H200 141GB HBM3e                             | NVIDIA H200
      H200 NVL 141GB                                      | NVIDIA H200 NVL
      NVIDIA A100 80GB PCIe                               | NVIDIA A100 PCIe
      A100-SXM4-80GB                                      | NVIDIA A100 SXM4
      H20 96GB HBM3 GPU                                   | NVIDIA H20
      Graphics card GeForce RTX 4090 24GB                 | NVIDIA GeForce RTX 4090
      RTX5090 32GB GDDR7                                  | NVIDIA GeForce RTX 5090
      NVIDIA RTX 6000 Ada Generation 48GB                 | NVIDIA RTX 6000 Ada
      AMD Instinct MI300X OAM 192GB                       | AMD Instinct MI300X
      MI325X accelerator                                  | AMD Instinct MI325X
      Intel Gaudi 3 HL-325L OAM                           | Intel Gaudi 3
      Huawei Ascend 910B AI card                          | Huawei Ascend 910B
      Dell PowerEdge XE9680 with 8x H100                  | Dell PowerEdge XE9680
      Supermicro SYS-821GE-TNHR                           | Supermicro SYS-821GE-TNHR
      英伟达H100显卡 80GB                                  | NVIDIA H100
      NVIDIA GB200 NVL72 rack                             | NVIDIA GB200
      L40S 48GB PCIe GPU                                  | NVIDIA L40S
      """)
  void findsTheModelAsPeopleWriteIt(String text, String model) {
    assertThat(match(text)).extracting(m -> m.entry().model()).contains(model);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hyundai H100 van brake pads, 20 sets
      H-100 truck rear bumper
      Centrifugal pump A100 with impeller
      Distilled water H20 500ml bottle
      Halogen lamp H20 12V bulb
      Samsung Galaxy A100 phone case
      EKWB water block for RTX 4090 Founders Edition
      GPU support bracket anti-sag for RTX 4090
      Empty box only RTX 4090 retail packaging
      Invoice ref INV-H100-2024 dated 12 March
      H100 Trading Ltd, Dubai
      Standard ISO 4090 compliant fasteners
      RTX 4090 Laptop GPU gaming notebook
      GeForce RTX 4080 Super 16GB
      Model B200 stainless steel shelf
      Part no. A100 mounting plate
      Room H100, Building 4
      """)
  void staysQuietOnLookAlikes(String text) {
    assertThat(match(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      NVIDIA GeForce RTX 4090D 24GB    | NVIDIA GeForce RTX 4090D
      NVIDIA L20 48GB                  | NVIDIA L20
      GeForce RTX 5090D 32GB graphics  | NVIDIA GeForce RTX 5090D
      """)
  void reportsChinaVariants_asNotControlled(String text, String model) {
    assertThat(match(text)).singleElement().satisfies(m -> {
      assertThat(m.entry().model()).isEqualTo(model);
      assertThat(m.entry().controlStatus()).isEqualTo(dev.chipscreen.core.report.ControlStatus.NOT_CONTROLLED_ON_PARAMETERS);
    });
  }

  @Test
  void bareShortAlias_needsGpuContext() {
    assertThat(match("Item: H100, quantity 4")).isEmpty();
    assertThat(match("Item: H100 GPU, quantity 4")).isNotEmpty();
    assertThat(match("Item: H100 HS 8473.30, quantity 4")).singleElement()
        .satisfies(m -> assertThat(m.score()).isLessThan(0.9));
  }

  @Test
  void finding_saysWhyItFired() {
    ChipMatcher.Match m = match("1  NVIDIA H100 SXM5 80GB  HS 8473.30  8 PCS  USD 25,000.00  USD 200,000.00").get(0);

    assertThat(m.entry().model()).isEqualTo("NVIDIA H100 SXM5");
    assertThat(m.reason()).contains("NVIDIA H100").contains("variant from 'SXM5'").contains("HS 8473.30").contains("CONTROLLED");
    assertThat(m.quantity()).isEqualTo(8);
    assertThat(m.unitValue()).isEqualByComparingTo("25000.00");
    assertThat(m.currency()).isEqualTo("USD");
  }

  @Test
  void ocrConfusion_isSaidAndLowersTheScore() {
    ChipMatcher.Match clean = match("NVIDIA H100 80GB").get(0);
    ChipMatcher.Match ocr = match("NVIDIA H1OO 80GB").get(0);

    assertThat(ocr.reason()).contains("OCR");
    assertThat(ocr.score()).isLessThan(clean.score());
  }

  @Test
  void ocrMisreadVariantWords_stillNameTheVariant() {
    ChipMatcher.Match pcie = match("NVIDIA A100 80GB PCle GPU card").get(0);
    ChipMatcher.Match sxm = match("NVIDIA H100 80GB SXMS").get(0);

    assertThat(pcie.entry().model()).isEqualTo("NVIDIA A100 PCIe");
    assertThat(pcie.reason()).contains("variant from 'PCLE' (OCR-style confusion)");
    assertThat(sxm.entry().model()).isEqualTo("NVIDIA H100 SXM5");
    // A word that only looks like a hint after folding more than OCR confuses is not one.
    assertThat(match("NVIDIA A100 80GB PCXE card").get(0).entry().model()).isEqualTo("NVIDIA A100");
  }

  @Test
  void matchPositions_pointAtTheModel() {
    String text = "Line 1\nDescription: NVIDIA A100 40GB PCIe card";
    FoldedText folded = FoldedText.of(text);
    ChipMatcher.Match m = MATCHER.match(folded).get(0);

    assertThat(folded.originalSpan(m.start(), m.end())).isEqualTo("NVIDIA A100");
  }
}
