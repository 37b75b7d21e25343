package dev.chipscreen.core.view;

import static dev.chipscreen.core.view.FindingFacts.against;
import static dev.chipscreen.core.view.FindingFacts.cap;
import static dev.chipscreen.core.view.FindingFacts.documentParty;
import static dev.chipscreen.core.view.FindingFacts.matched;
import static dev.chipscreen.core.view.FindingFacts.ocr;
import static dev.chipscreen.core.view.FindingFacts.quote;
import static dev.chipscreen.core.view.FindingFacts.what;
import static dev.chipscreen.core.view.FindingFacts.where;
import static dev.chipscreen.core.view.Html.bdi;
import static dev.chipscreen.core.view.Html.text;
import static dev.chipscreen.core.view.Html.words;
import static dev.chipscreen.core.view.Tables.TABLE;
import static dev.chipscreen.core.view.Tables.cells;
import static dev.chipscreen.core.view.Tables.compare;
import static dev.chipscreen.core.view.Tables.head;
import static dev.chipscreen.core.view.Tables.lines;
import static dev.chipscreen.core.view.Tables.money;
import static dev.chipscreen.core.view.Tables.row;
import static dev.chipscreen.core.view.Tables.rowHtml;

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
import dev.chipscreen.core.report.Status;
import dev.chipscreen.core.report.Suppression;
import dev.chipscreen.core.report.UnreadableFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The building blocks of the report page and the alert e-mail: HTML fragments, each made only of
 * the report's facts, every document- or list-derived string escaped by {@link Html#text}. Styles
 * are inline where a mail client must keep them (colours, the highlighted match).
 */
public final class Blocks {

  static final String LINE = "font-family:ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;"
      + "overflow-wrap:anywhere;background:#f6f6f6;border-left:4px solid #888;padding:4px 8px;margin:4px 0";

  private Blocks() {
  }

  /** The verdict: severity as word and colour, and the sentence saying why. */
  public static String verdict(ScreeningReport report) {
    return "<div class=\"verdict\" style=\"border-left:8px solid " + Html.colour(report.severity())
        + ";padding:8px 12px;margin:0 0 12px;background:#fafafa\"><div>" + Html.badge(report.severity())
        + " <span style=\"font-size:1.25em;font-weight:bold;overflow-wrap:anywhere\">" + text(Verdict.sentence(report))
        + "</span></div>"
        + "<div style=\"margin-top:4px;overflow-wrap:anywhere\">Document " + bdi(report.document().name())
        + "</div></div>";
  }

  /** Type, pages, route, transport and terms of the document, as read. */
  public static String documentSummary(ScreeningReport report) {
    StringBuilder out = new StringBuilder(TABLE);
    var doc = report.document();
    row(out, "Type", text(words(doc.type())) + ", " + doc.pages() + " page(s), " + text(doc.mediaType()) + ", "
        + doc.sizeBytes() + " bytes");
    if (doc.ocrPages() != null) {
      row(out, "Read by OCR", "page(s) " + text(doc.ocrPages().toString()) + " (" + text(doc.ocrEngine())
          + "): check findings on them against the page image");
    }
    TradeDocument s = report.structured();
    if (s != null) {
      if (s.route() != null) {
        List<String> legs = new ArrayList<>();
        FindingFacts.routeLegs(s.route()).forEach((label, f) -> leg(legs, label, f));
        if (!legs.isEmpty()) {
          row(out, "Route", String.join(" &rarr; ", legs)
              + (s.route().countries().isEmpty() ? "" : " (" + text(String.join(", ", s.route().countries())) + ")"));
        }
      }
      if (s.transport() != null) {
        List<String> means = new ArrayList<>();
        leg(means, "vessel", s.transport().vessel());
        leg(means, "voyage", s.transport().voyage());
        leg(means, "flight", s.transport().flight());
        if (!means.isEmpty()) {
          row(out, "Vessel / flight", String.join(", ", means));
        }
      }
      field(out, "Incoterms", s.incoterms());
      field(out, "Payment terms", s.paymentTerms());
      field(out, "Total", s.totalAmount());
      for (TradeDocument.Field ref : s.references()) {
        // "invoiceNumber" reads "invoice number".
        field(out, words(ref.name().replaceAll("([a-z])([A-Z])", "$1_$2")), ref);
      }
    }
    row(out, "SHA-256", "<code>" + text(doc.sha256()) + "</code>");
    return out.append("</table>").toString();
  }

