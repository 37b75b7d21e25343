package dev.chipscreen.core.document;

import dev.chipscreen.core.extract.Page;
import dev.chipscreen.core.text.GoodsText;
import dev.chipscreen.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of a trade document from its text, in the layouts documents use: "Label: value"
 * lines, a label on its own line with the value below, two labels side by side in a box with
 * their values in columns below, and goods tables. Labels are matched in English and Chinese
 * ("Consignee", "Ship to", "收货人"), and bilingual labels ("收货人 Consignee:") count once.
 */
public final class DocumentReader {

  /** Lines of a party's block read after its name line. */
  static final int MAX_ADDRESS_LINES = 3;
  /** Two or more spaces (or a tab) separate the columns of a box. */
  static final Pattern COLUMN_GAP = Pattern.compile("\\s{2,}|\\t");

  /** A comma-separated piece of a name that is only a legal form: "Ltd.", "Limited", "LLC". */
  private static final Pattern LEGAL_FORM_SEGMENT = Pattern.compile(
      "(?i)(?:co|company|ltd|limited|inc|llc|corp|corporation|pte|bhd|sdn|gmbh|sa|ag|bv|plc|fze|jsc)\\.?"
          + "(?:\\s+(?:ltd|limited|bhd|inc)\\.?)?");


  private static final Pattern HS_CODE = Pattern.compile(
      "(?:HS(?:\\s*CODE)?[:.\\s]*)(\\d{4}(?:\\.\\d{2}){1,3}|\\d{6,10})|(?<![\\d.,])(\\d{4}\\.\\d{2}(?:\\.\\d{2,4})?)(?![\\d,])");
  private static final Pattern INCOTERM = Pattern.compile("\\b(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\\b");
  private static final Pattern LEADING_ITEM_NUMBER = Pattern.compile("^\\s*(?:\\d{1,3}[.)]?|NO\\.?\\s*\\d+)\\s+");

  private DocumentReader() {
  }

  /** A label found on a line: where it starts and ends (in the folded line), and its field. */
  record Label(int start, int end, Labels.Target target) {
  }

  public static TradeDocument read(List<Page> pages) {
    Map<String, TradeDocument.Field> fields = new LinkedHashMap<>();
    List<TradeDocument.Party> parties = new ArrayList<>();
    List<TradeDocument.GoodsLine> goods = new ArrayList<>();
    for (Page page : pages) {
      String[] lines = page.text().split("\\r?\\n");
      String[] folded = new String[lines.length];
      for (int i = 0; i < lines.length; i++) {
        folded[i] = TextNormalizer.fold(lines[i]);
      }
      for (int i = 0; i < lines.length; i++) {
        List<Label> labels = labels(folded[i]);
        if (labels.isEmpty()) {
          TradeDocument.GoodsLine line = goodsLine(lines[i], folded[i], page.number());
          if (line != null) {
            goods.add(line);
          }
          continue;
        }
        if (labels.size() == 1) {
          Label label = labels.get(0);
          String value = clean(slice(lines[i], folded[i], label.end(), lines[i].length()));
          List<String> block = new ArrayList<>();
          int next = i + 1;
          if (value.isEmpty()) {
            // The label stands on its own line: the value is below it.
            while (next < lines.length && lines[next].isBlank()) {
              next++;
            }
            while (next < lines.length && !lines[next].isBlank() && labels(folded[next]).isEmpty()
                && block.size() <= MAX_ADDRESS_LINES) {
              block.add(lines[next].strip());
              next++;
            }
          } else {
            block.add(value);
            if (label.target().isParty()) {
              while (next < lines.length && !lines[next].isBlank() && labels(folded[next]).isEmpty()
                  && isAddressLine(lines[next]) && block.size() <= MAX_ADDRESS_LINES) {
                block.add(lines[next].strip());
                next++;
              }
            }
          }
          record(label.target(), block, lines[i], page.number(), fields, parties);
        } else {
          readColumns(lines, folded, i, labels, page.number(), fields, parties);
        }
        TradeDocument.GoodsLine line = goodsLine(lines[i], folded[i], page.number());
        if (line != null && line.hsCode() != null) {
          goods.add(line);
        }
      }
    }
    TradeDocument.Field incoterms = fields.get("incoterms");
    if (incoterms == null) {
      incoterms = findIncoterm(pages);
    }
    List<TradeDocument.Field> references = new ArrayList<>();
    fields.forEach((name, field) -> {
      if (Labels.REFERENCE_FIELDS.contains(name)) {
        references.add(field);
      }
    });
    // The route from every place it is written, where the labelled fields above left it out.
    // A labelled route value that names no place ("Destination: as per buyer instruction") gives
    // way to one that does, wherever the route reader found it.
    RouteReader.read(pages).forEach((name, found) -> fields.merge(name, found,
        (labelled, routed) -> RouteReader.placeIn(labelled.value()) == null ? routed : labelled));
    TradeDocument.Field loading = fields.get(Labels.PORT_OF_LOADING);
    TradeDocument.Field discharge = fields.get(Labels.PORT_OF_DISCHARGE);
    TradeDocument.Field delivery = fields.get(Labels.PLACE_OF_DELIVERY);
    TradeDocument.Field destination = fields.get(Labels.FINAL_DESTINATION);
    Set<String> routeCountries = new LinkedHashSet<>();
    for (TradeDocument.Field f : new TradeDocument.Field[] {loading, discharge, delivery, destination}) {
      String code = f == null ? null : RouteReader.placeIn(f.value());
      if (code != null) {
        routeCountries.add(code);
      }
    }
    return new TradeDocument(parties,
        new TradeDocument.Route(loading, discharge, delivery, destination, List.copyOf(routeCountries)),
        new TradeDocument.Transport(fields.get("vessel"), fields.get("voyage"), fields.get("flight")), references,
        goods, fields.get("totalAmount"), incoterms, fields.get("paymentTerms"));
  }

