package dev.chipscreen.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** One reading of a goods line's quantity and money, the same for every reader of goods lines. */
class GoodsTextTest {

  private static GoodsText.LineValues read(String line) {
    return GoodsText.read(TextNormalizer.fold(line));
  }

  @Test
  void currencyWrittenOnTheLine_unitPriceFirstAmountLast() {
    GoodsText.LineValues v = read("1  NVIDIA H100 80GB PCIe  8471.50  8 PCS  USD 25,000.00  USD 200,000.00");
    assertThat(v.quantity()).isEqualTo(8);
    assertThat(v.unitPrice()).isEqualByComparingTo("25000.00");
    assertThat(v.lineAmount()).isEqualByComparingTo("200000.00");
    assertThat(v.currency()).isEqualTo("USD");
  }

  @Test
  void currencyInTheColumnHeading_groupedAmountsAreRead() {
    // "Unit Price (USD)  Amount (USD)" above: the cells hold bare numbers.
    GoodsText.LineValues v = read("2  Supermicro SYS-821GE-TNHR  8471.50.0150  4 SETS  318,000.00  1,272,000.00");
    assertThat(v.unitPrice()).isEqualByComparingTo("318000.00");
    assertThat(v.lineAmount()).isEqualByComparingTo("1272000.00");
    assertThat(v.currency()).isNull();
    assertThat(v.firstWithCurrency()).isNull();
  }

  @Test
  void oneGroupedNumberAlone_isNeitherPriceNorAmount() {
    // Only the amount is grouped; reading it as the unit price would be wrong by thirty times.
    GoodsText.LineValues v = read("Brake caliper assembly  8708.30  30 PCS  145.00  4,350.00");
    assertThat(v.quantity()).isEqualTo(30);
    assertThat(v.amounts()).isEmpty();
    assertThat(v.unitPrice()).isNull();
  }

  @Test
  void aWrittenCurrencyWinsOverBareNumbers() {
    GoodsText.LineValues v = read("RTX 4090 24GB  24 PCS  HK$ 14,800.00  355,200.00");
    assertThat(v.firstWithCurrency().currency()).isEqualTo("HKD");
    assertThat(v.firstWithCurrency().amount()).isEqualByComparingTo(new BigDecimal("14800.00"));
  }

  @Test
  void weightsAreNoPrices_andWrittenCurrenciesWinOverBareNumbers() {
    GoodsText.LineValues v = read("NVIDIA H100 80GB SXM5  8473.30  8 PCS  1,150.00 KG  1,250.00 KG  USD 500.00  USD 4,000.00");
    assertThat(v.unitPrice()).isEqualByComparingTo("500.00");
    assertThat(v.lineAmount()).isEqualByComparingTo("4000.00");
    assertThat(v.currency()).isEqualTo("USD");
  }

  @Test
  void aCurrencyWrittenAfterItsAmount_staysWithIt() {
    GoodsText.LineValues v = read("NVIDIA H100 80GB SXM5  8 PCS  25,000.00 USD  200,000.00 USD");
    assertThat(v.unitPrice()).isEqualByComparingTo("25000.00");
    assertThat(v.lineAmount()).isEqualByComparingTo("200000.00");
    assertThat(v.currency()).isEqualTo("USD");
  }

  @Test
  void zeroQuantitiesAreSkipped_andTheDescriptionEndsAtTheFirstValue() {
    GoodsText.LineValues v = read("GPU board  0 SETS  QTY: 12  USD 1,200.00");
    assertThat(v.quantity()).isEqualTo(12);
    assertThat(v.firstValueStart()).isEqualTo(TextNormalizer.fold("GPU board  0 SETS  QTY: 12  USD 1,200.00")
        .indexOf("QTY"));
  }
}