  /**
   * One row per party of the document: role, name, address, country, page, and the list entry it
   * matches when a party finding stands in its block.
   */
  public static String parties(ScreeningReport report) {
    return parties(report, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /**
   * The party blocks, at most {@code maxParties} rows with each value cut to {@code maxChars} (an
   * e-mail's size must not grow with the document: SES refuses messages over 10 MB).
   */
  public static String parties(ScreeningReport report, int maxParties, int maxChars) {
    TradeDocument doc = report.structured();
    if (doc == null || doc.parties().isEmpty()) {
      return "<p>No party blocks were read from the document.</p>";
    }
    java.util.Map<TradeDocument.Party, PartyFinding> listed = FindingFacts.listedParties(report);
    StringBuilder out = new StringBuilder(TABLE).append("<tr>");
    head(out, "Role", "Name", "Address", "Country", "On a list");
    out.append("</tr>");
    int shown = 0;
    for (TradeDocument.Party p : doc.parties()) {
      if (shown++ == maxParties) {
        break;
      }
      PartyFinding finding = listed.get(p);
      String onList = finding == null ? "no match" : Html.badge(finding.severity()) + " "
          + bdi(FindingFacts.cap(finding.listedName(), maxChars)) + " ("
          + text(finding.listCode() + ", " + words(finding.tier())) + ")";
      out.append("<tr>");
      cells(out, text(words(p.role())), bdi(FindingFacts.cap(p.name(), maxChars)),
          bdi(FindingFacts.cap(p.address(), maxChars)), text(p.country()), onList);
      out.append("</tr>");
    }
    out.append("</table>");
    if (doc.parties().size() > maxParties) {
      out.append("<p>").append(text((doc.parties().size() - maxParties) + " more part(y/ies): see the report page."))
          .append("</p>");
    }
    return out.toString();
  }

  /** Goods lines: description, HS code, quantity, unit price, amount. */
  public static String goods(TradeDocument doc) {
    if (doc == null || doc.goods().isEmpty()) {
      return "<p>No goods lines were read from the document.</p>";
    }
    StringBuilder out = new StringBuilder(TABLE).append("<tr>");
    head(out, "Description", "HS code", "Quantity", "Unit price", "Amount", "Page");
    out.append("</tr>");
    for (TradeDocument.GoodsLine g : doc.goods()) {
      out.append("<tr>");
      cells(out, bdi(g.description()), text(g.hsCode()), g.quantity() == null ? "" : g.quantity().toString(),
          money(g.unitPrice(), g.currency()), money(g.amount(), g.currency()), String.valueOf(g.page()));
      out.append("</tr>");
    }
    return out.append("</table>").toString();
  }

  /** The title of a finding: what it is, its severity in words, where. */
  public static String title(Finding finding) {
    return Html.badge(finding.severity()) + " <b>" + text(what(finding)) + "</b> <span style=\"color:#555\">("
        + text(where(finding)) + ")</span>" + ocrMark(ocr(finding));
  }

  /** The line a finding stands in, the match highlighted; "" when the report has no quote for it. */
  public static String line(ScreeningReport report, Finding finding) {
    return line(report, finding, Integer.MAX_VALUE);
  }

  /** As {@link #line(ScreeningReport, Finding)}, at most about maxChars long (the e-mail's bound). */
  public static String line(ScreeningReport report, Finding finding, int maxChars) {
    Evidence.Quote quote = quote(report, finding);
    if (quote == null || quote.line().length() > maxChars) {
      String matched = cap(matched(finding), maxChars);
      return matched == null ? "" : "<div style=\"" + LINE + "\"><mark style=\"" + Html.MARK_STYLE + "\">"
          + bdi(matched) + "</mark></div>";
    }
    return "<div class=\"line\" style=\"" + LINE + "\">" + Html.highlighted(quote) + "</div>";
  }

  /** A finding in brief, for the e-mail: title, line, and against what in one sentence. */
  public static String findingBrief(ScreeningReport report, Finding finding, int maxChars) {
    return "<div class=\"finding\" style=\"border-left:6px solid " + Html.colour(finding.severity())
        + ";padding:4px 10px;margin:8px 0\"><div>" + title(finding) + "</div>"
        + line(report, finding, maxChars) + "<div>" + text(cap(against(finding), maxChars)) + "</div></div>";
  }

  /** A finding in full: title, line, and what it is compared with. */
  public static String finding(ScreeningReport report, Finding finding) {
    StringBuilder out = new StringBuilder("<div class=\"finding\" style=\"border:1px solid #ccc;border-left:6px solid ")
        .append(Html.colour(finding.severity())).append(";padding:6px 10px;margin:8px 0\">")
        .append("<div>").append(title(finding)).append("</div>").append(line(report, finding));
    switch (finding) {
      case PartyFinding p -> out.append(partyComparison(report, p));
      case ChipFinding c -> out.append(chipFacts(report, c));
      case DisguisedChipFinding d -> out.append(TABLE).append(rowHtml("Goods", bdi(d.description())))
          .append(rowHtml("HS code", text(d.hsCode()))).append(rowHtml("Unit price", money(d.unitValue(), d.currency())))
          .append(rowHtml("Why", text("score " + d.score() + ": " + d.reason()))).append("</table>");
      case RedFlagFinding r -> out.append("<p>Rule <code>").append(text(String.valueOf(r.rule())))
          .append("</code> fired: ").append(text(r.explanation())).append("</p>");
      case UnreadableFinding u -> out.append("<p>").append(text(u.detail())).append("</p>");
      case IncompleteFinding i -> out.append("<p>").append(text(i.detail())).append("</p>");
    }
    return out.append("</div>").toString();
  }

  /** The document's party beside the list entry, and the other entries the same name matches. */
  public static String partyComparison(ScreeningReport report, PartyFinding p) {
    TradeDocument.Party party = documentParty(report.structured(), p);
    Evidence.ListEntry entry = report.evidence() == null ? null : report.evidence().listEntry(p.listCode(), p.sourceId());
    StringBuilder out = new StringBuilder(TABLE).append("<tr>");
    head(out, "", "In the document", "On the list");
    out.append("</tr>");
    compare(out, "Name", bdi(party == null ? p.matchedText() : party.name()), bdi(p.listedName()));
    compare(out, "Address", party == null ? "" : bdi(party.address()),
        entry == null ? "" : lines(entry.addresses()));
    compare(out, "Country", party == null ? "" : text(party.country()),
        entry == null ? "" : text(String.join(", ", entry.countries())));
    compare(out, "Role / list", text(p.role() == null ? "" : words(p.role())),
        text(p.list()) + " (" + text(p.listCode()) + ")");
    if (entry != null) {
      compare(out, "Program", "", text(String.join("; ", entry.programs())));
      if (entry.licensePolicy() != null) {
        compare(out, "Licence policy", "", text(entry.licensePolicy()));
      }
    }
    compare(out, "Federal Register", "", text(p.federalRegister()));
    compare(out, "Entry id", "", "<code>" + text(p.sourceId()) + "</code>");
    compare(out, "Match", "", text("score " + p.score() + ", " + words(p.tier()) + ": " + p.reason()));
    out.append("</table>");
    if (!p.candidates().isEmpty()) {
      out.append("<p style=\"margin:6px 0 2px\">Other entries the same name matches:</p>").append(TABLE).append("<tr>");
      head(out, "Listed name", "List", "Entry id", "Score", "Why lower");
      out.append("</tr>");
      for (PartyFinding.Candidate c : p.candidates()) {
        out.append("<tr>");
        cells(out, bdi(c.listedName()), text(c.listCode()), "<code>" + text(c.sourceId()) + "</code>",
            String.valueOf(c.score()), text(c.reason()));
        out.append("</tr>");
      }
      out.append("</table>");
    }
    return out.toString();
  }

  /** The catalogue entry behind a chip finding: vendor, ECCN, status and its basis, sources. */
  public static String chipFacts(ScreeningReport report, ChipFinding c) {
    Evidence.CatalogueFacts facts = report.evidence() == null ? null : report.evidence().catalogueFacts(c.model());
    StringBuilder out = new StringBuilder(TABLE);
    row(out, "Catalogue entry", text(c.model() + " (" + c.vendor() + ")"
        + (facts == null || facts.kind() == null ? "" : ", " + words(facts.kind()))
        + (facts == null || facts.tpp() == null ? "" : ", TPP " + facts.tpp())));
    row(out, "ECCN", text(c.eccn()));
    row(out, "Status", text(words(c.controlStatus())) + (facts == null || facts.basis() == null ? ""
        : ": " + text(facts.basis())));
    if (facts != null && !facts.sources().isEmpty()) {
      row(out, "Source", lines(facts.sources()));
    }
    if (c.quantity() != null || c.unitValue() != null) {
      row(out, "On the line", text((c.quantity() == null ? "" : "quantity " + c.quantity())
          + (c.unitValue() == null ? "" : (c.quantity() == null ? "" : ", ") + "unit price "
          + (c.currency() == null ? "" : c.currency() + " ") + c.unitValue().toPlainString())));
    }
    row(out, "Why", text("score " + c.score() + ": " + c.reason()));
    return out.append("</table>").toString();
  }

  /** For an UNREADABLE document: what happened and what to ask the sender for. */
  public static String unreadable(ScreeningReport report) {
    if (report.status() != Status.UNREADABLE) {
      return "";
    }
    return "<div style=\"border:2px solid #9a3412;padding:8px 12px;margin:8px 0\"><p><b>What happened:</b> "
        + text(report.reason()) + "</p><p><b>An unscreened shipment is a compliance gap.</b> "
        + text(SenderRequest.of(report.reason())) + "</p></div>";
  }

  /** Findings the allowlist cleared, and by which entry. */
  public static String suppressed(List<Suppression> suppressed) {
    if (suppressed.isEmpty()) {
      return "<p>None.</p>";
    }
    StringBuilder out = new StringBuilder(TABLE).append("<tr>");
    head(out, "Written", "Listed name", "List", "Page", "Score", "Cleared by");
    out.append("</tr>");
    for (Suppression s : suppressed) {
      out.append("<tr>");
      cells(out, bdi(s.matchedText()), bdi(s.listedName()), text(s.listCode()), String.valueOf(s.page()),
          String.valueOf(s.score()), text(s.clearedBy()));
      out.append("</tr>");
    }
    return out.append("</table>").toString();
  }

  /** The allowlist entry per party finding, ready to paste. */
  public static String howToClear(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      if (f instanceof PartyFinding p) {
        out.append("<p>If <b>").append(bdi(p.matchedText())).append("</b> is not <b>").append(bdi(p.listedName()))
            .append("</b>, add this entry to the <code>entries</code> of your allowlist file (replace the reason):</p>")
            .append("<pre class=\"snippet\" style=\"").append(LINE).append("\">")
            .append(text(AllowlistSnippet.json(p))).append("</pre>");
      }
    }
    return out.isEmpty() ? "<p>No party finding to clear.</p>" : out.toString();
  }

  /** The list versions and the catalogue screened against. */
  public static String lists(ScreeningReport report) {
    StringBuilder out = new StringBuilder();
    if (report.lists().isEmpty()) {
      out.append("<p><b>No restricted-party lists were installed: parties were not screened.</b></p>");
    } else {
      out.append(TABLE).append("<tr>");
      head(out, "Source", "File", "Entries", "SHA-256");
      out.append("</tr>");
      for (var l : report.lists()) {
        out.append("<tr>");
        cells(out, text(l.source()), text(l.file()), String.valueOf(l.entries()), "<code>" + text(l.sha256()) + "</code>");
        out.append("</tr>");
      }
      out.append("</table>");
    }
    return out.append("<p>Chip catalogue ").append(text(report.catalogue())).append("; screened at ")
        .append(text(report.screenedAt())).append(".</p>").toString();
  }

  static String ocrMark(OcrRead ocr) {
    return ocr == null ? "" : " <span style=\"border:1px dashed #555;padding:0 4px\">read by OCR, confidence "
        + String.format(Locale.ROOT, "%.2f", ocr.confidence()) + ": check the page image</span>";
  }

  private static void leg(List<String> legs, String label, TradeDocument.Field f) {
    if (f != null && f.value() != null) {
      legs.add(text(label) + " " + bdi(f.value()));
    }
  }

  private static void field(StringBuilder out, String label, TradeDocument.Field f) {
    if (f != null && f.value() != null) {
      row(out, label, bdi(f.value()));
    }
  }

}
