package dev.chipscreen.cli;

import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DisguisedChipFinding;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.UnreadableFinding;
import java.io.PrintWriter;

/** The readable form of a report for a terminal. */
final class TextReport {

  private TextReport() {
  }

  /**
   * Prints the report with every control character of the document's text (a CR in a party's
   * name, an escape sequence, a bidi override) replaced, so that it shows as written and cannot
   * overwrite or recolour the terminal.
   */
  static void print(ScreeningReport report, PrintWriter terminal) {
    java.io.StringWriter buffer = new java.io.StringWriter();
    render(report, new PrintWriter(buffer));
    terminal.print(dev.chipscreen.core.alert.Sanitize.terminal(buffer.toString().replace("\r\n", "\n")));
  }

  private static void render(ScreeningReport report, PrintWriter out) {
    out.printf("%s  %s  %s  %s, %d page(s)%n", report.severity(), report.document().name(), report.status(),
        report.document().type(), report.document().pages());
    if (report.reason() != null) {
      out.printf("    reason: %s%n", report.reason());
    }
    if (report.document().ocrPages() != null) {
      out.printf("    OCR: page(s) %s read by %s; check findings on them against the page image%n",
          report.document().ocrPages(), report.document().ocrEngine());
    }
    for (Finding finding : report.findings()) {
      switch (finding) {
        case ChipFinding c -> {
          out.printf("    CHIP   %s [%s, %s]  \"%s\"  page %d  score %.2f%n", c.model(), c.controlStatus(), c.eccn(),
              oneLine(c.matchedText()), c.page(), c.score());
          out.printf("           %s%s%s%n", c.reason(), c.quantity() == null ? "" : "; qty " + c.quantity(),
              c.unitValue() == null ? "" : "; unit " + (c.currency() == null ? "" : c.currency() + " ")
                  + c.unitValue().toPlainString());
        }
        case PartyFinding p -> {
          out.printf("    PARTY  %s [%s %s]  \"%s\"  page %d  score %.2f %s%n", p.listedName(), p.listCode(),
              p.federalRegister() == null ? p.sourceId() : p.federalRegister(), oneLine(p.matchedText()), p.page(),
              p.score(), p.tier());
          out.printf("           %s%n", p.reason());
          if (!p.candidates().isEmpty()) {
            out.printf("           %s%n", p.candidatesLine().substring(2));
          }
        }
        case UnreadableFinding u -> out.printf("    UNREADABLE  %s: %s%n", u.reason(), u.detail());
        case IncompleteFinding i -> out.printf("    INCOMPLETE  %s: %s%n", i.reason(), i.detail());
        case dev.chipscreen.core.report.RedFlagFinding r -> out.printf("    RED FLAG  %s [%s]: %s%n", r.rule(),
            r.level(), r.explanation());
        case DisguisedChipFinding d -> {
          out.printf("    DISGUISED?  \"%s\"  page %d  score %.2f%n", oneLine(d.matchedText()), d.page(), d.score());
          out.printf("           %s%n", d.reason());
        }
      }
    }
    if (report.structured() != null) {
      printStructured(report.structured(), out);
    }
    for (dev.chipscreen.core.report.Suppression s : report.suppressed()) {
      out.printf("    CLEARED  %s [%s]  \"%s\"  page %d: %s%n", s.listedName(), s.listCode(), oneLine(s.matchedText()),
          s.page(), s.clearedBy());
    }
    for (String note : report.notes()) {
      out.printf("    note: %s%n", note);
    }
  }

  /** The document as read: who, what, where to. */
  private static void printStructured(dev.chipscreen.core.document.TradeDocument doc, PrintWriter out) {
    for (var p : doc.parties()) {
      out.printf("    %-13s %s%s%n", p.role(), p.name(), p.country() == null ? "" : " (" + p.country() + ")");
    }
    var r = doc.route();
    StringBuilder route = new StringBuilder();
    for (var f : new dev.chipscreen.core.document.TradeDocument.Field[] {r.portOfLoading(), r.portOfDischarge(),
        r.placeOfDelivery(), r.finalDestination()}) {
      if (f != null) {
        route.append(route.isEmpty() ? "" : " -> ").append(f.value());
      }
    }
    if (!route.isEmpty()) {
      out.printf("    ROUTE         %s%n", route);
    }
    var t = doc.transport();
    if (t.vessel() != null || t.flight() != null) {
      out.printf("    TRANSPORT     %s%n", t.flight() != null ? "flight " + t.flight().value()
          : t.vessel().value() + (t.voyage() == null ? "" : " / " + t.voyage().value()));
    }
    for (var g : doc.goods()) {
      out.printf("    GOODS         %s%s%s%s%n", g.description(), g.hsCode() == null ? "" : ", HS " + g.hsCode(),
          g.quantity() == null ? "" : ", qty " + g.quantity(),
          g.unitPrice() == null ? "" : ", " + (g.currency() == null ? "" : g.currency() + " ") + g.unitPrice().toPlainString());
    }
    if (doc.incoterms() != null) {
      out.printf("    INCOTERMS     %s%n", doc.incoterms().value());
    }
    if (doc.paymentTerms() != null) {
      out.printf("    PAYMENT       %s%n", doc.paymentTerms().value());
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
