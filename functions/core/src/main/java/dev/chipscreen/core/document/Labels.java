package dev.chipscreen.core.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The labels trade documents put before their fields, in English and Chinese, folded: the one
 * table every reader uses. {@link DocumentReader} reads all of them, {@link PartyRoles} the party
 * labels, {@link RouteReader} the route labels, and the party matcher the words that open a
 * label, so that a label added here is read the same way by each of them.
 */
public final class Labels {

  /** Field names of the structured document ({@link TradeDocument.Field#name()}). */
  public static final String PORT_OF_LOADING = "portOfLoading";
  public static final String PORT_OF_DISCHARGE = "portOfDischarge";
  public static final String PLACE_OF_DELIVERY = "placeOfDelivery";
  public static final String FINAL_DESTINATION = "finalDestination";

  /** Fields that number or date the document: they head no block of their own. */
  static final Set<String> REFERENCE_FIELDS = Set.of("blNumber", "invoiceNumber", "awbNumber", "orderNumber",
      "packingListNumber", "contractNumber", "date");

  /** Route fields, in the order goods travel. */
  static final Set<String> ROUTE_FIELDS = Set.of(PORT_OF_LOADING, PORT_OF_DISCHARGE, PLACE_OF_DELIVERY,
      FINAL_DESTINATION);

  /**
   * What a label introduces: a party in a role, or a named field. Exactly one of the two is set.
   *
   * @param role  the party's role, for a party label
   * @param field the field's name, for any other label
   */
  public record Target(PartyRole role, String field) {
    static Target party(PartyRole role) {
      return new Target(role, null);
    }

    static Target field(String field) {
      return new Target(null, field);
    }

    public boolean isParty() {
      return role != null;
    }

    boolean isRoute() {
      return field != null && ROUTE_FIELDS.contains(field);
    }
  }

  /** Every label, longest first so that "ULTIMATE CONSIGNEE" wins over "CONSIGNEE". */
  static final Map<String, Target> ALL;
  /** The party labels of {@link #ALL}, in its order. */
  static final Map<String, PartyRole> PARTIES;
  /** The route labels of {@link #ALL}, in its order. */
  static final Map<String, String> ROUTE;
  /**
   * Words that open a label heading a block ("NOTIFY", "PORT", "发货人"): a written name does not
   * run back over them. Reference labels ("PO NO", "DATE") and "TOTAL" are left out: "P.O. Box"
   * is an address.
   */
  static final Set<String> OPENING_WORDS;

