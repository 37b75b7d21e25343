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
 * ("HKG", "CNSZX"). {@link DocumentReader} takes its fields first; this fills what it left empty.
 */
final class RouteReader {

  /** Route labels, folded, longest first, to the route field they introduce. */
  private static final Map<String, String> CUES = new LinkedHashMap<>();

  static {
    for (String[] cue : new String[][] {
        {"COUNTRY OF ULTIMATE DESTINATION", "finalDestination"}, {"AIRPORT OF DESTINATION", "portOfDischarge"},
        {"COUNTRY OF DESTINATION", "finalDestination"}, {"PORT OF DESTINATION", "portOfDischarge"},
        {"AIRPORT OF DEPARTURE", "portOfLoading"}, {"FINAL DESTINATION", "finalDestination"},
        {"PORT OF DISCHARGE", "portOfDischarge"}, {"PLACE OF DELIVERY", "placeOfDelivery"},
        {"PORT OF LOADING", "portOfLoading"}, {"DESTINATION AIRPORT", "portOfDischarge"},
        {"DESTINATION PORT", "portOfDischarge"}, {"DESTINATION", "finalDestination"},
        {"最终目的地", "finalDestination"}, {"目的国", "finalDestination"}, {"卸货港", "portOfDischarge"},
        {"目的港", "portOfDischarge"}, {"目的站", "portOfDischarge"}, {"交货地点", "placeOfDelivery"},
        {"装货港", "portOfLoading"}, {"起运港", "portOfLoading"}}) {
      CUES.put(cue[0], cue[1]);
    }
  }

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
        List<int[]> cues = cues(folded);
        String below = null;
        boolean belowRead = false;
        for (int k = 0; k < cues.size(); k++) {
          int[] cue = cues.get(k);
          String field = fieldOf(folded, cue);
          if (found.containsKey(field)) {
            continue;
          }
          int to = k + 1 < cues.size() ? cues.get(k + 1)[0] : Math.min(folded.length(), cue[1] + MAX_VALUE_CHARS);
          String value = lines[i].substring(cue[1], Math.max(cue[1], to)).replaceAll("^[\\s:：.]+", "").strip();
          String source = lines[i];
          if (placeIn(value) == null) {
            // A heading over its values: the same column of the next line, else its k-th place.
            if (!belowRead) {
              below = nextLine(lines, i);
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

  private static String fieldOf(String folded, int[] cue) {
    return CUES.get(folded.substring(cue[0], cue[1]));
  }

  /** Route labels on a folded line, as [start, end), in order, not overlapping, at most {@link #MAX_CUES_PER_LINE}. */
  private static List<int[]> cues(String folded) {
    List<int[]> found = new ArrayList<>();
    java.util.BitSet taken = new java.util.BitSet(folded.length());
    for (String cue : CUES.keySet()) {
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
          found.add(new int[] {at, end});
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    return found;
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
