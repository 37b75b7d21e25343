package dev.chipscreen.core.match.party;

/**
 * How alike two name tokens are, tolerating the typos of hand-typed documents: one edit
 * (insertion, deletion, substitution or transposition) in a token of 5 to 8 characters, two in
 * a longer one. Shorter tokens must match exactly: "ZTE" and "ZTA" are different firms.
 */
final class TokenSimilarity {

  static final int MIN_FUZZY_LENGTH = 5;
  static final int LONG_TOKEN_LENGTH = 9;
  /** Each edit costs half its share of the token: one typo in "SOPHGO" still scores 0.92. */
  static final double EDIT_PENALTY = 0.5;

  private TokenSimilarity() {
  }

  /** Similarity in [0, 1]; 0 when the tokens are further apart than a typo. */
  static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int longer = Math.max(a.length(), b.length());
    int shorter = Math.min(a.length(), b.length());
    if (shorter < MIN_FUZZY_LENGTH) {
      return 0.0;
    }
    int maxEdits = longer >= LONG_TOKEN_LENGTH ? 2 : 1;
    if (longer - shorter > maxEdits) {
      return 0.0;
    }
    int edits = boundedDamerau(a, b, maxEdits);
    return edits > maxEdits ? 0.0 : 1.0 - EDIT_PENALTY * edits / longer;
  }

  /** Optimal-string-alignment distance, giving up (returning max + 1) once it exceeds {@code max}. */
  static int boundedDamerau(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int[] prevPrev = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prevPrev[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prevPrev;
      prevPrev = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
