package dev.chipscreen.core.document;

import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.RedFlagFinding;
import dev.chipscreen.core.report.RedFlagRule;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.text.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The diversion red flags a document can show (shared/reference/chips.md, sections 4 and 5):
 * controlled items bound for China, Hong Kong or Macau; routed through a transshipment hub while a
 * party or place points to China; a freight forwarder as consignee; payment through a third
 * country; an HS code or value that does not fit the goods; relabelling.
 */
public final class RedFlags {

  static final Set<String> CHINA = Set.of("CN", "HK", "MO");
  /** Hubs named in the diversion cases and BIS guidance. */
  static final Set<String> HUBS = Set.of("SG", "MY", "VN", "TH", "ID", "TW", "HK", "AE", "JP");
  static final List<String> FORWARDER_WORDS = List.of("LOGISTICS", "FORWARDING", "FREIGHT", "SHIPPING", "SUPPLY CHAIN",
      "EXPRESS", "CARGO", "TO ORDER", "物流", "货运", "货代", "供应链");
  /** HS headings under which GPUs, boards and servers are declared (8517 for network gear embedding them). */
  static final List<String> GPU_HEADINGS = List.of("8471", "8473", "8542", "8517");
  /** A controlled accelerator, board or server declared below this (USD) a unit is undervalued. */
  static final BigDecimal MIN_CONTROLLED_UNIT_VALUE_USD = new BigDecimal("1000");
  /** The fake brand put on relabelled Nvidia GPUs in the "Operation Gatekeeper" case. */
  static final List<String> RELABEL_BRANDS = List.of("SANDKYAN");

  private RedFlags() {
  }