  /** Two or more labels on one line: side-by-side values, or a box whose values sit in columns below. */
  private static void readColumns(String[] lines, String[] folded, int i, List<Label> labels, int page,
                                  Map<String, TradeDocument.Field> fields, List<TradeDocument.Party> parties) {
    boolean sideBySide = false;
    for (int k = 0; k < labels.size(); k++) {
      int to = k + 1 < labels.size() ? labels.get(k + 1).start() : folded[i].length();
      String value = clean(slice(lines[i], folded[i], labels.get(k).end(), to));
      if (!value.isEmpty()) {
        sideBySide = true;
        record(labels.get(k).target(), List.of(value), lines[i], page, fields, parties);
      }
    }
    if (sideBySide) {
      return;
    }
    List<List<String>> columns = new ArrayList<>();
    for (int k = 0; k < labels.size(); k++) {
      columns.add(new ArrayList<>());
    }
    for (int next = i + 1; next < lines.length && !lines[next].isBlank() && labels(folded[next]).isEmpty()
        && next <= i + 1 + MAX_ADDRESS_LINES; next++) {
      for (int k = 0; k < labels.size(); k++) {
        int from = labels.get(k).start();
        int to = k + 1 < labels.size() ? labels.get(k + 1).start() : Integer.MAX_VALUE;
        String cell = lines[next].length() > from ? lines[next].substring(from, Math.min(to, lines[next].length())) : "";
        if (!cell.isBlank()) {
          columns.get(k).add(cell.strip());
        }
      }
    }
    for (int k = 0; k < labels.size(); k++) {
      if (!columns.get(k).isEmpty()) {
        record(labels.get(k).target(), columns.get(k), lines[i], page, fields, parties);
      }
    }
  }

  /** Characters of a line kept as a field's source: a megabyte line of labels is not copied once per label. */
  static final int MAX_SOURCE_CHARS = 400;

  /** The line a field was read from, as the report shows it: stripped, and cut to {@link #MAX_SOURCE_CHARS}. */
  private static String source(String line) {
    return TextNormalizer.prefix(line, MAX_SOURCE_CHARS).strip();
  }

