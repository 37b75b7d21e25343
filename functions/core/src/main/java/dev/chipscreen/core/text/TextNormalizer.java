package dev.chipscreen.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One normalisation shared by both sides of every comparison (list entries, catalogue aliases
 * and document text), so that a full-width "Ｈ１００" or a "Société" compares equal to its plain
 * form. Locale.ROOT everywhere: a Turkish default locale must not change what matches.
 */
public final class TextNormalizer {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private TextNormalizer() {
  }

  /** NFKC (full-width and compatibility forms folded), upper case, diacritics removed. */
  /**
   * The first {@code maxChars} chars of {@code text}, one fewer when the cut would halve a
   * character written as two (a supplementary ideograph, an emoji): half of one is no text, and
   * writing it out fails.
   */
  public static String prefix(String text, int maxChars) {
    if (text == null || text.length() <= maxChars) {
      return text;
    }
    int cut = maxChars > 0 && Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    return text.substring(0, cut);
  }

  public static String fold(String text) {
    if (isAscii(text)) {
      // Most list names and most document text: nothing to decompose, only the case to fold.
      return text.toUpperCase(Locale.ROOT);
    }
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFD);
    String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    // NFC again so CJK and Hangul stay composed after the diacritics pass.
    return Normalizer.normalize(bare, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
  }

  /** True for characters that are part of a word token: letters, digits, CJK ideographs. */
  public static boolean isTokenChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint);
  }

  /** True for Han ideographs, which are written without spaces between words. */
  public static boolean isHan(int codePoint) {
    // Han starts at U+2E80: Latin text never pays for the script table's binary search.
    return codePoint >= FIRST_HAN && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static final int FIRST_HAN = 0x2E80;

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
