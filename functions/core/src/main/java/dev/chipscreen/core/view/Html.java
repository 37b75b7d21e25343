package dev.chipscreen.core.view;

import dev.chipscreen.core.alert.Sanitize;
import dev.chipscreen.core.report.Evidence;
import dev.chipscreen.core.report.Severity;
import java.util.Locale;

/**
 * HTML fragments for document-derived text. Every string that came from a document or a list goes
 * through {@link #text}: control and format characters (bidi overrides and isolates among them)
 * become spaces, so that no name can reverse or hide what follows it, and markup is escaped for
 * element content and quoted attributes alike.
 */
public final class Html {

  /**
   * The page's Content-Security-Policy: nothing may load or run, inline styles excepted; images
   * only as data: URLs. A report that somehow carried markup still could not run or fetch anything.
   */
  public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "base-uri 'none'; form-action 'none'";

  private Html() {
  }

  /** Escaped text with controls and bidi characters neutralised; "" for null. */
  public static String text(String value) {
    return value == null ? "" : Sanitize.html(Sanitize.terminal(value));
  }

  /** Text isolated from its surroundings' direction: a right-to-left name cannot reorder the label beside it. */
  public static String bdi(String value) {
    return "<bdi>" + text(value) + "</bdi>";
  }

  /** The quoted line with the match marked; the line's own characters are neutralised like any text. */
  public static String highlighted(Evidence.Quote quote) {
    String line = Sanitize.terminal(quote.line());
    int start = Math.max(0, Math.min(quote.start(), line.length()));
    int end = Math.max(start, Math.min(quote.end(), line.length()));
    return "<bdi>" + Sanitize.html(line.substring(0, start)) + "<mark style=\"" + MARK_STYLE + "\">"
        + Sanitize.html(line.substring(start, end)) + "</mark>" + Sanitize.html(line.substring(end)) + "</bdi>";
  }

  /** Yellow with a dark outline and bold: the match stands out in print and in grey scale too. */
  static final String MARK_STYLE = "background:#ffe066;color:#000;font-weight:bold;outline:1px solid #7a5c00";

  /** Severity colours: each is shown with the severity's word, never alone. */
  public static String colour(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "#7f1d1d";
      case HIGH -> "#b91c1c";
      case MEDIUM -> "#9a3412";
      case LOW -> "#1e40af";
      case NONE -> "#166534";
    };
  }

  /** The severity as a word on its colour. */
  public static String badge(Severity severity) {
    return "<span class=\"badge\" style=\"display:inline-block;padding:2px 8px;border-radius:4px;color:#fff;"
        + "font-weight:bold;letter-spacing:.05em;background:" + colour(severity) + "\">" + severity.name()
        + "</span>";
  }

  /** "NOTIFY_PARTY" as "notify party": roles, rules and statuses read as words. */
  public static String words(Object code) {
    return String.valueOf(code).replace('_', ' ').toLowerCase(Locale.ROOT);
  }
}
