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

  static void print(ScreeningReport report, PrintWriter out) {
    out.printf("%s  %s  %s  %s, %d page(s)%n", report.severity(), report.document().name(), report.status(),
        report.document().type(), report.document().pages());
    if (report.reason() != null) {
      out.printf("    reason: %s%n", report.reason());
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
        }
        case UnreadableFinding u -> out.printf("    UNREADABLE  %s: %s%n", u.reason(), u.detail());
        case IncompleteFinding i -> out.printf("    INCOMPLETE  %s: %s%n", i.reason(), i.detail());
        case DisguisedChipFinding d -> {
          out.printf("    DISGUISED?  \"%s\"  page %d  score %.2f%n", oneLine(d.matchedText()), d.page(), d.score());
          out.printf("           %s%n", d.reason());
        }
      }
    }
    for (dev.chipscreen.core.report.Suppression s : report.suppressed()) {
      out.printf("    CLEARED  %s [%s]  \"%s\"  page %d: %s%n", s.listedName(), s.listCode(), oneLine(s.matchedText()),
          s.page(), s.clearedBy());
    }
    for (String note : report.notes()) {
      out.printf("    note: %s%n", note);
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
