package dev.chipscreen.core.text;

import java.util.regex.Pattern;

/**
 * How goods lines write money and quantities, in one place for the chip matcher, the disguised-
 * chip detector and the document reader. Patterns apply to folded (upper-case) text.
 */
public final class GoodsText {

  /** A currency and an amount: "USD 25,000.00", "$1,800", "RMB 12000", "€240.00". Group 1 currency, group 2 amount. */
  public static final Pattern MONEY = Pattern.compile(
      "(USD|US\\$|\\$|HKD|HK\\$|SGD|S\\$|CNY|RMB|¥|EUR|€|MYR|TWD|NT\\$)\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,9}(?:\\.\\d{1,2})?)");

  /** "8 PCS", "QTY: 8", "数量 64". Group 1 or group 2 holds the number. */
  public static final Pattern QUANTITY = Pattern.compile(
      "(?<![\\d.,])(\\d{1,6})\\s*(?:PCS|PC|PIECES|UNITS|UNIT|EA|EACH|SETS|SET|NOS|CTNS|CARTONS|PLTS|PALLETS|台|件|片|个|套)(?![A-Z])"
          + "|(?:QTY|QUANTITY|数量)[.:：\\s]*(\\d{1,6})(?![\\d.,])");

  /** What every currency {@link #MONEY} knows writes: a line without one of them holds no price. */
  private static final String[] CURRENCY_MARKS = {"$", "¥", "€", "USD", "HKD", "SGD", "CNY", "RMB", "EUR", "MYR", "TWD"};

  /** What every {@link #QUANTITY} spelling holds: a unit word, or a quantity label. */
  private static final String[] QUANTITY_MARKS = {"PC", "PIECE", "UNIT", "EA", "SET", "NOS", "CTN", "CARTON", "PLT",
      "PALLET", "台", "件", "片", "个", "套", "QTY", "QUANTITY", "数量"};

  private GoodsText() {
  }

  /** False when {@link #QUANTITY} cannot match {@code folded}: no unit word or quantity label in it. */
  public static boolean mayHoldQuantity(String folded) {
    return containsAny(folded, QUANTITY_MARKS);
  }

  /**
   * False when {@link #MONEY} cannot match {@code folded}: no currency sign or code in it. A few
   * string searches, where the pattern tries its fifteen currencies at every position of the line.
   */
  public static boolean mayHoldMoney(String folded) {
    return containsAny(folded, CURRENCY_MARKS);
  }

  private static boolean containsAny(String text, String[] marks) {
    for (String mark : marks) {
      if (text.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  /** The ISO code for a currency symbol or code as documents write it. */
  public static String currencyCode(String symbol) {
    return switch (symbol) {
      case "US$", "$" -> "USD";
      case "HK$" -> "HKD";
      case "S$" -> "SGD";
      case "RMB", "¥" -> "CNY";
      case "€" -> "EUR";
      case "NT$" -> "TWD";
      default -> symbol;
    };
  }

  /** The quantity a QUANTITY match holds. */
  public static int quantity(java.util.regex.Matcher match) {
    return Integer.parseInt(match.group(1) != null ? match.group(1) : match.group(2));
  }
}
