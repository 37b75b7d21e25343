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
   * One screened document, kept small (a batch may hold thousands), and its report page.
   *
   * @param severity the report's severity
   * @param name     the document's name
   * @param verdict  the verdict sentence
   * @param findings how many findings
   * @param href     the report page's file name, relative to the index (made safe by the caller)
   */
  public record Entry(Severity severity, String name, String verdict, int findings, String href) {
    public static Entry of(ScreeningReport report, String href) {
      return new Entry(report.severity(), report.document().name(), Verdict.sentence(report),
          report.findings().size(), href);
    }
  }

  private IndexPage() {
  }

  public static String render(List<Entry> entries) {
    List<Entry> sorted = entries.stream()
        .sorted(Comparator.comparing(Entry::severity).reversed()).toList();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    entries.forEach(e -> counts.merge(e.severity(), 1, Integer::sum));
    StringBuilder out = new StringBuilder(4_096);
    ReportPage.head(out, "chipscreen: " + entries.size() + " document(s)");
    out.append("<main><h1>chipscreen: ").append(entries.size()).append(" document(s) screened</h1><p>");
    for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.NONE)) {
      out.append(Html.badge(s)).append(' ').append(counts.getOrDefault(s, 0)).append(" &nbsp; ");
    }
    out.append("</p>").append(Tables.TABLE).append("<tr>");
    Tables.head(out, "Severity", "Document", "Why", "Findings");
    out.append("</tr>");
    for (Entry e : sorted) {
      out.append("<tr>");
      Tables.cells(out, Html.badge(e.severity()),
          "<a href=\"" + text(e.href()) + "\">" + Html.bdi(e.name()) + "</a>",
          text(e.verdict()), String.valueOf(e.findings()));
      out.append("</tr>");
    }
    return out.append("</table></main></body></html>\n").toString();
  }
}
