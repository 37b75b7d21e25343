package dev.chipscreen.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into runs of Latin letters and digits, and runs of Han characters.
 * Han and Latin are split apart because trade documents glue them ("英伟达H100显卡").
 * Linear in the input: one pass, no backtracking.
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
    return tokens;
  }
}
