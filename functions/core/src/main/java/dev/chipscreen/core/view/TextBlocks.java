package dev.chipscreen.core.view;

import dev.chipscreen.core.alert.Sanitize;
import dev.chipscreen.core.document.TradeDocument;
import dev.chipscreen.core.report.Evidence;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text counterparts of {@link Blocks}, for the e-mail's text part: the same facts, with
 * every document-derived string passed through {@link Sanitize#terminal} (no control or bidi character).
 */
public final class TextBlocks {

  /** Marks the match in a quoted line where HTML would highlight it. */
  static final String MARK_OPEN = "»";
  static final String MARK_CLOSE = "«";

  private TextBlocks() {
  }

  static String t(String value) {
    return value == null ? "" : Sanitize.terminal(value).replace('\n', ' ');
  }

  /** Type, pages, route and transport, one line each. */
  public static String documentSummary(ScreeningReport report) {
    var doc = report.document();
    StringBuilder out = new StringBuilder();
    out.append("Document: ").append(t(doc.name())).append('\n')
        .append("Type: ").append(Html.words(doc.type())).append(", ").append(doc.pages()).append(" page(s), ")
        .append(t(doc.mediaType())).append("; SHA-256 ").append(t(doc.sha256())).append('\n');
    TradeDocument s = report.structured();
    if (s != null && s.route() != null) {
      List<String> legs = new ArrayList<>();
      FindingFacts.routeLegs(s.route()).forEach((label, f) -> leg(legs, label, f));
      if (!legs.isEmpty()) {
        out.append("Route: ").append(String.join(" -> ", legs)).append('\n');
      }
    }
    if (s != null && s.transport() != null) {
      List<String> means = new ArrayList<>();
      leg(means, "vessel", s.transport().vessel());
      leg(means, "voyage", s.transport().voyage());
      leg(means, "flight", s.transport().flight());
      if (!means.isEmpty()) {
        out.append("Vessel / flight: ").append(String.join(", ", means)).append('\n');
      }
    }
    if (doc.ocrPages() != null) {
      out.append("Read by OCR: page(s) ").append(doc.ocrPages()).append(" (").append(t(doc.ocrEngine()))
          .append("): check findings on them against the page image\n");
    }
    return out.toString();
  }

  /** One line per party of the document, with the list entry it matches. */
  public static String parties(ScreeningReport report, int maxChars) {
    return parties(report, Integer.MAX_VALUE, maxChars);
  }

  /** As {@link #parties(ScreeningReport, int)}, at most {@code maxParties} of them. */
  public static String parties(ScreeningReport report, int maxParties, int maxChars) {
    TradeDocument doc = report.structured();
    if (doc == null || doc.parties().isEmpty()) {
      return "";
    }
    java.util.Map<TradeDocument.Party, PartyFinding> listedBy = FindingFacts.listedParties(report);
    StringBuilder out = new StringBuilder("Parties:\n");
    int shown = 0;
    for (TradeDocument.Party p : doc.parties()) {
      if (shown++ == maxParties) {
        out.append("- ").append(doc.parties().size() - maxParties).append(" more: see the report page\n");
        break;
      }
      PartyFinding finding = listedBy.get(p);
      String listed = finding == null ? "no match" : finding.severity() + ": "
          + FindingFacts.cap(finding.listedName(), maxChars) + " (" + finding.listCode() + ", "
          + Html.words(finding.tier()) + ")";
      out.append("- ").append(Html.words(p.role())).append(": ").append(t(FindingFacts.cap(p.name(), maxChars)))
          .append(p.address() == null ? "" : ", " + t(FindingFacts.cap(p.address(), maxChars)))
          .append(p.country() == null ? "" : " [" + t(p.country()) + "]").append(" | on a list: ").append(t(listed))
          .append('\n');
    }
    return out.toString();
  }

  /** A finding in brief: severity, what, where, the line with the match marked, against what. */
  public static String findingBrief(ScreeningReport report, Finding finding, int maxChars) {
    StringBuilder out = new StringBuilder("- [").append(finding.severity()).append("] ")
        .append(t(FindingFacts.plainTitle(finding))).append('\n');
    Evidence.Quote quote = FindingFacts.quote(report, finding);
    if (quote != null && quote.line().length() <= maxChars) {
      String line = Sanitize.terminal(quote.line()).replace('\n', ' ');
      int start = Math.max(0, Math.min(quote.start(), line.length()));
      int end = Math.max(start, Math.min(quote.end(), line.length()));
      out.append("  line: ").append(line, 0, start).append(MARK_OPEN).append(line, start, end).append(MARK_CLOSE)
          .append(line.substring(end)).append('\n');
    } else if (FindingFacts.matched(finding) != null) {
      out.append("  matched: ").append(MARK_OPEN).append(t(FindingFacts.cap(FindingFacts.matched(finding), maxChars)))
          .append(MARK_CLOSE).append('\n');
    }
    return out.append("  ").append(t(FindingFacts.cap(FindingFacts.against(finding), maxChars))).append('\n').toString();
  }

  private static void leg(List<String> legs, String label, TradeDocument.Field f) {
    if (f != null && f.value() != null) {
      legs.add(label + " " + t(f.value()));
    }
  }
}