  private static void record(Labels.Target target, List<String> block, String line, int page,
                             Map<String, TradeDocument.Field> fields, List<TradeDocument.Party> parties) {
    // "Carrier / Flight / Vessel" over an empty box leaves "/": punctuation alone is no value.
    if (block.isEmpty() || block.get(0).codePoints().noneMatch(Character::isLetterOrDigit)) {
      return;
    }
    if (target.isParty()) {
      // The name runs to the first comma, and on over legal forms that follow one ("Co., Ltd.").
      String[] segments = block.get(0).split(",");
      StringBuilder name = new StringBuilder(segments[0].strip());
      int next = 1;
      while (next < segments.length && LEGAL_FORM_SEGMENT.matcher(segments[next].strip()).matches()) {
        name.append(", ").append(segments[next].strip());
        next++;
      }
      List<String> address = new ArrayList<>();
      StringBuilder rest = new StringBuilder();
      for (int k = next; k < segments.length; k++) {
        rest.append(rest.isEmpty() ? "" : ",").append(segments[k]);
      }
      if (!rest.isEmpty()) {
        address.add(rest.toString().strip());
      }
      address.addAll(block.subList(1, block.size()));
      String joined = String.join(", ", address);
      parties.add(new TradeDocument.Party(target.role(), name.toString(), joined,
          countryIn(name + ", " + joined), page));
      return;
    }
    String field = target.field();
    String value = String.join(" ", block);
    if (field.equals("vesselVoyage")) {
      int slash = value.indexOf('/');
      fields.putIfAbsent("vessel", new TradeDocument.Field("vessel",
          (slash > 0 ? value.substring(0, slash) : value).strip(), page, source(line)));
      if (slash > 0) {
        fields.putIfAbsent("voyage", new TradeDocument.Field("voyage", value.substring(slash + 1).strip(), page,
            source(line)));
      }
      return;
    }
    fields.putIfAbsent(field, new TradeDocument.Field(field, value, page, source(line)));
  }

