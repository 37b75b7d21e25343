package dev.chipscreen.core.lists.ofac;

import java.util.ArrayList;
import java.util.List;

/**
 * OFAC's weak aliases: nicknames, unusually common acronyms and short strings, which OFAC gives
 * single-quoted in an entry's remarks rather than in alt.csv. OFAC's FAQ 122: screeners are not
 * expected to screen on them, only to use them to confirm a hit made on other information.
 */
public final class OfacWeakAliases {

  private OfacWeakAliases() {
  }

  /** OFAC writes weak a.k.a.s in the remarks, single-quoted: "a.k.a. 'M.M.E.'; a.k.a. 'SAM'". */
  private static final java.util.regex.Pattern WEAK_AKA =
      java.util.regex.Pattern.compile("(?i)\\ba\\.k\\.a\\.?\\s+'([^']{1,200})'");

  public static List<String> of(String remarks) {
    if (remarks == null || remarks.indexOf('\'') < 0) {
      return List.of();
    }
    List<String> weak = new ArrayList<>();
    java.util.regex.Matcher m = WEAK_AKA.matcher(remarks);
    while (m.find()) {
      String alias = m.group(1).strip();
      // Fragments of a name OFAC quotes ("'ABU '", "'AL-'") are no alias: a word of two letters at least, whole.
      String raw = m.group(1);
      boolean fragment = raw.endsWith(" ") || raw.endsWith("-") || raw.startsWith(" ");
      if (!fragment && alias.codePoints().filter(Character::isLetter).count() >= 2 && !weak.contains(alias)) {
        weak.add(alias);
      }
    }
    return List.copyOf(weak);
  }
}
