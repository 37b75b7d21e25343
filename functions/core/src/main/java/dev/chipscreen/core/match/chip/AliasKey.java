package dev.chipscreen.core.match.chip;

import dev.chipscreen.core.text.TextNormalizer;
import dev.chipscreen.core.text.Token;
import dev.chipscreen.core.text.Tokenizer;

/**
 * The form in which aliases and document text are compared: folded, with every space, hyphen
 * and other separator removed, so "H-100", "H 100" and "h100" all read "H100".
 */
final class AliasKey {

  private AliasKey() {
  }

  static String of(String alias) {
    StringBuilder key = new StringBuilder();
    for (Token token : Tokenizer.tokenize(TextNormalizer.fold(alias))) {
      key.append(token.text());
    }
    return key.toString();
  }

  /** How many tokens an alias spans in text ("RTX PRO 6000 BLACKWELL" spans 4). */
  static int tokenCount(String alias) {
    return Tokenizer.tokenize(TextNormalizer.fold(alias)).size();
  }

  /**
   * The key with the letters OCR mistakes for digits read as those digits ("H1OO", "HIOO" and
   * "H100" share one skeleton). Used only to find candidates; {@link #ocrCompatible} decides.
   */
  static String skeleton(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      out.append(digitFor(key.charAt(i)));
    }
    return out.toString();
  }

  private static char digitFor(char c) {
    return switch (c) {
      case 'O', 'Q', 'D' -> '0';
      case 'I', 'L' -> '1';
      case 'Z' -> '2';
      case 'S' -> '5';
      case 'G' -> '6';
      case 'B' -> '8';
      default -> c;
    };
  }

  /**
   * True when {@code written} reads as {@code alias} allowing only OCR's letter-for-digit
   * mistakes, never in the first character ("HIOO" is "H100"; "8200" is not "B200").
   * Returns false for an exact match too: callers test that first.
   */
  static boolean ocrCompatible(String written, String alias) {
    if (written.length() != alias.length() || written.equals(alias)) {
      return false;
    }
    if (written.charAt(0) != alias.charAt(0)) {
      return false;
    }
    for (int i = 1; i < alias.length(); i++) {
      char w = written.charAt(i);
      char a = alias.charAt(i);
      if (w != a && !(Character.isDigit(a) && Character.isLetter(w) && digitFor(w) == a)) {
        return false;
      }
    }
    return true;
  }
}
