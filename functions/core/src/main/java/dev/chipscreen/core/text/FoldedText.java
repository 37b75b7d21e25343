package dev.chipscreen.core.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Text folded for matching ({@link TextNormalizer#fold}), with a map from every folded
 * character back to the original, so that a finding quotes the document as it was written.
 * Folding is done one code point at a time, in one linear pass; ASCII takes a fast path.
 */
public final class FoldedText {

  private final String original;
  private final String folded;
  private final int[] originalIndex;
  private List<Token> tokens;

  private FoldedText(String original, String folded, int[] originalIndex) {
    this.original = original;
    this.folded = folded;
    this.originalIndex = originalIndex;
  }

  public static FoldedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] map = new int[original.length() + 1];
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      int width = Character.charCount(cp);
      String piece;
      if (cp < 0x80) {
        piece = null;
        char c = (char) cp;
        out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
      } else {
        piece = foldCodePoint(original.substring(i, i + width));
        out.append(piece);
      }
      int produced = piece == null ? 1 : piece.length();
      map = ensure(map, out.length() + 1);
      for (int k = out.length() - produced; k < out.length(); k++) {
        map[k] = i;
      }
      i += width;
    }
    map = ensure(map, out.length() + 1);
    map[out.length()] = original.length();
    return new FoldedText(original, out.toString(), map);
  }

  private static String foldCodePoint(String codePoint) {
    String compatible = Normalizer.normalize(codePoint, Normalizer.Form.NFKD);
    StringBuilder bare = new StringBuilder(compatible.length());
    for (int k = 0; k < compatible.length(); k++) {
      char c = compatible.charAt(k);
      if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.COMBINING_SPACING_MARK
          && Character.getType(c) != Character.ENCLOSING_MARK) {
        bare.append(c);
      }
    }
    String composed = Normalizer.normalize(bare, Normalizer.Form.NFC);
    return composed.toUpperCase(Locale.ROOT);
  }

  private static int[] ensure(int[] map, int size) {
    if (map.length >= size) {
      return map;
    }
    int[] bigger = new int[Math.max(size, map.length * 2)];
    System.arraycopy(map, 0, bigger, 0, map.length);
    return bigger;
  }

  public String folded() {
    return folded;
  }

  /**
   * This text with the digits OCR reads for letters turned back into those letters inside words
   * that also hold letters ("S0PHG0" → "SOPHGO", "SOPH9O" → "SOPHGO", "E1ECTRONICS" →
   * "EIECTRONICS", one substitution from the name the typo tolerance then meets). Offsets are
   * unchanged, so findings still quote the page as written. For names only: part numbers and
   * model numbers ("H100") are meant to hold digits.
   */
  public FoldedText withOcrLetters() {
    char[] chars = folded.toCharArray();
    boolean changed = false;
    int start = 0;
    while (start < chars.length) {
      if (!isAsciiAlnum(chars[start])) {
        start++;
        continue;
      }
      int end = start;
      boolean letters = false;
      int digits = 0;
      while (end < chars.length && isAsciiAlnum(chars[end])) {
        letters |= Character.isLetter(chars[end]);
        digits += Character.isDigit(chars[end]) ? 1 : 0;
        end++;
      }
      // A word mostly of letters with a digit or two in it: a misread name, not a code like "8473" or "SG4471".
      if (letters && digits > 0 && digits * 3 <= end - start) {
        for (int k = start; k < end; k++) {
          char letter = OCR_DIGIT_LETTERS.charAt(Math.max(0, "0125689".indexOf(chars[k])));
          if (Character.isDigit(chars[k]) && "0125689".indexOf(chars[k]) >= 0) {
            chars[k] = letter;
            changed = true;
          }
        }
      }
      start = end;
    }
    return changed ? new FoldedText(original, new String(chars), originalIndex) : this;
  }

  /** The letters OCR's misread digits stand for, in the order of "0125689". */
  private static final String OCR_DIGIT_LETTERS = "OIZSGBG";

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  public String original() {
    return original;
  }

  /** Tokens of the folded text, computed once. */
  public List<Token> tokens() {
    if (tokens == null) {
      tokens = Tokenizer.tokenize(folded);
    }
    return tokens;
  }

  /** Offset in the original text of the folded character at {@code foldedIndex}. */
  public int originalOffset(int foldedIndex) {
    return originalIndex[Math.max(0, Math.min(foldedIndex, folded.length()))];
  }

  /** The original text that folded to {@code folded[start, end)}. */
  public String originalSpan(int start, int end) {
    int from = originalOffset(start);
    int to = end >= folded.length() ? original.length() : originalOffset(end);
    if (to <= from) {
      to = Math.min(original.length(), from + 1);
    }
    return original.substring(from, to);
  }
}
