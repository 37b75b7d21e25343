package dev.chipscreen.core.match.chip;

import dev.chipscreen.core.text.FoldedText;
import dev.chipscreen.core.text.GoodsText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds goods lines that describe an accelerator without naming it: a vague description
 * ("graphics card", "computer parts", "GPU module", "server accessories", 显卡) declared under a
 * GPU heading (HS 8473.30, 8471.50, 8471.80, 8542.31) at a unit value only a data-centre part
 * or GPU server fetches. The prosecuted diversion cases shipped H100s as "generic computer
 * parts"; this is how such a line looks. Reported with lower confidence than a named model.
 */
public final class DisguisedChipDetector {

  /** Unit value (USD) from which a card, module or chip line points to a data-centre accelerator. */
  static final BigDecimal CARD_VALUE_USD = new BigDecimal("8000");
  /** Unit value (USD) from which a computer or server line points to a multi-GPU server. */
  static final BigDecimal SERVER_VALUE_USD = new BigDecimal("100000");
  static final double SCORE_WITH_HS_CODE = 0.7;
  static final double SCORE_VALUE_ONLY = 0.6;
  /** Longest line read; longer lines are read in pieces of this size. */
  static final int MAX_LINE_CHARS = 400;

  /**
   * Rough USD value of one unit of each currency, only to compare a unit price with the
   * thresholds above. Documented approximations, not rates to convert money with.
   */
  static final Map<String, BigDecimal> USD_PER_UNIT = Map.of("USD", BigDecimal.ONE,
      "HKD", new BigDecimal("0.128"), "CNY", new BigDecimal("0.14"), "EUR", new BigDecimal("1.08"),
      "SGD", new BigDecimal("0.74"), "MYR", new BigDecimal("0.21"), "TWD", new BigDecimal("0.031"));

  static final List<String> CARD_WORDS = List.of("GRAPHICS CARD", "GRAPHIC CARD", "VIDEO CARD", "GPU CARD", "GPU MODULE",
      "GPU BOARD", "ACCELERATOR CARD", "ACCELERATOR MODULE", "COMPUTING MODULE", "COMPUTE MODULE", "COMPUTING CARD",
      "AI MODULE", "AI CARD", "COMPUTER PARTS", "COMPUTER PART", "COMPUTER COMPONENTS", "COMPUTER ACCESSORIES",
      "PRINTED CIRCUIT ASSEMBLY", "PCB ASSEMBLY", "PCBA", "INTEGRATED CIRCUIT", "PROCESSOR MODULE", "显卡", "图形卡",
      "加速卡", "计算卡", "电脑配件", "计算机配件", "计算机零件", "集成电路");
  static final List<String> SERVER_WORDS = List.of("SERVER ACCESSORIES", "SERVER PARTS", "SERVER COMPONENTS",
      "SERVER", "COMPUTING SYSTEM", "DATA PROCESSING MACHINE", "COMPUTER SYSTEM", "RACK SYSTEM", "服务器",
      "服务器配件", "计算机");

  /**
   * A goods line that looks like a disguised accelerator.
   *
   * @param description the vague words found
   * @param start       start of the line in the folded text
   * @param end         end of the line
   * @param hsCode      the GPU HS heading on the line, or null
   * @param unitValue   the first price on the line (taken as the unit price)
   * @param currency    its currency
   * @param score       confidence in [0, 1], always below a named model's
   * @param reason      why it fired
   */
  public record Match(String description, int start, int end, String hsCode, BigDecimal unitValue, String currency,
                      double score, String reason) {
  }

  /** Lines of {@code text} outside {@code namedSpans} (where a model is named) that look disguised. */
  public List<Match> match(FoldedText text, List<int[]> namedSpans) {
    String folded = text.folded();
    List<Match> matches = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < folded.length()) {
      int newline = folded.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? folded.length() : newline;
      for (int from = lineStart; from < lineEnd; from += MAX_LINE_CHARS) {
        int to = Math.min(lineEnd, from + MAX_LINE_CHARS);
        if (!overlaps(namedSpans, from, to)) {
          Match m = judge(folded.substring(from, to), from, to);
          if (m != null) {
            matches.add(m);
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return matches;
  }

  private static boolean overlaps(List<int[]> spans, int from, int to) {
    for (int[] span : spans) {
      if (span[0] < to && from < span[1]) {
        return true;
      }
    }
    return false;
  }

  private static Match judge(String line, int start, int end) {
    String card = ChipContext.firstWord(line, CARD_WORDS);
    String server = card == null ? ChipContext.firstWord(line, SERVER_WORDS) : null;
    if (card == null && server == null) {
      return null;
    }
    Matcher hs = ChipContext.GPU_HS_CODE.matcher(line);
    String hsCode = hs.find() ? hs.group().trim() : null;
    GoodsText.Money price = GoodsText.read(line).firstWithCurrency();
    if (price == null) {
      return null;
    }
    String currency = price.currency();
    BigDecimal unitValue = price.amount();
    BigDecimal rate = USD_PER_UNIT.get(currency);
    if (rate == null) {
      return null;
    }
    BigDecimal usd = unitValue.multiply(rate);
    BigDecimal threshold = card != null ? CARD_VALUE_USD : SERVER_VALUE_USD;
    if (usd.compareTo(threshold) < 0) {
      return null;
    }
    String words = card != null ? card : server;
    double score = hsCode != null ? SCORE_WITH_HS_CODE : SCORE_VALUE_ONLY;
    String reason = "'" + words + "' at " + currency + " " + unitValue.toPlainString() + " a unit (at least USD "
        + threshold.toPlainString() + ")" + (hsCode != null ? " under HS " + hsCode : "")
        + ": priced like a data-centre " + (card != null ? "accelerator" : "GPU server") + " but no model is named";
    return new Match(words, start, end, hsCode, unitValue, currency, score, reason);
  }
}
