package dev.chipscreen.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GoodsTextTest {

  @Test
  void everyCurrencyThePatternKnowsPassesThePreCheck() {
    for (String price : List.of("USD 25,000.00", "US$1,800", "$ 12", "HKD 9.50", "HK$100", "SGD 4", "S$4", "CNY 88",
        "RMB 12000", "¥300", "EUR 240", "€240.00", "MYR 1", "TWD 5", "NT$5")) {
      String line = "8 PCS GRAPHICS CARD " + price + " EACH";
      assertThat(GoodsText.MONEY.matcher(line).find()).as(line).isTrue();
      assertThat(GoodsText.mayHoldMoney(line)).as(line).isTrue();
    }
    assertThat(GoodsText.mayHoldMoney("8 PCS GRAPHICS CARD 8471.50 12 KG")).isFalse();
  }

  /** The pre-check may say yes where the pattern finds nothing, never the other way round. */
  @Property(tries = 2000)
  void whereThePatternFindsMoneyThePreCheckSaysSo(@ForAll("goodsLines") String line) {
    if (GoodsText.MONEY.matcher(line).find()) {
      assertThat(GoodsText.mayHoldMoney(line)).as(line).isTrue();
    }
  }

  @Test
  void everyQuantitySpellingThePatternKnowsPassesThePreCheck() {
    for (String qty : List.of("8 PCS", "8PC", "8 PIECES", "8 UNITS", "8 UNIT", "8 EA", "8 EACH", "8 SETS", "8 SET",
        "8 NOS", "8 CTNS", "8 CARTONS", "8 PLTS", "8 PALLETS", "8台", "8件", "8片", "8个", "8套", "QTY: 8", "QUANTITY 8",
        "数量 8")) {
      String line = "NVIDIA H100 80GB " + qty;
      assertThat(GoodsText.QUANTITY.matcher(line).find()).as(line).isTrue();
      assertThat(GoodsText.mayHoldQuantity(line)).as(line).isTrue();
    }
    assertThat(GoodsText.mayHoldQuantity("NVIDIA H100 80GB 8471.50 USD 25,000")).isFalse();
  }

  @Property(tries = 2000)
  void whereThePatternFindsAQuantityThePreCheckSaysSo(@ForAll("goodsLines") String line) {
    if (GoodsText.QUANTITY.matcher(line).find()) {
      assertThat(GoodsText.mayHoldQuantity(line)).as(line).isTrue();
    }
  }

  @Provide
  Arbitrary<String> goodsLines() {
    Arbitrary<String> pieces = Arbitraries.of("USD", "US$", "$", "HKD", "HK$", "SGD", "S$", "CNY", "RMB", "¥", "EUR",
        "€", "MYR", "TWD", "NT$", "U", "S", "D", "N", "T", " ", "1", "25,000", ".00", "PCS", "8471.50", "H100", ",",
        "P", "C", "E", "A", "QTY", "Q", "UNIT", "SET", "台", "件", "数量", "PALLET", "CTN", "NOS", ":", "8");
    return pieces.list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
  }
}
