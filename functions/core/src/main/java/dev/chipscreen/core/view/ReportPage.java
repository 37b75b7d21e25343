package dev.chipscreen.core.view;

import static dev.chipscreen.core.view.Html.text;

import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Status;

/**
 * A screening report as one self-contained HTML page: no script, no external font, image or
 * request (the Content-Security-Policy forbids them), readable on a laptop and printable. It is a
 * view of the JSON report and adds no fact of its own.
 */
public final class ReportPage {

  /** Page styles: one column, long strings wrap rather than widen the page, colours kept in print. */
  static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",\
      "WenQuanYi Zen Hei",sans-serif;line-height:1.4;color:#111;margin:0;padding:16px}
      main{max-width:64rem;margin:0 auto}
      h1{font-size:1.3em;margin:0 0 8px}h2{font-size:1.1em;margin:20px 0 6px;border-bottom:1px solid #ccc}
      p,td,th,li,div,pre,code{overflow-wrap:anywhere;word-break:break-word}
      pre{white-space:pre-wrap;margin:4px 0}
      table{margin:4px 0}
      @media print{body{padding:0}.finding,.verdict{break-inside:avoid}\
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      """;

  private ReportPage() {
  }

  public static String render(ScreeningReport report) {
    StringBuilder out = new StringBuilder(8_192);
    head(out, "chipscreen " + report.severity() + ": " + report.document().name());
    out.append("<main><h1>chipscreen screening report</h1>").append(Blocks.verdict(report));
    if (report.status() == Status.UNREADABLE) {
      out.append(Blocks.unreadable(report));
    }
    out.append("<h2>The document as read</h2>").append(Blocks.documentSummary(report))
        .append("<h3>Parties</h3>").append(Blocks.parties(report))
        .append("<h3>Goods</h3>").append(Blocks.goods(report.structured()));
    out.append("<h2>Findings (").append(report.findings().size()).append(")</h2>");
    if (report.findings().isEmpty()) {
      out.append("<p>No finding: no controlled chip, no listed party, no red flag.</p>");
    }
    for (Finding finding : report.findings()) {
      out.append(Blocks.finding(report, finding));
    }
    out.append("<h2>How to clear</h2>").append(Blocks.howToClear(report.findings()))
        .append("<h2>Suppressed by the allowlist</h2>").append(Blocks.suppressed(report.suppressed()));
    if (!report.notes().isEmpty()) {
      out.append("<h2>Notes</h2><ul>");
      report.notes().forEach(n -> out.append("<li>").append(text(n)).append("</li>"));
      out.append("</ul>");
    }
    out.append("<h2>Screened against</h2>").append(Blocks.lists(report)).append("</main></body></html>\n");
    return out.toString();
  }

  /** The document head shared by every page: charset, CSP, viewport, styles. */
  static void head(StringBuilder out, String title) {
    out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.CSP).append("\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<meta name=\"referrer\" content=\"no-referrer\">")
        .append("<title>").append(text(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
  }
}
