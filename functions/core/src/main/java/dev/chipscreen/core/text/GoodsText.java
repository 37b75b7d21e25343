package dev.chipscreen.core.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How goods lines write money and quantities, read once ({@link #read}) the same way for the chip
 * matcher, the disguised-chip detector and the document reader. Patterns apply to folded
 * (upper-case) text.
 */
public final class GoodsText {

  /** A currency and an amount: "USD 25,000.00", "$1,800", "RMB 12000", "€240.00". Group 1 currency, group 2 amount. */
  public static final Pattern MONEY = Pattern.compile(
      "(USD|US\\$|\\$|HKD|HK\\$|SGD|S\\$|CNY|RMB|¥|EUR|€|MYR|TWD|NT\\$)\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,9}(?:\\.\\d{1,2})?)");

  /**
   * An amount without a currency, grouped with cents ("25,000.00"): how a price stands in a column
   * whose heading gives the currency ("Unit Price (USD)"). Group 1 the amount.
   */
  private static final Pattern BARE_AMOUNT = Pattern.compile(
      "(?<![\\d.,-])(\\d{1,3}(?:,\\d{3})+\\.\\d{2})(?![\\d.,])(?!\\s*(?:KGS?|LBS?|CBM|M3|MT|TONS?|%))");

  /**
   * An amount followed by its currency code: "25,000.00 USD". Group 1 the amount, group 2 the code.
   * A line written this way would otherwise pair each code with the next line's number.
   */
  private static final Pattern AMOUNT_THEN_CURRENCY = Pattern.compile(
      "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,9}(?:\\.\\d{1,2})?)\\s*"
          + "(USD|HKD|SGD|CNY|RMB|EUR|MYR|TWD)(?![A-Z])");

  private static final Pattern BARE_AMOUNT_ONLY = BARE_AMOUNT;

  /**
   * False when {@link #BARE_AMOUNT} cannot match: no comma followed by three digits. Addresses put
   * commas on most lines; a scan for the grouping is cheaper than the pattern at every position.
   */
  static boolean mayHoldBareAmount(String folded) {
    for (int at = folded.indexOf(','); at >= 0 && at + 3 < folded.length(); at = folded.indexOf(',', at + 1)) {
      if (Character.isDigit(folded.charAt(at + 1)) && Character.isDigit(folded.charAt(at + 2))
          && Character.isDigit(folded.charAt(at + 3))) {
        return true;
      }
    }
    return false;
  }

  /** {@link #MONEY} or {@link #BARE_AMOUNT}, in the order a line writes them. */
  private static final Pattern ANY_AMOUNT = Pattern.compile(MONEY.pattern() + "|" + BARE_AMOUNT.pattern());

  /**
   * An amount on a goods line.
   *
   * @param amount   the number
   * @param currency ISO code, or null when the line does not write one (a column heading does)
   * @param start    where it starts in the folded line
   */
  public record Money(BigDecimal amount, String currency, int start) {
  }

  /**
   * What a goods line says of its quantity and prices.
   *
   * @param quantity      the first quantity ("8 PCS", "QTY 8") greater than 0, or null
   * @param quantityStart where it starts, or -1
   * @param amounts       the amounts in the order written: unit price first, line amount last
   */
  public record LineValues(Integer quantity, int quantityStart, List<Money> amounts) {
    public LineValues {
      amounts = List.copyOf(amounts);
    }

    /** The first amount, read as the unit price. */
    public BigDecimal unitPrice() {
      return amounts.isEmpty() ? null : amounts.get(0).amount();
    }

    /** The last amount when there are two or more, read as the line's amount. */
    public BigDecimal lineAmount() {
      return amounts.size() > 1 ? amounts.get(amounts.size() - 1).amount() : null;
    }

    /** The first currency the line writes, or null. */
    public String currency() {
      return amounts.stream().map(Money::currency).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The first amount written with its currency, or null: what a value in another currency is converted from. */
    public Money firstWithCurrency() {
      return amounts.stream().filter(m -> m.currency() != null).findFirst().orElse(null);
    }

    /** Where the first quantity or amount starts, or -1. */
    public int firstValueStart() {
      int first = amounts.isEmpty() ? -1 : amounts.get(0).start();
      return quantityStart < 0 ? first : first < 0 ? quantityStart : Math.min(first, quantityStart);
    }
  }

  /** Reads the quantity and amounts of one folded goods line. */
  public static LineValues read(String folded) {
    Integer quantity = null;
    int quantityStart = -1;
    if (mayHoldQuantity(folded)) {
      Matcher m = QUANTITY.matcher(folded);
      while (m.find()) {
        int value = quantity(m);
        if (value > 0) {
          quantity = value;
          quantityStart = m.start();
          break;
        }
      }
    }
    List<Money> amounts = new ArrayList<>();
    int bare = 0;
    boolean currencies = mayHoldMoney(folded);
    if (currencies) {
      List<Money> suffixed = amountsThenCurrency(folded);
      if (!suffixed.isEmpty()) {
        return new LineValues(quantity, quantityStart, suffixed);
      }
    }
    if (currencies || mayHoldBareAmount(folded)) {
      Matcher m = (currencies ? ANY_AMOUNT : BARE_AMOUNT_ONLY).matcher(folded);
      while (m.find()) {
        boolean withCurrency = currencies && m.group(1) != null;
        String number = withCurrency ? m.group(2) : currencies ? m.group(3) : m.group(1);
        bare += withCurrency ? 0 : 1;
        amounts.add(new Money(new BigDecimal(number.replace(",", "")), withCurrency ? currencyCode(m.group(1)) : null,
            m.start()));
      }
    }
    // One grouped number alone may be the unit price or the line's amount ("145.00  4,350.00", where
    // only the second is grouped): unknown is better than wrong, so bare amounts count in columns of
    // two or more, and not at all beside amounts that write their currency.
    if (bare == 1 || bare < amounts.size()) {
      amounts.removeIf(money -> money.currency() == null);
    }
    return new LineValues(quantity, quantityStart, amounts);
  }

  /**
   * The amounts of a line that writes the code after the number ("25,000.00 USD  200,000.00 USD"),
   * when it does so for more of them than it writes codes before numbers; else none.
   */
  private static List<Money> amountsThenCurrency(String folded) {
    List<Money> after = new ArrayList<>();
    Matcher m = AMOUNT_THEN_CURRENCY.matcher(folded);
    while (m.find()) {
      after.add(new Money(new BigDecimal(m.group(1).replace(",", "")), currencyCode(m.group(2)), m.start()));
    }
    if (after.isEmpty()) {
      return after;
    }
    int before = 0;
    for (Matcher b = MONEY.matcher(folded); b.find(); ) {
      before++;
    }
    return after.size() > before ? after : List.of();
  }

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