  /** Labels on a folded line, longest first, not overlapping, each at a line or column start. */
  static List<Label> labels(String folded) {
    List<Label> found = new ArrayList<>();
    // Every check below reads these once-computed indexes, never a copy of the line: a line of
    // megabytes holding a label every few characters then costs linear work, not quadratic.
    LineIndex line = new LineIndex(folded);
    java.util.BitSet taken = new java.util.BitSet(folded.length());
    for (Map.Entry<String, Labels.Target> entry : Labels.ALL.entrySet()) {
      String label = entry.getKey();
      int from = 0;
      while (true) {
        int at = folded.indexOf(label, from);
        if (at < 0) {
          break;
        }
        int end = at + label.length();
        from = at + 1;
        if (!taken.get(at, end).isEmpty()) {
          continue;
        }
        // "CONSIGNEE (SHIP TO)", "SHIPPER (NAME AND ADDRESS):": a bracketed qualifier is part of the label.
        int labelEnd = end;
        if (!standsAlone(folded, line, at, end, label)) {
          int qualified = qualifierEnd(folded, end);
          if (qualified == end || !standsAlone(folded, line, at, qualified, label)) {
            continue;
          }
          labelEnd = qualified;
        }
        int valueStart = labelEnd;
        while (valueStart < folded.length() && (folded.charAt(valueStart) == '.' || folded.charAt(valueStart) == ' ')
            && valueStart - labelEnd < 2) {
          valueStart++;
        }
        if (valueStart < folded.length() && (folded.charAt(valueStart) == ':' || folded.charAt(valueStart) == '：')) {
          valueStart++;
        }
        found.add(new Label(at, valueStart, entry.getValue()));
        taken.set(at, valueStart);
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // "收货人 Consignee:" is one label in two languages.
    List<Label> merged = new ArrayList<>();
    for (Label label : found) {
      Label last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.target().equals(label.target()) && onlySpacesAndSlashes(folded, last.end(), label.start())) {
        merged.set(merged.size() - 1, new Label(last.start(), label.end(), label.target()));
      } else {
        merged.add(label);
      }
    }
    return merged;
  }

  /** Characters read for a label's bracketed qualifier: "(NOT NEGOTIABLE UNLESS CONSIGNED TO ORDER)" fits. */
  static final int MAX_QUALIFIER_CHARS = 60;

  /** Just past a bracketed qualifier that follows a label (one space allowed before it), or {@code end}. */
  private static int qualifierEnd(String folded, int end) {
    int open = end < folded.length() && folded.charAt(end) == ' ' ? end + 1 : end;
    if (open >= folded.length() || folded.charAt(open) != '(') {
      return end;
    }
    for (int i = open + 1; i < folded.length() && i - open <= MAX_QUALIFIER_CHARS; i++) {
      char c = folded.charAt(i);
      if (c == ')') {
        return i + 1;
      }
      if (c == '(') {
        return end;
      }
    }
    return end;
  }

  private static boolean onlySpacesAndSlashes(String folded, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = folded.charAt(i);
      if (c != '/' && c != '|' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Positions on one folded line, each computed in one pass: for every offset, the last
   * non-blank character before it, the last column gap (two spaces or a tab) before it, the last
   * character that cannot sit in a Chinese label's column (not Han, blank or '/'), and the first
   * non-blank character from it on.
   */
  private static final class LineIndex {
    final int[] lastNonBlankBefore;
    final int[] columnStart;
    final int[] lastNonHanBefore;
    final int[] nextNonBlank;

    LineIndex(String folded) {
      int n = folded.length();
      lastNonBlankBefore = new int[n + 1];
      columnStart = new int[n + 1];
      lastNonHanBefore = new int[n + 1];
      nextNonBlank = new int[n + 1];
      int nonBlank = -1;
      int gap = 0;
      int nonHan = -1;
      for (int i = 0; i < n; ) {
        int c = folded.codePointAt(i);
        int width = Character.charCount(c);
        for (int k = 0; k < width; k++) {
          lastNonBlankBefore[i + k] = nonBlank;
          columnStart[i + k] = gap;
          lastNonHanBefore[i + k] = nonHan;
        }
        boolean blank = Character.isWhitespace(c);
        if (!blank) {
          nonBlank = i + width - 1;
        }
        if (!blank && c != '/' && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
          nonHan = i + width - 1;
        }
        // As String.lastIndexOf("  ") / lastIndexOf('\t') on the text before the next offset.
        if (c == '\t') {
          gap = i;
        } else if (c == ' ' && i > 0 && folded.charAt(i - 1) == ' ') {
          gap = i - 1;
        }
        i += width;
      }
      lastNonBlankBefore[n] = nonBlank;
      columnStart[n] = gap;
      lastNonHanBefore[n] = nonHan;
      int next = n;
      nextNonBlank[n] = n;
      for (int i = n - 1; i >= 0; i--) {
        if (!Character.isWhitespace(folded.charAt(i))) {
          next = i;
        }
        nextNonBlank[i] = next;
      }
    }
  }

  /** A label counts at the start of a line or a column, and followed by ':' or a column gap or the line's end. */
  private static boolean standsAlone(String folded, LineIndex line, int at, int end, String label) {
    boolean latin = label.charAt(0) < 0x3000;
    if (latin && ((at > 0 && Character.isLetterOrDigit(folded.charAt(at - 1)))
        || (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))))) {
      return false;
    }
    int lastBefore = line.lastNonBlankBefore[at];
    // "Buyer / Sold to:" names one field twice: a slash joins synonyms.
    boolean starts = lastBefore < 0 || folded.startsWith("  ", at - 2) || (at > 0 && folded.charAt(at - 1) == '\t')
        || (at > 0 && folded.charAt(at - 1) == '|') || folded.charAt(lastBefore) == '/'
        || line.lastNonHanBefore[at] < line.columnStart[at];
    if (!starts) {
      return false;
    }
    int next = line.nextNonBlank[end];
    char first = next < folded.length() ? folded.charAt(next) : 0;
    boolean blankAfter = next >= folded.length();
    return blankAfter || first == ':' || first == '：' || folded.startsWith("  ", end)
        || first == '/'
        || (end < folded.length() && folded.charAt(end) == '\t') || folded.startsWith(".:", next)
        || (end < folded.length() && folded.charAt(end) == ' ' && !latin)
        || (!latin && !blankAfter && first < 0x3000);
  }

  /** The original text for a range of the folded line (same length for the scripts documents use). */
  private static String slice(String original, String folded, int from, int to) {
    if (original.length() != folded.length()) {
      return folded.substring(Math.min(from, folded.length()), Math.min(to, folded.length()));
    }
    return original.substring(Math.min(from, original.length()), Math.min(to, original.length()));
  }

  /**
   * A wide gap then "Word:" starts another field of the line that this reader has no label for.
   * The gap is taken whole, from its first blank only (look-behind, possessive): tried from every
   * blank of a long run, as a plain {@code \\s{3,}} is, a megabyte of blanks costs quadratic time.
   */
  private static final Pattern NEXT_FIELD = Pattern.compile("(?<!\\s)\\s{3,}+[\\p{L}][\\p{L} ./]{0,30}[:：]");
  /** Labels of the goods description, dropped from the front of a goods line. */
  // Both start only where their run starts (look-behind, possessive), for the reason NEXT_FIELD does.
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?<![\\s,;:|])[\\s,;:|]++$");
  private static final Pattern TRAILING_QUANTITY_LABEL = Pattern.compile("(?<!\\s)\\s*+(?:数量|QTY|QUANTITY)$");
  private static final Pattern DESCRIPTION_LABEL = Pattern.compile(
      "^(?:货物描述|品名|DESCRIPTION OF GOODS|NATURE AND QUANTITY OF GOODS|DESCRIPTION)\\s*[:：]?\\s*",
      Pattern.CASE_INSENSITIVE);