  public static List<Finding> of(TradeDocument document, List<Finding> findings, String foldedText) {
    List<ChipFinding> controlled = findings.stream().filter(f -> f instanceof ChipFinding c
        && c.controlled()).map(f -> (ChipFinding) f).toList();
    boolean chips = !controlled.isEmpty();
    String models = String.join(", ", new TreeSet<>(controlled.stream().map(ChipFinding::model).toList()));
    List<Finding> flags = new ArrayList<>();

    Set<String> receiving = new LinkedHashSet<>();
    for (TradeDocument.Party p : document.parties()) {
      if (p.role().receives() && p.country() != null) {
        receiving.add(p.country());
      }
    }
    List<String> destinations = new ArrayList<>();
    TradeDocument.Route route = document.route();
    for (TradeDocument.Field f : new TradeDocument.Field[] {route.portOfDischarge(), route.placeOfDelivery(),
        route.finalDestination()}) {
      String code = f == null ? null : RouteReader.placeIn(f.value());
      if (code != null) {
        destinations.add(code);
      }
    }
    Set<String> china = new TreeSet<>();
    for (String c : receiving) {
      if (CHINA.contains(c)) {
        china.add(c);
      }
    }
    for (String c : destinations) {
      if (CHINA.contains(c)) {
        china.add(c);
      }
    }
    if (chips && !china.isEmpty()) {
      flags.add(new RedFlagFinding(RedFlagRule.CHINA_DESTINATION, "controlled items (" + models + ") go to " + china
          + ": a licence is required to export or reexport 3A090/4A090 items to China, Hong Kong or Macau",
          Severity.CRITICAL));
    }

    // Where the goods and the parties trading them are: not the maker's, the carrier's or a bank's seat.
    Set<String> everywhere = new LinkedHashSet<>(route.countries());
    for (TradeDocument.Party p : document.parties()) {
      if (p.country() != null && p.role() != PartyRole.MANUFACTURER && p.role() != PartyRole.CARRIER
          && p.role() != PartyRole.BANK) {
        everywhere.add(p.country());
      }
    }
    // A hub outside China on the way, or Hong Kong on the way to the mainland.
    Set<String> hubs = new TreeSet<>();
    for (String c : everywhere) {
      if (HUBS.contains(c) && !CHINA.contains(c)) {
        hubs.add(c);
      }
    }
    if (everywhere.contains("HK") && everywhere.contains("CN")) {
      hubs.add("HK");
    }
    boolean chinaSide = everywhere.stream().anyMatch(CHINA::contains);
    if (chips && chinaSide && !hubs.isEmpty()) {
      flags.add(new RedFlagFinding(RedFlagRule.TRANSSHIPMENT, "controlled items (" + models + ") pass through " + hubs
          + " while a party or place points to China, Hong Kong or Macau: the route of the prosecuted diversion cases",
          Severity.HIGH));
    }

    for (TradeDocument.Party p : document.parties()) {
      if (p.role() != PartyRole.CONSIGNEE && p.role() != PartyRole.BUYER) {
        continue;
      }
      String name = TextNormalizer.fold(p.name());
      for (String word : FORWARDER_WORDS) {
        if (name.contains(word)) {
          flags.add(new RedFlagFinding(RedFlagRule.FORWARDER_CONSIGNEE, "the " + p.role().name().toLowerCase(java.util.Locale.ROOT)
              + " '" + p.name() + "' is a freight forwarder or logistics firm (or the goods are consigned to order): "
              + "a BIS red flag, the end user is not named", chips ? Severity.MEDIUM : Severity.LOW));
          break;
        }
      }
    }

    Set<String> tradeCountries = new LinkedHashSet<>();
    for (TradeDocument.Party p : document.parties()) {
      if (p.role() != PartyRole.BANK && p.country() != null && p.role() != PartyRole.FORWARDER) {
        tradeCountries.add(p.country());
      }
    }
    Set<String> paymentCountries = new TreeSet<>();
    if (document.paymentTerms() != null) {
      String code = DocumentReader.countryIn(document.paymentTerms().value());
      if (code != null) {
        paymentCountries.add(code);
      }
    }
    for (TradeDocument.Party p : document.parties()) {
      if (p.role() == PartyRole.BANK && p.country() != null) {
        paymentCountries.add(p.country());
      }
    }
    paymentCountries.removeAll(tradeCountries);
    if (!paymentCountries.isEmpty() && !tradeCountries.isEmpty()) {
      flags.add(new RedFlagFinding(RedFlagRule.THIRD_COUNTRY_PAYMENT, "payment or a bank in " + paymentCountries
          + ", where neither seller nor buyer is (" + tradeCountries + "): payment from China or Hong Kong instead of "
          + "the named consignee marked the diversion cases", chips ? Severity.MEDIUM : Severity.LOW));
    }

    // Goods lines by page, folded once: a chip is looked for on its own page only.
    java.util.Map<Integer, List<TradeDocument.GoodsLine>> goodsByPage = new java.util.HashMap<>();
    java.util.Map<TradeDocument.GoodsLine, String> foldedDescription = new java.util.IdentityHashMap<>();
    for (TradeDocument.GoodsLine line : document.goods()) {
      goodsByPage.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(line);
    }
    // One flag per rule and model: a page naming the same chip on every line says it once, and a
    // hostile page of chips and goods lines costs chips x lines lookups, not as many findings.
    java.util.Set<String> flagged = new java.util.HashSet<>();
    for (ChipFinding chip : controlled) {
      String written = TextNormalizer.fold(chip.matchedText());
      for (TradeDocument.GoodsLine line : goodsByPage.getOrDefault(chip.page(), List.of())) {
        if (!foldedDescription.computeIfAbsent(line, l -> TextNormalizer.fold(l.description())).contains(written)) {
          continue;
        }
        if (line.hsCode() != null && GPU_HEADINGS.stream().noneMatch(h -> line.hsCode().replace(".", "").startsWith(h))
            && flagged.add(RedFlagRule.HS_MISMATCH + "|" + chip.model())) {
          flags.add(new RedFlagFinding(RedFlagRule.HS_MISMATCH, chip.model() + " declared under HS " + line.hsCode()
              + ", not a heading for GPUs, GPU boards or servers (8471, 8473, 8542): misdeclared goods",
              Severity.MEDIUM));
        }
        if (line.unitPrice() != null && "USD".equals(line.currency())
            && line.unitPrice().compareTo(MIN_CONTROLLED_UNIT_VALUE_USD) < 0 && flagged.add(RedFlagRule.UNDERVALUED + "|" + chip.model())) {
          flags.add(new RedFlagFinding(RedFlagRule.UNDERVALUED, chip.model() + " declared at USD " + line.unitPrice()
              .toPlainString() + " a unit, below USD " + MIN_CONTROLLED_UNIT_VALUE_USD + ": the value does not fit "
              + "the goods", Severity.MEDIUM));
        }
      }
    }

    for (String brand : RELABEL_BRANDS) {
      if (foldedText.contains(brand)) {
        flags.add(new RedFlagFinding(RedFlagRule.RELABELLING, "the goods carry the brand " + brand
            + ", put on relabelled Nvidia GPUs in a prosecuted smuggling case", Severity.HIGH));
      }
    }
    return flags;
  }
}
