package dev.chipscreen.core.view;

import static dev.chipscreen.core.view.Html.bdi;
import static dev.chipscreen.core.view.Html.text;

import java.math.BigDecimal;
import java.util.List;

/**
 * Table markup for the views, styled inline (mail clients drop style sheets): fixed layout and
 * wrapping cells, so that a 2,000-character name wraps inside its column instead of widening the page.
 */
final class Tables {

  static final String TABLE = "<table style=\"border-collapse:collapse;width:100%;table-layout:fixed\">";
  static final String CELL = "border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left;"
      + "overflow-wrap:anywhere;word-break:break-word";

  private Tables() {
  }

  static String money(BigDecimal value, String currency) {
    return value == null ? "" : text((currency == null ? "" : currency + " ") + value.toPlainString());
  }

  static String lines(List<String> values) {
    List<String> escaped = values.stream().map(Html::bdi).toList();
    return String.join("<br>", escaped);
  }

  static void row(StringBuilder out, String label, String valueHtml) {
    out.append(rowHtml(label, valueHtml));
  }

  static String rowHtml(String label, String valueHtml) {
    return "<tr><th style=\"" + CELL + ";width:22%\">" + text(label) + "</th><td style=\"" + CELL + "\">" + valueHtml
        + "</td></tr>";
  }

  static void compare(StringBuilder out, String label, String document, String list) {
    if (document.isEmpty() && list.isEmpty()) {
      return;
    }
    out.append("<tr><th style=\"").append(CELL).append(";width:18%\">").append(text(label)).append("</th><td style=\"")
        .append(CELL).append("\">").append(document).append("</td><td style=\"").append(CELL).append("\">")
        .append(list).append("</td></tr>");
  }

  static void head(StringBuilder out, String... labels) {
    for (String label : labels) {
      out.append("<th style=\"").append(CELL).append(";background:#eee\">").append(text(label)).append("</th>");
    }
  }

  static void cells(StringBuilder out, String... html) {
    for (String h : html) {
      out.append("<td style=\"").append(CELL).append("\">").append(h).append("</td>");
    }
  }
}