  private static String clean(String value) {
    String v = value.strip();
    Matcher next = NEXT_FIELD.matcher(v);
    if (next.find() && next.start() > 0) {
      v = v.substring(0, next.start()).strip();
    }
    while (v.startsWith(":") || v.startsWith("：")) {
      v = v.substring(1).strip();
    }
    return v;
  }

  /** Address lines are short and carry no goods or money. */
  private static boolean isAddressLine(String line) {
    return line.strip().length() < 120 && !GoodsText.MONEY.matcher(TextNormalizer.fold(line)).find();
  }

  /** The last place named in a text, as an ISO-2 code. */
  static String countryIn(String text) {
    String folded = TextNormalizer.fold(text);
    String[] words = folded.split("[^\\p{L}\\p{N}']+");
    String found = null;
    for (int i = 0; i < words.length; i++) {
      String phrase = "";
      for (int w = 0; w < Places.MAX_WORDS && i + w < words.length; w++) {
        phrase = w == 0 ? words[i] : phrase + " " + words[i + w];
        String code = Places.inText(phrase);
        if (code != null) {
          found = code;
        }
      }
    }
    if (found == null) {
      for (String han : List.of("中国", "香港", "澳门", "新加坡", "马来西亚", "越南", "泰国", "台湾", "日本", "韩国", "美国",
          "北京", "上海", "深圳", "广州")) {
        if (folded.contains(han)) {
          found = Places.inText(han);
        }
      }
    }
    return found;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        return true;
      }
    }
    return false;
  }

  static TradeDocument.GoodsLine goodsLine(String line, String folded, int page) {
    // An HS code, a quantity and a price all hold digits: most lines of a document hold none.
    if (!hasDigit(folded)) {
      return null;
    }
    Matcher hs = HS_CODE.matcher(folded);
    String hsCode = null;
    int hsStart = Integer.MAX_VALUE;
    if (hs.find()) {
      hsCode = hs.group(1) != null ? hs.group(1) : hs.group(2);
      hsStart = hs.start();
    }
    GoodsText.LineValues values = GoodsText.read(folded);
    if (hsCode == null && (values.quantity() == null || values.amounts().isEmpty())) {
      return null;
    }
    if (folded.contains("TOTAL") || folded.contains("总金额") || folded.contains("合计")) {
      return null;
    }
    // The description is what comes before the first HS code, quantity or price on the line.
    int valuesStart = values.firstValueStart();
    int cut = Math.min(hsStart, valuesStart < 0 ? Integer.MAX_VALUE : valuesStart);
    String description = LEADING_ITEM_NUMBER.matcher(line.substring(0, Math.min(cut, line.length()))).replaceFirst("")
        .transform(d -> TRAILING_PUNCTUATION.matcher(d).replaceAll("")).strip();
    // Labels repeated at the front ("品名品名 ...") are skipped by index, the text copied once: linear.
    java.util.regex.Matcher label = DESCRIPTION_LABEL.matcher(description);
    int from = 0;
    while (from < description.length() && label.region(from, description.length()).lookingAt()
        && label.end() > from) {
      from = label.end();
    }
    description = description.substring(from);
    description = TRAILING_QUANTITY_LABEL.matcher(description).replaceAll("").strip();
    return new TradeDocument.GoodsLine(description.isEmpty() ? line.strip() : description, hsCode, values.quantity(),
        values.unitPrice(), values.lineAmount(), values.currency(), page);
  }

  private static TradeDocument.Field findIncoterm(List<Page> pages) {
    for (Page page : pages) {
      for (String line : page.text().split("\\r?\\n")) {
        Matcher m = INCOTERM.matcher(TextNormalizer.fold(line));
        if (m.find()) {
          return new TradeDocument.Field("incoterms", line.strip().substring(Math.min(line.strip().length(),
              Math.max(0, TextNormalizer.fold(line.strip()).indexOf(m.group(1))))), page.number(), line.strip());
        }
      }
    }
    return null;
  }
}
