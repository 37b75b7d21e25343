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
          List.of("SHIPPER", "CONSIGNEE", "PORT OF LOADING", "PORT OF DISCHARGE", "VESSEL", "VOYAGE", "WAYBILL NO",
              "SWB NO", "NON-NEGOTIABLE", "NON NEGOTIABLE")),
      DocumentType.AIR_WAYBILL, new Evidence(
          List.of("AIR WAYBILL", "AIRWAYBILL", "AIR WAY BILL", "HOUSE AIR WAYBILL", "MASTER AIR WAYBILL", "AWB NO",
              "HAWB", "MAWB", "航空运单", "空运单"),
          List.of("AIRPORT OF DEPARTURE", "AIRPORT OF DESTINATION", "FLIGHT", "IATA", "CHARGEABLE WEIGHT",
              "ISSUING CARRIER", "NATURE AND QUANTITY OF GOODS", "始发站", "目的站", "航班")),
      DocumentType.COMMERCIAL_INVOICE, new Evidence(
          List.of("COMMERCIAL INVOICE", "TAX INVOICE", "INVOICE NO", "商业发票", "发票"),
          List.of("UNIT PRICE", "AMOUNT", "TOTAL AMOUNT", "SELLER", "BUYER", "BILL TO", "SOLD TO", "PAYMENT TERMS",
              "INCOTERMS", "TERMS OF PAYMENT", "BANK", "单价", "金额", "总金额", "卖方", "买方", "付款方式")),
      DocumentType.PACKING_LIST, new Evidence(
          List.of("PACKING LIST", "PACKING SLIP", "PACKAGING LIST", "装箱单"),
          List.of("GROSS WEIGHT", "NET WEIGHT", "G.W.", "N.W.", "CARTON", "CARTONS", "CTNS", "MEASUREMENT",
              "DIMENSIONS", "CBM", "PACKAGES", "毛重", "净重", "箱数", "体积")));

  /**
   * Titles of trade documents that are none of the five types: a proforma invoice is an offer,
   * not a commercial invoice for customs; a purchase order, shipping instructions and a cargo
   * manifest carry a bill of lading's labels without being one. A document titled so is OTHER.
   */
  static final List<String> OTHER_TITLES = List.of("PROFORMA INVOICE", "PRO FORMA INVOICE", "PRO-FORMA INVOICE",
      "PROFORMA", "PURCHASE ORDER", "SHIPPING INSTRUCTIONS", "SHIPPING INSTRUCTION",
      "SHIPPER'S LETTER OF INSTRUCTIONS", "SHIPPER'S LETTER OF INSTRUCTION", "BOOKING CONFIRMATION",
      "CARGO MANIFEST", "CONSOLIDATION MANIFEST", "FREIGHT MANIFEST", "MANIFEST", "ORDER CONFIRMATION", "QUOTATION",
      "DELIVERY NOTE", "形式发票", "采购订单", "托运单", "舱单");

  /** Letters a single space apart, three or more: a letter-spaced title ("I N V O I C E"). */
  private static final java.util.regex.Pattern SPACED_LETTERS =
      java.util.regex.Pattern.compile("(?<![A-Z])[A-Z](?: [A-Z]){2,}(?![A-Z])");

  private DocumentClassifier() {
  }

  /** The text with letter-spaced words written together, as {@code Tokenizer} reads them. */
  static String joinSpacedLetters(String folded) {
    java.util.regex.Matcher m = SPACED_LETTERS.matcher(folded);
    if (!m.find()) {
      return folded;
    }
    StringBuilder out = new StringBuilder(folded.length());
    do {
      m.appendReplacement(out, m.group().replace(" ", ""));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /** Cells of a table header that lists shipments, one row each: a cargo manifest, not a bill of lading. */
  private static final List<String> SHIPMENT_COLUMNS = List.of("B/L NO", "B/L NO.", "BL NO", "HBL NO", "HAWB NO",
      "AWB NO", "SHIPPER", "CONSIGNEE");

  /**
   * True when a line is a table header (cells split by tabs or commas) whose cells name a bill
   * number, the shipper and the consignee: every row below is another shipment.
   */
  static boolean listsShipments(String folded) {
    for (int start = 0, end; start < folded.length(); start = end + 1) {
      end = folded.indexOf('\n', start);
      if (end < 0) {
        end = folded.length();
      }
      String line = folded.substring(start, end);
      if (line.indexOf('\t') < 0 && line.indexOf(',') < 0) {
        continue;
      }
      java.util.Set<String> cells = new java.util.HashSet<>();
      for (String cell : line.split("[\t,]")) {
        cells.add(cell.strip());
      }
      boolean bill = cells.stream().anyMatch(c -> SHIPMENT_COLUMNS.subList(0, 6).contains(c));
      if (bill && cells.contains("SHIPPER") && cells.contains("CONSIGNEE")) {
        return true;
      }
    }
    return false;
  }

  /** True when the title, as whole words, ends a line of the text (a heading; two types' headings cancel out). */
  private static boolean closesALine(String text, String title) {
    for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      int end = at + title.length();
      boolean endsLine = end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
      boolean opens = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      if (endsLine && opens) {
        return true;
      }
    }
    return false;
  }

  /** Where a title stands in the text as whole words, or -1 ("MANIFEST" is not in "MANIFESTED"). */
  private static int titleAt(String text, String title) {
    boolean latin = title.charAt(0) < 0x3000;
    for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      int end = at + title.length();
      if (!latin || ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
          && (end >= text.length() || !Character.isLetter(text.charAt(end))))) {
        return at;
      }
    }
    return -1;
  }

  /** Classifies folded (upper-case) text. */
  public static DocumentType classify(String text) {
    // Titles are read as words: letters written apart joined, and the gaps between words evened out.
    String foldedText = joinSpacedLetters(text).replaceAll(" {2,}", " ");
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
    for (String title : OTHER_TITLES) {
      int at = titleAt(top, title);
      if (at >= 0 && (at < first || at == first && title.length() > longest)) {
        titled = DocumentType.OTHER;
        first = at;
        longest = title.length();
      }
    }
    if (titled != null) {
      return titled;
    }
    // Below the top, a title still names the document where it closes a line, as the heading of a
    // box's right-hand column does ("Galaxy Textile Trading L.L.C.   SEA WAYBILL").
    DocumentType headed = null;
    for (Map.Entry<DocumentType, Evidence> entry : EVIDENCE.entrySet()) {
      for (String title : entry.getValue().titles()) {
        if (!title.endsWith(" NO") && closesALine(foldedText, title)) {
          if (headed != null && headed != entry.getKey()) {
            headed = DocumentType.OTHER;
          } else {
            headed = entry.getKey();
          }
        }
      }
    }
    if (headed != null && headed != DocumentType.OTHER) {
      return headed;
    }
    if (listsShipments(foldedText)) {
      return DocumentType.OTHER;
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
