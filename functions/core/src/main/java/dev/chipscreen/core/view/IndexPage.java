package dev.chipscreen.core.view;

import static dev.chipscreen.core.view.Html.text;

import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The page for a batch: counts by severity, then one line per document, worst first, linking its report page. */
public final class IndexPage {

  /**
   * One screened document and the file name of its report page, relative to the index.
   *
   * @param report the report
   * @param href   the report page's file name (written by the caller, never document-derived as is)
   */
  public record Entry(ScreeningReport report, String href) {
  }

  private IndexPage() {
  }

  public static String render(List<Entry> entries) {
    List<Entry> sorted = entries.stream()
        .sorted(Comparator.comparing((Entry e) -> e.report().severity()).reversed()).toList();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    entries.forEach(e -> counts.merge(e.report().severity(), 1, Integer::sum));
    StringBuilder out = new StringBuilder(4_096);
    ReportPage.head(out, "chipscreen: " + entries.size() + " document(s)");
    out.append("<main><h1>chipscreen: ").append(entries.size()).append(" document(s) screened</h1><p>");
    for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.NONE)) {
      out.append(Html.badge(s)).append(' ').append(counts.getOrDefault(s, 0)).append(" &nbsp; ");
    }
    out.append("</p>").append(Blocks.TABLE).append("<tr>");
    Blocks.head(out, "Severity", "Document", "Why", "Findings");
    out.append("</tr>");
    for (Entry e : sorted) {
      out.append("<tr>");
      Blocks.cells(out, Html.badge(e.report().severity()),
          "<a href=\"" + text(e.href()) + "\">" + Html.bdi(e.report().document().name()) + "</a>",
          text(Verdict.sentence(e.report())), String.valueOf(e.report().findings().size()));
      out.append("</tr>");
    }
    return out.append("</table></main></body></html>\n").toString();
  }
}
