package dev.chipscreen.core.alert;

/**
 * Makes document-derived strings safe where they are shown. Document text is never trusted:
 * a party name may carry CR/LF (header injection) or markup (script injection).
 */
public final class Sanitize {

  /** Longest document-derived value put into a subject line. */
  public static final int MAX_HEADER_VALUE_CHARS = 80;

  private Sanitize() {
  }

  /**
   * One line of plain text for a mail header: control and format characters (CR, LF, TAB, NUL,
   * bidi overrides, ...) become spaces, runs of white space collapse, and the result is cut to
   * {@code maxChars} with an ellipsis.
   */
  public static String headerValue(String value, int maxChars) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), maxChars + 1));
    boolean space = false;
    for (int i = 0; i < value.length() && out.length() <= maxChars; ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
          || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
      if (blank) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    if (out.length() > maxChars) {
      out.setLength(maxChars - 1);
      out.append('…');
    }
    return out.toString();
  }

  /**
   * Text for a terminal or a log line: line breaks kept (as LF), every other control, format
   * or bidi character (CR, ESC, BEL, U+202E, ...) replaced by a space, so that no document text
   * can move the cursor, rewrite the line, recolour the terminal or reverse what follows.
   */
  public static String terminal(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int type = Character.getType(c);
      boolean unsafe = c != '\n' && (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
      if (unsafe && out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
      }
      if (out != null) {
        out.append(unsafe ? ' ' : c);
      }
    }
    return out == null ? value : out.toString();
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String html(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
