package dev.chipscreen.core.view;

import static dev.chipscreen.core.view.Html.words;

import dev.chipscreen.core.document.TradeDocument;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DisguisedChipFinding;
import dev.chipscreen.core.report.Evidence;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.OcrRead;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.RedFlagFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.UnreadableFinding;
import dev.chipscreen.core.text.TextNormalizer;
import java.util.Locale;

/**
 * Plain-text facts about a finding that the HTML and text views share: what and where it is, the
 * line it stands in, what it is compared with, the document's party block it stands in. Nothing
 * here is escaped: the views escape what they print.
 */
public final class FindingFacts {

  private FindingFacts() {
  }

  /** The title as plain text, without the severity. */
  public static String plainTitle(Finding finding) {
    OcrRead ocr = ocr(finding);
    return what(finding) + " (" + where(finding) + ")" + (ocr == null ? ""
        : String.format(Locale.ROOT, "; read by OCR, confidence %.2f: check the page image", ocr.confidence()));
  }

  static String where(Finding finding) {
    return switch (finding) {
      case ChipFinding c -> "page " + c.page();
      case PartyFinding p -> "page " + p.page() + (p.role() == null ? "" : ", " + words(p.role()));
      case DisguisedChipFinding d -> "page " + d.page();
      default -> "whole document";
    };
  }

  static String what(Finding finding) {
    return switch (finding) {
      case ChipFinding c -> "Controlled chip: " + c.model();
      case PartyFinding p -> "Listed party (" + words(p.tier()) + "): " + p.listedName();
      case DisguisedChipFinding d -> "Possible disguised accelerator";
      case RedFlagFinding r -> "Red flag: " + words(r.rule());
      case UnreadableFinding u -> "Unreadable document: " + u.reason();
      case IncompleteFinding i -> "Partly screened: " + i.reason();
    };
  }

  /** The quote of a finding's line, or null when the report has none for it. */
  public static Evidence.Quote quote(ScreeningReport report, Finding finding) {
    int[] at = position(finding);
    return report.evidence() == null || at == null ? null : report.evidence().quote(at[0], at[1]);
  }

  /** What a finding is compared with and why it matters, in one plain-text sentence. */
  public static String against(Finding finding) {
    return switch (finding) {
      case ChipFinding c -> c.model() + " (" + c.vendor() + ", ECCN " + c.eccn() + ", " + words(c.controlStatus())
          + ")" + (c.quantity() == null ? "" : "; quantity " + c.quantity())
          + (c.unitValue() == null ? "" : "; unit price " + (c.currency() == null ? "" : c.currency() + " ")
              + c.unitValue().toPlainString()) + "; score " + c.score() + ": " + c.reason();
      case PartyFinding p -> p.listedName() + " on the " + p.list()
          + (p.federalRegister() == null ? "" : " (" + p.federalRegister() + ")") + p.candidatesLine()
          + "; score " + p.score() + ": " + p.reason();
      case DisguisedChipFinding d -> "goods line: " + d.description() + (d.hsCode() == null ? "" : ", HS " + d.hsCode())
          + "; score " + d.score() + ": " + d.reason();
      case RedFlagFinding r -> r.explanation();
      case UnreadableFinding u -> u.detail();
      case IncompleteFinding i -> i.detail();
    };
  }

  /**
   * The document's party block each party finding stands in (the first finding per block), found
   * once per finding: a page of thousands of party blocks costs findings × blocks, not blocks².
   */
  public static java.util.Map<TradeDocument.Party, PartyFinding> listedParties(ScreeningReport report) {
    java.util.Map<TradeDocument.Party, PartyFinding> listed = new java.util.IdentityHashMap<>();
    TradeDocument doc = report.structured();
    if (doc == null) {
      return listed;
    }
    for (Finding f : report.findings()) {
      if (f instanceof PartyFinding finding) {
        TradeDocument.Party party = documentParty(doc, finding);
        if (party != null) {
          listed.putIfAbsent(party, finding);
        }
      }
    }
    return listed;
  }

  /** The route's legs in the order goods travel, by the words the page and the e-mail label them with. */
  static java.util.Map<String, TradeDocument.Field> routeLegs(TradeDocument.Route route) {
    java.util.Map<String, TradeDocument.Field> legs = new java.util.LinkedHashMap<>();
    legs.put("loading", route.portOfLoading());
    legs.put("discharge", route.portOfDischarge());
    legs.put("delivery", route.placeOfDelivery());
    legs.put("final destination", route.finalDestination());
    return legs;
  }

  /** Cuts a value to maxChars with an ellipsis, never inside a surrogate pair. */
  public static String cap(String value, int maxChars) {
    if (value == null || value.length() <= maxChars) {
      return value;
    }
    int cut = Character.isHighSurrogate(value.charAt(maxChars - 2)) ? maxChars - 2 : maxChars - 1;
    return value.substring(0, cut) + "…";
  }

  /** The party block of the document that a finding stands in: same page, and its role or its name. */
  static TradeDocument.Party documentParty(TradeDocument doc, PartyFinding p) {
    if (doc == null) {
      return null;
    }
    String matched = compact(p.matchedText());
    TradeDocument.Party byRole = null;
    for (TradeDocument.Party party : doc.parties()) {
      if (party.page() != p.page()) {
        continue;
      }
      String written = compact(party.name() + " " + party.address());
      if (!matched.isEmpty() && written.contains(matched)) {
        return party;
      }
      if (byRole == null && p.role() != null && p.role() == party.role()) {
        byRole = party;
      }
    }
    return byRole;
  }

  static OcrRead ocr(Finding f) {
    return switch (f) {
      case ChipFinding c -> c.ocr();
      case PartyFinding p -> p.ocr();
      case DisguisedChipFinding d -> d.ocr();
      default -> null;
    };
  }

  /** Page and offset of a finding that quotes the document, or null. */
  static int[] position(Finding f) {
    return switch (f) {
      case ChipFinding c -> new int[] {c.page(), c.offset()};
      case PartyFinding p -> new int[] {p.page(), p.offset()};
      case DisguisedChipFinding d -> new int[] {d.page(), d.offset()};
      default -> null;
    };
  }

  public static String matched(Finding f) {
    return switch (f) {
      case ChipFinding c -> c.matchedText();
      case PartyFinding p -> p.matchedText();
      case DisguisedChipFinding d -> d.matchedText();
      default -> null;
    };
  }

  private static String compact(String s) {
    return s == null ? "" : TextNormalizer.fold(s).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
