package dev.chipscreen.core.view;

import dev.chipscreen.core.document.TradeDocument;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DisguisedChipFinding;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.RedFlagFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.report.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one sentence that says why a document has its severity ("NVIDIA H100 SXM5 to Hong Kong,
 * notify party Inspur (HK) Electronics on the Entity List"), made only of the report's own facts.
 * Plain text: the caller escapes it.
 */
public final class Verdict {

  /** Characters of a document-written value (a destination, a party's name) the sentence quotes. */
  static final int MAX_QUOTED_CHARS = 80;

  /** Models named in the sentence; the findings list the rest. */
  static final int MODELS_NAMED = 2;

  private Verdict() {
  }

  public static String sentence(ScreeningReport report) {
    if (report.status() == Status.UNREADABLE) {
      return "The document could not be read (" + report.reason() + "): it was not screened.";
    }
    List<String> parts = new ArrayList<>();
    String chips = chips(report.findings());
    if (!chips.isEmpty()) {
      String destination = destination(report.structured());
      String eccn = eccn(report.findings());
      parts.add(destination != null ? chips + " to " + FindingFacts.cap(destination, MAX_QUOTED_CHARS)
          : eccn == null ? chips + ", export-controlled" : chips + ", export-controlled: ECCN " + eccn);
    }
    for (Finding finding : report.findings()) {
      if (finding instanceof PartyFinding p && p.severity().atLeast(Severity.MEDIUM)) {
        parts.add((p.role() == null ? "party " : Html.words(p.role()) + " ")
            + FindingFacts.cap(p.listedName(), MAX_QUOTED_CHARS) + " on the " + listName(p.list()));
        break;
      }
    }
    if (parts.isEmpty()) {
      for (Finding finding : report.findings()) {
        String part = switch (finding) {
          case PartyFinding p -> "possible listed party " + FindingFacts.cap(p.listedName(), MAX_QUOTED_CHARS) + " ("
              + listName(p.list()) + ", review)";
          case DisguisedChipFinding d -> "goods that may be an accelerator: "
              + FindingFacts.cap(d.matchedText(), MAX_QUOTED_CHARS);
          case RedFlagFinding r -> "red flag " + Html.words(r.rule());
          case IncompleteFinding i -> "part of the document was not screened (" + i.reason() + ")";
          case ChipFinding c -> c.model() + " (" + Html.words(c.controlStatus()) + ")";
          default -> null;
        };
        if (part != null) {
          parts.add(part);
          break;
        }
      }
    }
    if (parts.isEmpty()) {
      return "Nothing found: no controlled chip, no listed party, no red flag.";
    }
    String sentence = String.join(", ", parts);
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
  }

  /** The export-controlled models named, the first few: "NVIDIA H100 SXM5 and AMD Instinct MI300X". */
  private static String chips(List<Finding> findings) {
    Set<String> models = new LinkedHashSet<>();
    for (Finding f : findings) {
      if (f instanceof ChipFinding c && c.controlled()) {
        models.add(c.model());
      }
    }
    List<String> named = new ArrayList<>(models).subList(0, Math.min(models.size(), MODELS_NAMED));
    String more = models.size() > MODELS_NAMED ? " and " + (models.size() - MODELS_NAMED) + " more" : "";
    return String.join(" and ", named) + more;
  }

  /** The controlled models' ECCN when they share one; null when they differ (each finding gives its own). */
  private static String eccn(List<Finding> findings) {
    Set<String> eccns = new LinkedHashSet<>();
    for (Finding f : findings) {
      if (f instanceof ChipFinding c && c.controlled()) {
        eccns.add(c.eccn());
      }
    }
    return eccns.size() == 1 ? eccns.iterator().next() : null;
  }

  /** Where the goods end up as the document says: final destination, else delivery, else discharge. */
  static String destination(TradeDocument doc) {
    if (doc == null || doc.route() == null) {
      return null;
    }
    TradeDocument.Route r = doc.route();
    for (TradeDocument.Field f : new TradeDocument.Field[] {r.finalDestination(), r.placeOfDelivery(),
        r.portOfDischarge()}) {
      if (f != null && f.value() != null && !f.value().isBlank()) {
        return f.value();
      }
    }
    return null;
  }

  /** "Entity List (EL) - Bureau of Industry and Security" reads "Entity List". */
  static String listName(String list) {
    int cut = list.indexOf(" (");
    return cut > 0 ? list.substring(0, cut) : list;
  }
}
