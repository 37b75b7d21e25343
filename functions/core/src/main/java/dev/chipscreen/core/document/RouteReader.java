package dev.chipscreen.core.document;

import dev.chipscreen.core.extract.Page;
import dev.chipscreen.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads where goods go from every place a document writes it, whatever its layout: the route's
 * labels anywhere on a line ("... (SFO) Port of Discharge Hong Kong (HKG)", where text extraction
 * joined a box's columns with single spaces), with the value after the label or on the line below
 * it (a box heading over its values), and places written as airport or UN/LOCODE port codes
 * ("HKG", "CNSZX"). The route labels are those of {@link Labels}. {@link DocumentReader} takes its fields first; this fills what it left empty.
 */
final class RouteReader {

  /** Route labels read on one line: a real line has a few; a hostile one thousands (work stays linear). */
  static final int MAX_CUES_PER_LINE = 8;

  /** Characters of a line read after a route label for its value when no other label follows. */
  static final int MAX_VALUE_CHARS = 60;

  /**
   * Airport (IATA) and port (UN/LOCODE) codes of China, Hong Kong, Macau and the hubs goods pass
   * through, as documents write them: "(HKG)", "SZX", "CNSHA". Only read next to a route label.
   */
  private static final Map<String, String> CODES = new LinkedHashMap<>();

  static {
    codes("HK", "HKG", "HKHKG");
    codes("MO", "MFM", "MOMFM");
    codes("CN", "PEK", "PKX", "PVG", "SHA", "CAN", "SZX", "CTU", "TFU", "CKG", "XIY", "HGH", "NKG", "WUH", "TSN",
        "XMN", "TAO", "DLC", "CGO", "CSX", "KMG", "NGB", "CNSHA", "CNSZX", "CNYTN", "CNSHK", "CNNGB", "CNQIN",
        "CNTAO", "CNTXG", "CNXMN", "CNDLC", "CNCAN", "CNNSA", "CNPEK", "CNPVG", "CNCTU", "CNCKG");
    codes("SG", "SIN", "SGSIN");
    codes("MY", "KUL", "PEN", "MYPKG", "MYKUL", "MYPEN", "MYTPP");
    codes("VN", "SGN", "HAN", "VNSGN", "VNHPH", "VNCLI");
    codes("TH", "BKK", "THLCH", "THBKK");
    codes("ID", "CGK", "IDJKT", "IDBTM");
    codes("TW", "TPE", "TWKHH", "TWTPE", "TWKEL");
    codes("AE", "DXB", "AEJEA", "AEDXB");
    codes("NL", "AMS", "NLRTM", "NLAMS");
    codes("US", "LAX", "SFO", "JFK", "ORD", "SEA", "DFW", "USLAX", "USLGB", "USOAK", "USNYC", "USSEA");
  }

  private static void codes(String iso2, String... codes) {
    for (String code : codes) {
      CODES.put(code, iso2);
    }
  }

  private static final Pattern CODE = Pattern.compile("\\b[A-Z]{3}(?:[A-Z]{2})?\\b");

  private RouteReader() {
  }

  /** Route fields found, by field name ("portOfDischarge", ...), the first of each kept. */
  static Map<String, TradeDocument.Field> read(List<Page> pages) {
    Map<String, TradeDocument.Field> found = new LinkedHashMap<>();
    for (Page page : pages) {
      String[] lines = page.text().split("\\r?\\n");
      for (int i = 0; i < lines.length; i++) {
        String folded = TextNormalizer.fold(lines[i]);
        if (folded.length() != lines[i].length()) {
          continue;
        }
        List<Cue> cues = cues(lines[i], folded, i + 1 < lines.length ? TextNormalizer.fold(lines[i + 1]) : "");
        String below = null;
        boolean belowRead = false;
        for (int k = 0; k < cues.size(); k++) {
          Cue cue = cues.get(k);
          String field = cue.field();
          if (found.containsKey(field)) {
            continue;
          }
          int to = k + 1 < cues.size() ? cues.get(k + 1).start() : Math.min(folded.length(), cue.end() + MAX_VALUE_CHARS);
          String value = lines[i].substring(cue.end(), Math.max(cue.end(), to)).replaceAll("^[\\s:：.]+", "").strip();
          String source = lines[i];
          if (placeIn(value) == null && !cue.wrapped()) {
            // A heading over its values: the same column of the next line, else its k-th place.
            if (!belowRead) {
              below = nextLine(lines, i);
              // A line of labels of its own ("Final Destination: Hong Kong") is no value of this one.
              if (below != null && !cues(below, TextNormalizer.fold(below), "").isEmpty()) {
                below = null;
              }
              belowRead = true;
            }
            value = below == null ? null : valueBelow(below, cues.size(), k);
            source = below;
          }
          if (value != null && placeIn(value) != null) {
            found.put(field, new TradeDocument.Field(field, value, page.number(), source.strip()));
          }
        }
      }
    }
    return found;
  }

  /** The ISO-2 code of the place a route value names, by name or by airport or port code. */
  static String placeIn(String value) {
    String named = DocumentReader.countryIn(value);
    if (named != null) {
      return named;
    }
    Matcher m = CODE.matcher(TextNormalizer.fold(value));
    while (m.find()) {
      String code = CODES.get(m.group());
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /**
   * A route label on a line: where it stands and the field it introduces.
   *
   * @param wrapped the label's last words stand at the start of the next line (a narrow cell
   *                wrapped it: "Final" then "Destination" below); its value is on this line
   */
  private record Cue(int start, int end, String field, boolean wrapped) {
  }

  /**
   * Route labels on a folded line, in order, not overlapping, at most {@link #MAX_CUES_PER_LINE};
   * with the labels a narrow cell wrapped onto {@code next}, the folded line below.
   */
  private static List<Cue> cues(String line, String folded, String next) {
    List<Cue> found = new ArrayList<>();
    java.util.BitSet taken = new java.util.BitSet(folded.length());
    for (String cue : Labels.ROUTE.keySet()) {
      boolean latin = cue.charAt(0) < 0x3000;
      for (int at = folded.indexOf(cue); at >= 0 && found.size() < MAX_CUES_PER_LINE;
           at = folded.indexOf(cue, at + 1)) {
        int end = at + cue.length();
        boolean wordStart = !latin || at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
        boolean wordEnd = !latin || end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
        int takenFrom = taken.nextSetBit(at);
        boolean free = takenFrom < 0 || takenFrom >= end;
        if (wordStart && wordEnd && free) {
          taken.set(at, end);
          found.add(new Cue(at, end, Labels.ROUTE.get(cue), false));
        }
      }
    }
    wrappedCues(line, folded, next, taken, found);
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /**
   * Labels whose first words end a line's cell and whose last words open the next line: "Port of
   * Guangzhou (CAN)" over "Discharge", "Final Guangzhou, China" over "Destination Vessel". The
   * next line's words are taken in order, one label's rest after the other, as the cells stand,
   * and must hold nothing else but whole labels: "Destination to be confirmed" is a sentence. The
   * first words are written as a label is (capitalised; "the port of Shanghai" is prose) and are
   * not followed by a label of their own ("Place of Receipt:", "Country of Origin:"). A first part
   * that is a label of its own ("DESTINATION") is never read as a wrapped one.
   */
  private static void wrappedCues(String line, String folded, String next, java.util.BitSet taken, List<Cue> found) {
    String rest = next.stripLeading();
    if (rest.isEmpty() || !Character.isLetter(rest.charAt(0)) || !startsWithLabelRest(rest)) {
      return;
    }
    record Wrapped(int start, int end, List<String[]> options) {
    }
    List<Wrapped> wrapped = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> head : ROUTE_LABEL_HEADS.entrySet()) {
      String text = head.getKey();
      for (int at = folded.indexOf(text); at >= 0 && found.size() + wrapped.size() < MAX_CUES_PER_LINE;
           at = folded.indexOf(text, at + 1)) {
        int end = at + text.length();
        boolean words = (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
            && (end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
        int takenFrom = taken.nextSetBit(at);
        if (words && Character.isUpperCase(line.charAt(at)) && (takenFrom < 0 || takenFrom >= end)
            && !labelFollows(folded, end)) {
          wrapped.add(new Wrapped(at, end, head.getValue()));
        }
      }
    }
    wrapped.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Cue> accepted = new ArrayList<>();
    for (Wrapped cue : wrapped) {
      for (String[] option : cue.options()) {
        String tail = option[1];
        if (rest.startsWith(tail)
            && (rest.length() == tail.length() || !Character.isLetterOrDigit(rest.charAt(tail.length())))) {
          accepted.add(new Cue(cue.start(), cue.end(), option[0], true));
          rest = rest.substring(tail.length()).replaceFirst("^[\\s:：.]+", "");
          break;
        }
      }
    }
    if (!accepted.isEmpty() && (rest.isEmpty() || startsWithLabel(rest))) {
      for (Cue cue : accepted) {
        taken.set(cue.start(), cue.end());
      }
      found.addAll(accepted);
    }
  }

  /**
   * The first words of the multi-word route labels ("PORT OF", "FINAL"), each with the fields and
   * the rests it can open: {field, rest}. Heads that are labels of their own are left out.
   */
  private static final Map<String, List<String[]>> ROUTE_LABEL_HEADS = routeLabelHeads();

  private static Map<String, List<String[]>> routeLabelHeads() {
    Map<String, List<String[]>> heads = new LinkedHashMap<>();
    for (Map.Entry<String, String> label : Labels.ROUTE.entrySet()) {
      String text = label.getKey();
      for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
        String head = text.substring(0, space);
        if (!Labels.ROUTE.containsKey(head)) {
          heads.computeIfAbsent(head, h -> new ArrayList<>()).add(new String[] {label.getValue(),
              text.substring(space + 1)});
        }
      }
    }
    return heads;
  }

  /** True when the word after {@code end} closes a label of its own ("Receipt:", "Origin:"). */
  private static boolean labelFollows(String folded, int end) {
    int from = end;
    while (from < folded.length() && folded.charAt(from) == ' ') {
      from++;
    }
    int to = from;
    while (to < folded.length() && Character.isLetter(folded.charAt(to))) {
      to++;
    }
    return to > from && to < folded.length() && (folded.charAt(to) == ':' || folded.charAt(to) == '：');
  }

  /** The words after a route label's first: what a narrow cell wraps onto the next line ("DISCHARGE"). */
  private static final java.util.Set<String> ROUTE_LABEL_RESTS = routeLabelRests();

  private static java.util.Set<String> routeLabelRests() {
    java.util.Set<String> rests = new java.util.HashSet<>();
    for (List<String[]> options : ROUTE_LABEL_HEADS.values()) {
      for (String[] option : options) {
        rests.add(option[1]);
      }
    }
    return rests;
  }

  /** True when the line below opens with the rest of a route label: only then is a wrapped label looked for. */
  private static boolean startsWithLabelRest(String rest) {
    for (String tail : ROUTE_LABEL_RESTS) {
      if (rest.startsWith(tail)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} opens with a whole label ("VESSEL": another cell's label wrapped beside). */
  private static boolean startsWithLabel(String text) {
    for (String label : Labels.ALL.keySet()) {
      if (text.startsWith(label)
          && (text.length() == label.length() || !Character.isLetterOrDigit(text.charAt(label.length())))) {
        return true;
      }
    }
    return false;
  }


  private static String nextLine(String[] lines, int i) {
    for (int n = i + 1; n < lines.length && n <= i + 2; n++) {
      if (!lines[n].isBlank()) {
        return lines[n];
      }
    }
    return null;
  }

  /** Under a heading of {@code headings} labels, the value of the {@code k}-th: by columns, else by places. */
  private static String valueBelow(String below, int headings, int k) {
    String[] columns = below.strip().split("\\s{2,}|\\t");
    if (columns.length == headings) {
      return columns[k].strip();
    }
    List<String> places = new ArrayList<>();
    for (String part : below.split("[,;/|]|\\s{2,}|\\t")) {
      if (placeIn(part) != null) {
        places.add(part.strip());
      }
    }
    if (places.isEmpty()) {
      return null;
    }
    return places.size() == headings ? places.get(k) : places.get(0);
  }
}
