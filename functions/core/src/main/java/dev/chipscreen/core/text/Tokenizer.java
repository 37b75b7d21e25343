package dev.chipscreen.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into runs of Latin letters and digits, and runs of Han characters.
 * Han and Latin are split apart because trade documents glue them ("英伟达H100显卡").
 * Linear in the input: one pass, no backtracking.
 *
 * <p>Letters written apart are read as the word they spell: a letter-spaced title
 * ("C O M M E R C I A L") is one token, and so is a dotted initialism ("M.M.E."). Single letters
 * would otherwise spell list initialisms out of ordinary words ("CO M M E RCIAL").
 */
public final class Tokenizer {

  private Tokenizer() {
  }

  public static List<Token> tokenize(String folded) {
    List<Token> tokens = new ArrayList<>();
    int length = folded.length();
    int i = 0;
    while (i < length) {
      int cp = folded.codePointAt(i);
      if (!TextNormalizer.isTokenChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      boolean han = TextNormalizer.isHan(cp);
      int start = i;
      while (i < length) {
        int next = folded.codePointAt(i);
        if (!TextNormalizer.isTokenChar(next) || TextNormalizer.isHan(next) != han) {
          break;
        }
        i += Character.charCount(next);
      }
      tokens.add(new Token(folded.substring(start, i), start, i));
    }
    return joinSpelledOut(tokens, folded);
  }

  /** Letters a single space apart are one word when at least this many stand in a row. */
  static final int MIN_SPACED_LETTERS = 3;
  /** Letters a dot apart ("M.M.E.", "S.A.") are one word from this many. */
  static final int MIN_DOTTED_LETTERS = 2;

  /** Joins runs of single Latin letters, each one space (or one dot) from the next, into one token. */
  private static List<Token> joinSpelledOut(List<Token> tokens, String folded) {
    List<Token> out = null;
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      char separator = 0;
      while (j + 1 < tokens.size() && isLetter(tokens.get(j)) && isLetter(tokens.get(j + 1))
          && tokens.get(j + 1).start() == tokens.get(j).end() + 1) {
        char gap = folded.charAt(tokens.get(j).end());
        if ((gap != ' ' && gap != '.') || (separator != 0 && gap != separator)) {
          break;
        }
        separator = gap;
        j++;
      }
      int run = j - i + 1;
      if (run >= (separator == '.' ? MIN_DOTTED_LETTERS : MIN_SPACED_LETTERS) && separator != 0) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, i));
        }
        StringBuilder word = new StringBuilder(run);
        for (int k = i; k <= j; k++) {
          word.append(tokens.get(k).text());
        }
        out.add(new Token(word.toString(), tokens.get(i).start(), tokens.get(j).end()));
        i = j + 1;
      } else {
        if (out != null) {
          out.add(tokens.get(i));
        }
        i++;
      }
    }
    return out == null ? tokens : out;
  }

  private static boolean isLetter(Token token) {
    if (token.text().length() != 1) {
      return false;
    }
    char c = token.text().charAt(0);
    return c >= 'A' && c <= 'Z';
  }
}
