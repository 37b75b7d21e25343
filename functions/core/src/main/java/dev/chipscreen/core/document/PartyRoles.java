package dev.chipscreen.core.document;

import java.util.Map;

/**
 * The role of a party, read from the label a document puts before its name: on the same line
 * ("Consignee: X") or on the line above ("Notify Party:" then the name). English and Chinese.
 */
public final class PartyRoles {

  /** How far back on its line a label is looked for. */
  static final int SAME_LINE_CHARS = 80;
  /** Lines above a name searched for a label standing on its own line. */
  static final int LINES_ABOVE = 2;

  private PartyRoles() {
  }

  /** The role of the party whose name starts at {@code start} in folded text, or null. */
  public static PartyRole roleAt(String folded, int start) {
    int lineStart = lineStartBefore(folded, start);
    String before = folded.substring(lineStart, start);
    PartyRole role = lastLabel(before);
    if (role != null) {
      return role;
    }
    if (!before.isBlank() || lineStart == 0 || folded.charAt(lineStart - 1) != '\n') {
      return null;
    }
    // The name opens its line: the label may stand alone on a line above ("Consignee:").
    int end = lineStart - 1;
    for (int i = 0; i < LINES_ABOVE && end > 0; i++) {
      int from = lineStartBefore(folded, end);
      String line = folded.substring(from, end).strip();
      if (!line.isEmpty()) {
        return line.length() <= SAME_LINE_CHARS / 2 ? lastLabel(line) : null;
      }
      end = from - 1;
    }
    return null;
  }

  /**
   * The role of the party field a name at {@code start} fills, read strictly: the label stands
   * right before the name ("Consignee: X", "SOLD TO X"; punctuation between), or the name opens its
   * line and the nearest line above begins or ends with a label (a box's heading). Unlike
   * {@link #roleAt}, a label elsewhere on the line ("Agent's IATA Code", "Consignee Address  HS
   * Code") does not make the name a party's. Null when no field holds the name.
   */
  public static PartyRole fieldAt(String folded, int start) {
    int lineStart = lineStartBefore(folded, start);
    String before = withoutFiller(folded.substring(lineStart, start));
    if (!before.isEmpty()) {
      // "To:" heads the buyer's block of an invoice; alone, "to" is a word of every sentence.
      return before.equals("TO") && folded.substring(lineStart, start).contains(":") ? PartyRole.BUYER : labelEnding(before);
    }
    if (lineStart == 0 || folded.charAt(lineStart - 1) != '\n') {
      return null;
    }
    // The name opens its line: the heading may stand above, over a rule ("-----") or a filler line ("Company name").
    int end = lineStart - 1;
    for (int i = 0; i < LINES_ABOVE_HEADING && end > 0; i++) {
      int from = lineStartBefore(folded, end);
      String line = folded.substring(from, end).strip();
      String bare = withoutFiller(line);
      if (!bare.isEmpty()) {
        // A heading, not a sentence: short, or its label closed by punctuation ("CONSIGNEE (NOT
        // NEGOTIABLE ...)", "Consignee:"); "Client library for ..." heads nothing.
        PartyRole role = labelEnding(bare);
        if (role == null) {
          role = labelStarting(line);
          String label = role == null ? null : startingLabel(line);
          String rest = label == null ? "" : line.substring(label.length()).stripLeading();
          boolean closed = label != null && (line.length() <= SAME_LINE_CHARS / 2 || rest.isEmpty()
              || !Character.isLetterOrDigit(rest.charAt(0)));
          return closed ? role : null;
        }
        return role;
      }
      end = from - 1;
    }
    return null;
  }

  /** Where the line holding {@code end} starts, read back at most {@link #SAME_LINE_CHARS} characters. */
  private static int lineStartBefore(String folded, int end) {
    int from = end;
    int limit = Math.max(0, end - SAME_LINE_CHARS);
    while (from > limit && folded.charAt(from - 1) != '\n') {
      from--;
    }
    return from;
  }

  /** Lines above a name read for its box's heading, rules and filler lines ("Company name") skipped. */
  static final int LINES_ABOVE_HEADING = 3;

  /** Words that stand between a label and the name it labels: "Consignee (name and address):", "M/S", "Attn". */
  private static final java.util.Set<String> FILLER = java.util.Set.of("NAME", "NAMES", "ADDRESS", "AND", "OF", "THE",
      "M", "S", "MS", "ATTN", "ATTENTION", "FULL", "DETAILS", "RECORD", "COMPANY", "NO", "DEAR");

  /** The text with punctuation, brackets and filler words taken off its end; hyphens read as spaces. */
  private static String withoutFiller(String text) {
    String t = text.replace('-', ' ');
    while (true) {
      t = stripTrailingPunctuation(t);
      int space = t.lastIndexOf(' ');
      int cut = Math.max(space, Math.max(t.lastIndexOf('('), t.lastIndexOf('/')));
      String last = t.substring(cut + 1);
      if (!last.isEmpty() && FILLER.contains(last)) {
        t = t.substring(0, cut + 1);
      } else {
        return t.strip();
      }
    }
  }

  private static String stripTrailingPunctuation(String text) {
    int end = text.length();
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** The label {@code text} ends with, at a word start. */
  private static PartyRole labelEnding(String text) {
    for (Map.Entry<String, PartyRole> label : Labels.PARTIES.entrySet()) {
      String key = label.getKey();
      boolean latin = key.charAt(0) < 0x3000;
      if (text.endsWith(key)) {
        int at = text.length() - key.length();
        if (!latin || at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
          return label.getValue();
        }
      }
    }
    return null;
  }

  /** The label text {@code text} begins with, or null. */
  private static String startingLabel(String text) {
    for (String key : Labels.PARTIES.keySet()) {
      if (text.startsWith(key) && (text.length() == key.length() || !Character.isLetterOrDigit(text.charAt(key.length())))) {
        return key;
      }
    }
    return null;
  }

  /** The label {@code text} begins with, at a word end. */
  private static PartyRole labelStarting(String text) {
    for (Map.Entry<String, PartyRole> label : Labels.PARTIES.entrySet()) {
      String key = label.getKey();
      boolean latin = key.charAt(0) < 0x3000;
      if (text.startsWith(key)
          && (!latin || text.length() == key.length() || !Character.isLetterOrDigit(text.charAt(key.length())))) {
        return label.getValue();
      }
    }
    return null;
  }

  /** The label that ends nearest the end of {@code text}. */
  private static PartyRole lastLabel(String text) {
    PartyRole role = null;
    int bestEnd = -1;
    for (Map.Entry<String, PartyRole> label : Labels.PARTIES.entrySet()) {
      int at = text.lastIndexOf(label.getKey());
      if (at < 0) {
        continue;
      }
      int end = at + label.getKey().length();
      boolean latin = label.getKey().charAt(0) < 0x3000;
      boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || !latin;
      boolean wordEnd = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || !latin;
      if (wordStart && wordEnd && end > bestEnd) {
        bestEnd = end;
        role = label.getValue();
      }
    }
    return role;
  }
}