  static {
    Map<String, Target> all = new LinkedHashMap<>();
    party(all, PartyRole.END_USER, "ULTIMATE CONSIGNEE", "END USER", "最终用户");
    party(all, PartyRole.FORWARDER, "FORWARDING AGENT", "FREIGHT FORWARDER", "FORWARDER", "AGENT", "货代");
    party(all, PartyRole.SHIPPER, "SHIPPER/EXPORTER", "SHIPPER / EXPORTER", "CONSIGNOR", "SHIPPER", "EXPORTER",
        "发货人", "托运人", "出口商");
    party(all, PartyRole.BANK, "ISSUING BANK", "PAYING BANK", "ADVISING BANK", "BENEFICIARY BANK", "BANK", "开证行",
        "银行");
    party(all, PartyRole.NOTIFY_PARTY, "NOTIFY PARTY", "NOTIFY", "通知人", "通知方");
    party(all, PartyRole.CONSIGNEE, "DELIVER TO", "SHIP TO", "CONSIGNEE", "RECEIVER", "收货人");
    party(all, PartyRole.BUYER, "SOLD TO", "BILL TO", "BUYER", "IMPORTER", "APPLICANT", "PURCHASER", "CUSTOMER",
        "CLIENT", "MESSRS", "买方", "进口商");
    party(all, PartyRole.SELLER, "SELLER", "VENDOR", "SUPPLIER", "BENEFICIARY", "PAYEE", "卖方");
    party(all, PartyRole.MANUFACTURER, "MANUFACTURER");
    party(all, PartyRole.CARRIER, "CARRIER");
    field(all, FINAL_DESTINATION, "COUNTRY OF ULTIMATE DESTINATION", "COUNTRY OF DESTINATION", "FINAL DESTINATION",
        "DESTINATION", "最终目的地", "目的国");
    field(all, PORT_OF_DISCHARGE, "AIRPORT OF DESTINATION", "PORT OF DESTINATION", "PORT OF DISCHARGE",
        "DESTINATION AIRPORT", "DESTINATION PORT", "卸货港", "目的港", "目的站");
    field(all, PORT_OF_LOADING, "AIRPORT OF DEPARTURE", "PORT OF LOADING", "装货港", "起运港", "始发站");
    field(all, PLACE_OF_DELIVERY, "PLACE OF DELIVERY", "交货地点");
    field(all, "blNumber", "BILL OF LADING NO", "B/L NO", "提单号");
    field(all, "awbNumber", "AIR WAYBILL NO", "AWB NO", "运单号");
    field(all, "packingListNumber", "PACKING LIST NO", "装箱单号");
    field(all, "invoiceNumber", "INVOICE NO", "发票号");
    field(all, "contractNumber", "CONTRACT NO", "合同号");
    field(all, "orderNumber", "PO NO");
    field(all, "vesselVoyage", "VESSEL / VOYAGE", "VESSEL/VOYAGE");
    field(all, "vessel", "OCEAN VESSEL", "VESSEL", "船名");
    field(all, "voyage", "VOYAGE", "航次");
    field(all, "flight", "FLIGHT NO", "FLIGHT", "航班");
    field(all, "paymentTerms", "PAYMENT TERMS", "TERMS OF PAYMENT", "付款方式", "付款条件");
    field(all, "totalAmount", "TOTAL AMOUNT", "总金额");
    field(all, "incoterms", "TRADE TERMS", "INCOTERMS", "贸易条款", "价格条款");
    field(all, "date", "DATE", "日期");
    ALL = Collections.unmodifiableMap(longestFirst(all));
    Map<String, PartyRole> parties = new LinkedHashMap<>();
    Map<String, String> route = new LinkedHashMap<>();
    Set<String> opening = new LinkedHashSet<>();
    Map<String, java.util.List<String>> byFirstWord = new java.util.HashMap<>();
    for (Map.Entry<String, Target> entry : ALL.entrySet()) {
      if (entry.getValue().isParty()) {
        parties.put(entry.getKey(), entry.getValue().role());
      } else if (entry.getValue().isRoute()) {
        route.put(entry.getKey(), entry.getValue().field());
      }
      String[] words = words(entry.getKey());
      if (entry.getValue().isParty() || !REFERENCE_FIELDS.contains(entry.getValue().field())
          && !"totalAmount".equals(entry.getValue().field())) {
        opening.add(words[0]);
      }
      byFirstWord.computeIfAbsent(words[0], w -> new java.util.ArrayList<>()).add(entry.getKey());
    }
    PARTIES = Collections.unmodifiableMap(parties);
    ROUTE = Collections.unmodifiableMap(route);
    OPENING_WORDS = Collections.unmodifiableSet(opening);
    BY_FIRST_WORD = Collections.unmodifiableMap(byFirstWord);
  }

  /** The labels written in Chinese. */
  private static final java.util.List<String> HAN_LABELS = ALL.keySet().stream().filter(l -> l.charAt(0) >= 0x3000)
      .toList();

  /** Every label, by its first word ("PORT" → "PORT OF LOADING", "PORT OF DISCHARGE", ...). */
  private static final Map<String, java.util.List<String>> BY_FIRST_WORD;

  /** A label's words as the tokenizer gives them: split at spaces and slashes; a Chinese label is one word. */
  private static String[] words(String label) {
    return label.split("[ /]+");
  }

  /**
   * True when a whole label starts at {@code at} in folded text: "PLACE OF DELIVERY" does, "Pacific
   * Place, 88 Queensway" does not. Where a block's end must be found in an address, a label's first
   * word alone ("Trade", "Ocean", "Place") is not enough.
   */
  public static boolean wholeLabelAt(String folded, int at) {
    int end = at;
    while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
      end++;
    }
    // Chinese labels run into the name without a space ("收货人深圳..."): tried by prefix.
    java.util.List<String> candidates = at < folded.length() && folded.charAt(at) >= 0x3000 ? HAN_LABELS
        : BY_FIRST_WORD.getOrDefault(folded.substring(at, end), java.util.List.of());
    for (String label : candidates) {
      int after = at + label.length();
      if (folded.startsWith(label, at)
          && (after >= folded.length() || !Character.isLetterOrDigit(folded.charAt(after)))) {
        return true;
      }
    }
    return false;
  }


  private Labels() {
  }

  /** Every word that opens a label, for readers outside this package. */
  public static boolean opensALabel(String foldedWord) {
    return OPENING_WORDS.contains(foldedWord);
  }

  private static void party(Map<String, Target> table, PartyRole role, String... labels) {
    for (String label : labels) {
      put(table, label, Target.party(role));
    }
  }

  private static void field(Map<String, Target> table, String field, String... labels) {
    for (String label : labels) {
      put(table, label, Target.field(field));
    }
  }

  private static void put(Map<String, Target> table, String label, Target target) {
    if (table.put(label, target) != null) {
      throw new IllegalStateException("label listed twice: " + label);
    }
  }

  /** The table sorted longest label first (stable), so that a longer label is tried before its part. */
  private static Map<String, Target> longestFirst(Map<String, Target> table) {
    Map<String, Target> sorted = new LinkedHashMap<>();
    table.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
