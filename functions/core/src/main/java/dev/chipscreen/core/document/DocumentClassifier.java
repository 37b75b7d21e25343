package dev.chipscreen.core.document;

import dev.chipscreen.core.report.DocumentType;
import java.util.List;
import java.util.Map;

/**
 * Tells the kind of trade document from its words, in English and Chinese. Each type has title
 * phrases (strong) and field labels (weak); the type with the most evidence wins, and a title in
 * the first lines counts double, because that is where a document names itself.
 */
public final class DocumentClassifier {

  /** Characters at the top of the first page where a title counts double. */
  static final int TITLE_ZONE_CHARS = 400;
  static final int TITLE_WEIGHT = 5;
  static final int LABEL_WEIGHT = 1;
  /** Below this much evidence the document is OTHER. */
  static final int MIN_EVIDENCE = 3;

  private record Evidence(List<String> titles, List<String> labels) {
  }

  private static final Map<DocumentType, Evidence> EVIDENCE = Map.of(
      DocumentType.BILL_OF_LADING, new Evidence(
          List.of("BILL OF LADING", "OCEAN BILL", "MASTER BILL", "HOUSE BILL", "提单", "海运提单"),
          List.of("B/L NO", "SHIPPER", "CONSIGNEE", "NOTIFY PARTY", "PORT OF LOADING", "PORT OF DISCHARGE", "VESSEL",
              "VOYAGE", "PLACE OF RECEIPT", "FREIGHT PREPAID", "FREIGHT COLLECT", "CONTAINER NO", "SEAL NO",
              "SHIPPED ON BOARD", "发货人", "收货人", "通知人", "装货港", "卸货港", "船名")),
      DocumentType.SEA_WAYBILL, new Evidence(
          List.of("SEA WAYBILL", "SEAWAYBILL", "SEA WAY BILL", "NON-NEGOTIABLE WAYBILL", "海运单"),
          List.of("SHIPPER", "CONSIGNEE", "PORT OF LOADING", "PORT OF DISCHARGE", "VESSEL", "VOYAGE")),
      DocumentType.AIR_WAYBILL, new Evidence(
          List.of("AIR WAYBILL", "AIRWAYBILL", "AIR WAY BILL", "HOUSE AIR WAYBILL", "MASTER AIR WAYBILL", "AWB NO",
              "HAWB", "MAWB", "航空运单", "空运单"),
          List.of("AIRPORT OF DEPARTURE", "AIRPORT OF DESTINATION", "FLIGHT", "IATA", "CHARGEABLE WEIGHT",
              "ISSUING CARRIER", "NATURE AND QUANTITY OF GOODS", "始发站", "目的站", "航班")),
      DocumentType.COMMERCIAL_INVOICE, new Evidence(
          List.of("COMMERCIAL INVOICE", "PROFORMA INVOICE", "PRO FORMA INVOICE", "TAX INVOICE", "INVOICE NO",
              "商业发票", "发票"),
          List.of("UNIT PRICE", "AMOUNT", "TOTAL AMOUNT", "SELLER", "BUYER", "BILL TO", "SOLD TO", "PAYMENT TERMS",
              "INCOTERMS", "TERMS OF PAYMENT", "BANK", "单价", "金额", "总金额", "卖方", "买方", "付款方式")),
      DocumentType.PACKING_LIST, new Evidence(
          List.of("PACKING LIST", "PACKING SLIP", "PACKAGING LIST", "装箱单"),
          List.of("GROSS WEIGHT", "NET WEIGHT", "G.W.", "N.W.", "CARTON", "CARTONS", "CTNS", "MEASUREMENT",
              "DIMENSIONS", "CBM", "PACKAGES", "毛重", "净重", "箱数", "体积")));

  private DocumentClassifier() {
  }

  /** Classifies folded (upper-case) text. */
  public static DocumentType classify(String foldedText) {
    String top = foldedText.substring(0, Math.min(foldedText.length(), TITLE_ZONE_CHARS));
    // A document names itself first, at the top: the earliest title there decides ("SEA WAYBILL"
    // over the bill-of-lading labels a waybill also carries; "PACKING LIST" over the invoice number
    // it cites); at one position the longer title ("海运提单" over "提单").
    DocumentType titled = null;
    int first = Integer.MAX_VALUE;
    int longest = 0;
    for (Map.Entry<DocumentType, Evidence> entry : EVIDENCE.entrySet()) {
      for (String title : entry.getValue().titles()) {
        int at = top.indexOf(title);
        if (at >= 0 && !title.endsWith(" NO") && (at < first || at == first && title.length() > longest)) {
          titled = entry.getKey();
          first = at;
          longest = title.length();
        }
      }
    }
    if (titled != null) {
      return titled;
    }
    DocumentType best = DocumentType.OTHER;
    int bestScore = MIN_EVIDENCE - 1;
    for (DocumentType type : DocumentType.values()) {
      Evidence evidence = EVIDENCE.get(type);
      if (evidence == null) {
        continue;
      }
      int score = 0;
      for (String title : evidence.titles()) {
        if (top.contains(title)) {
          score += 2 * TITLE_WEIGHT;
        } else if (foldedText.contains(title)) {
          score += TITLE_WEIGHT;
        }
      }
      for (String label : evidence.labels()) {
        if (foldedText.contains(label)) {
          score += LABEL_WEIGHT;
        }
      }
      if (score > bestScore) {
        best = type;
        bestScore = score;
      }
    }
    return best;
  }
}
