package dev.chipscreen.core.match.party;

import dev.chipscreen.core.document.Labels;
import dev.chipscreen.core.document.PartyRoles;
import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.match.party.PartyIndex.NameEntry;
import dev.chipscreen.core.text.FoldedText;
import dev.chipscreen.core.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds listed parties anywhere in a page of free text: candidates come from the index by the
 * document's own words, and each is verified against a window of words around it.
 */
public final class PartyMatcher {

  /** Longer than any legal form ("INCORPORATED"): how far a one-word name's next word is read. */
  private static final int MAX_LEGAL_FORM_LENGTH = 16;
  /** At most this many other entries are carried as candidates of one written name (the best ones). */
  static final int MAX_CANDIDATES = 5;

  private final PartyIndex index;

  public PartyMatcher(PartyIndex index) {
    this.index = index;
  }

  /**
   * A party found in the text.
   *
   * @param party   the list entry
   * @param name    the entry's name or alias that matched, as the list writes it
   * @param start   start of the match in the folded text
   * @param end     end of the match in the folded text
   * @param score   similarity in [0, 1]
   * @param reason  how the words compared
   * @param missing words of the entry's name not written, plus words of the written name not in
   *                the entry's: 0 for a name written whole; ranks candidates of equal score
   * @param extra   of those, the distinctive words and places of the written name that are not in the
   *                entry's ("Guangzhou Tianhe" of "Guangzhou Tianhe Suanli Technology"; "(Malaysia)"):
   *                another firm's name, not a short form; generic words ("... Technology") do not count
   * @param weak    the match rests on an ordinary word, a short acronym or a weak alias: it is
   *                kept only where a party stands
   * @param common  the match rests on one frequent proper noun ("Huawei", "Prometheus"): outside a
   *                party field it is at most a REVIEW
   * @param others  other entries the same written name matches, best first (empty for those)
   */
  public record Match(RestrictedParty party, String name, int start, int end, double score, String reason,
                      int missing, int extra, boolean weak, boolean common, List<Match> others) {
    public Match {
      others = List.copyOf(others);
    }

    Match(RestrictedParty party, String name, int start, int end, double score, String reason, int missing,
          int extra, boolean weak, boolean common) {
      this(party, name, start, end, score, reason, missing, extra, weak, common, List.of());
    }

    Match withScore(double newScore, String newReason) {
      return new Match(party, name, start, end, newScore, newReason, missing, extra, weak, common, others);
    }

    Match withOthers(List<Match> candidates) {
      return new Match(party, name, start, end, score, reason, missing, extra, weak, common, candidates);
    }
  }

  public List<Match> match(FoldedText text) {
    return match(text, false);
  }

  public List<Match> match(FoldedText text, boolean ocrText) {
    return match(text, ocrText, PartySlots.LABELS_ONLY, PartyScoring.REVIEW_THRESHOLD, PartyScoring.ALERT_THRESHOLD);
  }

  /**
   * As {@link #match(FoldedText)}; with {@code ocrText}, a word no list name uses that becomes
   * one by swapping a single I and L (OCR's commonest letter confusion: "LNSPUR" for "INSPUR") is
   * read as that name word. Digits read for letters are undone before, by {@link FoldedText#withOcrLetters}.
   */
  /**
   * As above, where {@code slots} says where the page names its parties, and matches are kept from
   * {@code reviewThreshold} on (the severity policy's), with {@code alertThreshold} the score from
   * which an agreeing address may raise a match.
   */
  public List<Match> match(FoldedText text, boolean ocrText, PartySlots slots, double reviewThreshold,
                           double alertThreshold) {
    List<Token> words = new ArrayList<>();
    for (Token token : text.tokens()) {
      if (!NameNormalizer.isLegalForm(token.text())) {
        String canonical = NameNormalizer.canonical(token.text());
        if (ocrText) {
          canonical = misreadNameWord(canonical);
        }
        words.add(canonical.equals(token.text()) ? token : new Token(canonical, token.start(), token.end()));
      }
    }
    int[] lineOf = lineNumbers(words, text.folded());
    // Whether a typo may be forgiven in each document word: asked for every candidate name, computed
    // once. A word too short to be compared with typos at all needs neither of the two lookups.
    boolean[] forgivable = new boolean[words.size()];
    for (int k = 0; k < words.size(); k++) {
      String word = words.get(k).text();
      // A frequent word ("MARCEL", "TRITON") is itself, not a misspelt name word.
      forgivable[k] = word.length() >= TokenSimilarity.MIN_FUZZY_LENGTH && !NameNormalizer.isGeneric(word)
          && !NameNormalizer.isEnglishWord(word) && !NameNormalizer.isFrequent(word);
    }
    Map<NameEntry, Match> best = new IdentityHashMap<>();
    // One map for the candidates of every word, emptied between words: most words have none.
    Map<NameEntry, Boolean> candidates = new IdentityHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).text();
      if (index.tooLong(word)) {
        continue;
      }
      if (!candidates.isEmpty()) {
        candidates.clear();
      }
      for (NameEntry e : index.byToken(word)) {
        candidates.put(e, false);
      }
      if (i + 1 < words.size()) {
        for (NameEntry e : index.byPhraseStart(word, words.get(i + 1).text())) {
          candidates.put(e, false);
        }
      }
      for (NameEntry e : index.byJoinedName(word)) {
        candidates.put(e, true);
      }
      // Typos are never forgiven in an ordinary or generic word, so such words skip the typo lookups.
      if (word.length() >= PartyIndex.MIN_DELETION_LENGTH && forgivable[i]) {
        // A name word with a letter missing in the document (the word is one of its deletions), one
        // letter too many (a deletion of the word is the name word, which its own deletion keys
        // hold), or one letter changed or two swapped (a deletion of each is the same).
        for (NameEntry e : index.byDeletion(word)) {
          candidates.putIfAbsent(e, false);
        }
        for (String deletion : PartyIndex.deletions(word)) {
          for (NameEntry e : index.byDeletion(deletion)) {
            candidates.putIfAbsent(e, false);
          }
        }
      }
      for (Map.Entry<NameEntry, Boolean> candidate : candidates.entrySet()) {
        Match match = candidate.getValue()
            ? joinedMatch(candidate.getKey(), words.get(i))
            : verify(candidate.getKey(), words, forgivable, lineOf, i, text);
        // A weak name is a party only written whole where a party stands.
        // (A weak alias is not gated here: it never makes a finding, and may confirm one from anywhere on the page.)
        if (match != null && match.weak() && !candidate.getKey().weakAlias()
            && (match.missing() > 0 || !standsAsParty(match, text.folded(), slots))) {
          match = null;
        }
        // One frequent proper noun carries the name ("Huawei", "Prometheus"): a party where a party
        // stands; elsewhere, in prose, for review only.
        if (match != null && match.common() && match.score() > PartyScoring.SHORT_SINGLE_WORD_SCORE
            && !standsAsParty(match, text.folded(), slots)) {
          match = match.withScore(PartyScoring.SHORT_SINGLE_WORD_SCORE,
              match.reason() + "; rests on one frequent name, not in a party field: review");
        }
        // The address can raise only a score already above the alert threshold: below review, skip reading it.
        if (match != null && match.score() >= reviewThreshold) {
          match = corroborate(match, candidate.getKey(), words, lineOf, i, text.folded(), alertThreshold);
        }
        if (match != null && match.score() >= reviewThreshold) {
          best.merge(candidate.getKey(), match, PartyMatcher::better);
        }
      }
    }
    return select(confirmedByWeakAliases(best));
  }

  /**
   * A weak alias never finds a party (OFAC FAQ 122): its match is dropped, and where the party
   * was found by another of its names, it is named as confirming that match.
   */
  private static List<Match> confirmedByWeakAliases(Map<NameEntry, Match> best) {
    Map<RestrictedParty, String> weakAliases = new IdentityHashMap<>();
    List<Match> strong = new ArrayList<>(best.size());
    for (Map.Entry<NameEntry, Match> e : best.entrySet()) {
      if (e.getKey().weakAlias()) {
        weakAliases.merge(e.getKey().party(), e.getKey().name(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
      } else {
        strong.add(e.getValue());
      }
    }
    if (weakAliases.isEmpty()) {
      return strong;
    }
    List<Match> out = new ArrayList<>(strong.size());
    for (Match m : strong) {
      String weak = weakAliases.get(m.party());
      out.add(weak == null ? m : m.withScore(m.score(), m.reason() + "; also written as its weak alias '" + weak + "'"));
    }
    return out;
  }

  /** Words shorter than this are not corrected: too many short words are one letter from a name word. */
  static final int MIN_OCR_CORRECTED_LENGTH = 5;

  private String misreadNameWord(String word) {
    if (word.length() < MIN_OCR_CORRECTED_LENGTH || index.isNameWord(word) || NameNormalizer.isEnglishWord(word)
        || NameNormalizer.isGeneric(word)) {
      return word;
    }
    char[] chars = word.toCharArray();
    for (int k = 0; k < chars.length; k++) {
      char c = chars[k];
      if (c == 'I' || c == 'L') {
        chars[k] = c == 'I' ? 'L' : 'I';
        String swapped = new String(chars);
        if (index.isNameWord(swapped)) {
          return swapped;
        }
        chars[k] = c;
      }
    }
    return word;
  }

  /**
   * Best first: the higher score; on a tie the primary name over an alias, then the longer quote.
   * One firm listed in two files (the 2022 CSL and the 2026 Entity List) ties on all of those:
   * the fuller record (more aliases and addresses) is cited, then a fixed order of sources, so
   * that the same document always cites the same entry.
   */
  private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::score).reversed()
      .thenComparingInt(Match::missing)
      .thenComparing(m -> !m.name().equals(m.party().name()))
      .thenComparing(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed())
      .thenComparingInt(Match::start)
      .thenComparing(Comparator.comparingInt((Match m) -> m.party().aliases().size() + m.party().addresses().size())
          .reversed())
      .thenComparing(m -> m.party().source())
      .thenComparing(m -> m.party().sourceId());

  private static Match better(Match a, Match b) {
    return BEST_FIRST.compare(a, b) <= 0 ? a : b;
  }

  private static Match joinedMatch(NameEntry entry, Token token) {
    // "KARMA" is "K.ARMA" and "STEPS" is "STEP S" written together, but foremost they are words.
    boolean weak = isWeakWord(token.text()) || entry.weakAlias();
    return new Match(entry.party(), entry.name(), token.start(), token.end(),
        weak ? PartyScoring.SHORT_SINGLE_WORD_SCORE : 1.0,
        "written without spaces: " + token.text() + " = " + String.join(" ", entry.tokens()), 0, 0, weak,
        isCommonName(token.text()));
  }

  /** A word that is weak evidence of a name on its own: ordinary in English text, or short (an acronym). */
  static boolean isWeakWord(String token) {
    return token.length() <= PartyScoring.SHORT_SINGLE_WORD_LENGTH || NameNormalizer.isOrdinary(token);
  }

  /** A frequent word that is no ordinary English word: a well-known proper noun ("HUAWEI", "PROMETHEUS"). */
  static boolean isCommonName(String token) {
    return NameNormalizer.isFrequent(token) && !isWeakWord(token);
  }

  /**
   * Whether a weak match stands where a party stands: in a party field of the page, or written as
   * a firm's name, that is followed by a legal form ("Code Ltd", "TOP SYSTEMS LTD.", "Class JSC"),
   * after at most a parenthesised place and punctuation, on its line or the next.
   */
  static boolean standsAsParty(Match match, String folded, PartySlots slots) {
    return slots.holds(folded, match.start(), match.end()) || companyFormFollows(folded, match.end());
  }

  /** Characters read past a name for its legal form: "(SHANGHAI)\nCO., LTD." fits. */
  static final int LEGAL_FORM_REACH = 40;

  static boolean companyFormFollows(String folded, int end) {
    int limit = Math.min(folded.length(), end + LEGAL_FORM_REACH);
    int i = end;
    int newlines = 0;
    while (i < limit) {
      char c = folded.charAt(i);
      if (c == '\n') {
        if (++newlines > 1) {
          return false;
        }
        i++;
      } else if (c == '(') {
        int close = folded.indexOf(')', i);
        if (close < 0 || close >= limit) {
          return false;
        }
        i = close + 1;
      } else if (c == ' ' || c == ',' || c == '.' || c == '-' || c == '\r' || c == '\t') {
        i++;
      } else {
        break;
      }
    }
    int wordEnd = i;
    while (wordEnd < folded.length() && wordEnd - i <= MAX_LEGAL_FORM_LENGTH
        && Character.isLetter(folded.charAt(wordEnd))) {
      wordEnd++;
    }
    return wordEnd > i && NameNormalizer.isCompanyForm(folded.substring(i, wordEnd));
  }

  /** Whether every distinctive word of a one-distinctive-word name is long enough to forgive a typo in. */
  private static boolean distinctiveWordsAreLong(List<String> tokens) {
    for (String t : tokens) {
      if (!NameNormalizer.isGeneric(t) && t.length() < PartyScoring.MIN_TYPO_TOLERANT_SINGLE_WORD) {
        return false;
      }
    }
    return true;
  }

  private static Match verify(NameEntry entry, List<Token> words, boolean[] forgivable, int[] lineOf, int anchor,
                              FoldedText text) {
    String folded = text.folded();
    List<String> tokens = entry.tokens();
    int n = tokens.size();
    if (entry.distinctiveCount() == 0) {
      return phraseMatch(entry, words, anchor, lineOf, text);
    }
    // A name is read within its own line: words from the line above belong to another field.
    int lo = sameLineFrom(lineOf, anchor, n + PartyScoring.SPAN_SLACK);
    int hi = sameLineTo(lineOf, anchor, n + PartyScoring.SPAN_SLACK);
    boolean typosAllowed = entry.distinctiveCount() >= 2 || distinctiveWordsAreLong(tokens);
    double distinctiveWeight = 0;
    double distinctiveScore = 0;
    int generic = 0;
    int genericFound = 0;
    int first = Integer.MAX_VALUE;
    int last = -1;
    StringBuilder reason = new StringBuilder();
    boolean person = entry.isPersonOrVessel();
    java.util.BitSet used = new java.util.BitSet();
    boolean typoInDistinctive = false;
    boolean allDistinctiveShort = true;
    boolean allDistinctiveWeak = true;
    boolean lowerCaseOrdinary = false;
    boolean commonOnly = true;
    boolean allDistinctiveFrequent = true;
    // Whether the distinctive words stand in the list's order, next to each other (generic words between allowed).
    boolean inOrder = true;
    int previousDistinctive = -1;
    for (int j = 0; j < n; j++) {
      String token = tokens.get(j);
      // A generic word is also compared in its plural ("TECHNOLGIES"): spelt once per word, not per comparison.
      String plural = entry.distinctive()[j] ? null : plural(token);
      double bestSim = 0;
      int bestK = -1;
      for (int k = lo; k < hi; k++) {
        if (used.get(k)) {
          // One written word stands for one word of the name: "Jamil Ahmed" is not "AHMED, Ahmed".
          continue;
        }
        String written = words.get(k).text();
        // Typos are forgiven only in a document word that is not itself an ordinary word:
        // "COMMERCIAL" is not a misspelt "COMERCIAL JINAN", nor "BRAKE" a misspelt "DRAKE".
        // A generic word of the name may be misspelt ("TECHNOLGIES"); a distinctive one only where allowed.
        boolean tolerant = entry.distinctive()[j] ? typosAllowed : true;
        double sim = token.equals(written) ? 1.0
            : tolerant && forgivable[k]
                ? typoSimilarity(token, plural, written) : 0.0;
        if (sim > bestSim || sim == bestSim && sim > 0 && Math.abs(k - anchor) < Math.abs(bestK - anchor)) {
          bestSim = sim;
          bestK = k;
        }
      }
      boolean found = bestSim >= (person ? 1.0 : PartyScoring.MIN_TOKEN_SIMILARITY);
      if (found) {
        used.set(bestK);
      }
      if (entry.distinctive()[j]) {
        if (!found) {
          return null;
        }
        if (bestSim < 1.0) {
          typoInDistinctive = true;
        }
        allDistinctiveWeak &= isWeakWord(token);
        // An ordinary word written in lower case is the word in a sentence, not part of a name.
        lowerCaseOrdinary |= isWeakWord(token) && !writtenAsName(text, words.get(bestK));
        commonOnly &= isCommonName(token) || isWeakWord(token);
        allDistinctiveFrequent &= isWeakWord(token) || NameNormalizer.isFrequent(token);
        inOrder &= bestK > previousDistinctive;
        previousDistinctive = bestK;
        allDistinctiveShort &= token.length() <= PartyScoring.SHORT_WORD_LENGTH;
        distinctiveWeight += entry.weights()[j];
        distinctiveScore += entry.weights()[j] * bestSim;
      } else {
        generic++;
        if (found) {
          genericFound++;
        }
      }
      if (found) {
        first = Math.min(first, bestK);
        last = Math.max(last, bestK);
        String written = words.get(bestK).text();
        reason.append(reason.isEmpty() ? "" : ", ").append(token)
            .append(written.equals(token) ? "" : "~" + written + " (typo)");
      }
    }
    if (person && n < 2) {
      return null;
    }
    if (n == 1) {
      return oneWordMatch(entry, words, first, text);
    }
    double d = distinctiveScore / distinctiveWeight;
    double g = generic == 0 ? 1.0 : (double) genericFound / generic;
    double score = d * ((1 - PartyScoring.GENERIC_SHARE) + PartyScoring.GENERIC_SHARE * g);
    if (entry.distinctiveCount() == 1 && generic > 0 && genericFound == 0) {
      // One shared word and none of the rest of the name: most likely another firm.
      score *= PartyScoring.SINGLE_WORD_FACTOR;
    }
    String conflict = placeConflict(placesOf(entry), words, sameLineFrom(lineOf, anchor, PartyScoring.PLACE_WINDOW_WORDS),
        sameLineTo(lineOf, anchor, PartyScoring.PLACE_WINDOW_WORDS));
    if (conflict != null) {
      score *= PartyScoring.PLACE_CONFLICT_FACTOR;
      reason.append("; the text names ").append(conflict).append(", the entry another place");
    }
    int span = last - first + 1;
    if (span > n + PartyScoring.SPAN_SLACK) {
      score *= (double) (n + PartyScoring.SPAN_SLACK) / span;
    }
    // Words of the document's name that the entry does not have: inside the span, and after it
    // up to the legal form or punctuation that ends the name.
    int extraGeneric = 0;
    int extraDistinctive = 0;
    int extraPlaces = 0;
    for (int k = first; k <= last; k++) {
      if (!used.get(k)) {
        if (NameNormalizer.isGeneric(words.get(k).text())) {
          extraGeneric++;
          extraPlaces += NameNormalizer.isPlace(words.get(k).text()) ? 1 : 0;
        } else {
          extraDistinctive++;
        }
      }
    }
    int extraInside = extraGeneric + extraDistinctive;
    for (int k = last + 1; k < words.size() && k <= last + PartyScoring.TRAILING_NAME_WORDS; k++) {
      if (lineOf[k] != lineOf[last] || !nameContinues(folded, words.get(k - 1), words.get(k))) {
        break;
      }
      if (NameNormalizer.isGeneric(words.get(k).text())) {
        extraGeneric++;
        extraPlaces += NameNormalizer.isPlace(words.get(k).text()) ? 1 : 0;
      } else {
        extraDistinctive++;
      }
    }
    // And before it: "Guangzhou Tianhe Suanli Technology" is not "Suanli Technology", though it ends like it.
    for (int k = first - 1; k >= 0 && k >= first - PartyScoring.TRAILING_NAME_WORDS; k--) {
      // Ordinary words ("Our Customer", "KINDLY ARRANGE SHIPMENT") and labels end the written name.
      if (lineOf[k] != lineOf[first] || !nameContinues(folded, words.get(k), words.get(k + 1))
          || opensABlock(words.get(k).text()) || !writtenAsName(text, words.get(k))
          || NameNormalizer.isOrdinary(words.get(k).text()) || NameNormalizer.isFiller(words.get(k).text())) {
        break;
      }
      if (tokens.contains(words.get(k).text())) {
        // A word of the entry's name, matched elsewhere on the line (its place, in the address too).
        continue;
      }
      if (NameNormalizer.isGeneric(words.get(k).text())) {
        extraGeneric++;
        extraPlaces += NameNormalizer.isPlace(words.get(k).text()) ? 1 : 0;
      } else {
        extraDistinctive++;
      }
    }
    if (extraGeneric + extraDistinctive > 0) {
      score *= Math.pow(PartyScoring.EXTRA_WORD_FACTOR, extraGeneric)
          * Math.pow(PartyScoring.EXTRA_DISTINCTIVE_WORD_FACTOR, extraDistinctive);
      reason.append("; ").append(extraGeneric + extraDistinctive).append(" other word(s) in the written name");
    }
    boolean onlyEnglish = true;
    for (int j = 0; j < n; j++) {
      onlyEnglish &= !entry.distinctive()[j] || NameNormalizer.isEnglishWord(tokens.get(j));
    }
    if (onlyEnglish && (genericFound < generic || extraGeneric + extraDistinctive > 0)) {
      score *= PartyScoring.ENGLISH_WORDS_FACTOR;
      reason.append("; its distinctive words are ordinary English words");
    }
    if (entry.distinctiveCount() == 1 && typoInDistinctive) {
      score *= PartyScoring.TYPO_ONLY_FACTOR;
    }
    boolean whole = genericFound == generic && extraGeneric + extraDistinctive == 0;
    if (allDistinctiveShort && !whole) {
      score *= PartyScoring.SHORT_WORDS_FACTOR;
      reason.append("; rests on short words");
    }
    if (generic > genericFound) {
      reason.append("; generic words not in the text: ").append(generic - genericFound);
    }
    // One ordinary word or acronym carries the name ("TOP" of "Top Systems", "FOREIGN" of "Bank for
    // Foreign Trade"), or ordinary words out of the list's order ("David ... Sword"): weak evidence.
    boolean weak = entry.weakAlias()
        || allDistinctiveWeak && (entry.distinctiveCount() == 1 || extraInside > 0 || lowerCaseOrdinary)
        || allDistinctiveFrequent && !inOrder;
    return new Match(entry.party(), entry.name(), words.get(first).start(), words.get(last).end(), round(score),
        "words " + reason, generic - genericFound + extraGeneric + extraDistinctive, extraDistinctive + extraPlaces,
        weak, !weak && commonOnly && entry.distinctiveCount() == 1);
  }

  private static boolean hasDigit(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  /** A word written as part of a name: starting with a capital or a digit (or in a script without case). */
  private static boolean writtenAsName(FoldedText text, Token word) {
    String original = text.originalSpan(word.start(), word.end());
    if (original.isEmpty()) {
      return false;
    }
    int first = original.codePointAt(0);
    return !Character.isLowerCase(first);
  }

  /** The places of the entry's name, and of the listed name it belongs to ("Fujian" of "Suanli (Fujian) Technology"). */
  private static List<String> placesOf(NameEntry entry) {
    List<String> places = new ArrayList<>(entry.tokens());
    if (entry.alias()) {
      for (String token : NameNormalizer.tokens(entry.party().name())) {
        if (NameNormalizer.isPlace(token) && !places.contains(token)) {
          places.add(token);
        }
      }
    }
    return places;
  }

  /**
   * A one-word name ("APEX", "Sophgo") matches only a word written as a name on its own: capitalised,
   * and followed by a legal form, punctuation or the end of the line. "Apex Infra Solutions" is
   * another firm that shares a word. A short word is never more than a REVIEW.
   */
  private static Match oneWordMatch(NameEntry entry, List<Token> words, int index, FoldedText text) {
    Token word = words.get(index);
    String token = entry.tokens().get(0);
    if (!token.equals(word.text())) {
      return null;
    }
    String original = text.originalSpan(word.start(), word.end());
    if (original.isEmpty() || !Character.isUpperCase(original.codePointAt(0))) {
      return null;
    }
    String folded = text.folded();
    int after = word.end();
    while (after < folded.length() && folded.charAt(after) == ' ') {
      after++;
    }
    // "(" continues a name ("Inspur (HK) Electronics"); other punctuation and line ends close it.
    boolean endsName = after >= folded.length() || ",;.)/\n\r\t".indexOf(folded.charAt(after)) >= 0;
    if (!endsName) {
      int wordEnd = after;
      while (wordEnd < folded.length() && wordEnd - after <= MAX_LEGAL_FORM_LENGTH
          && Character.isLetterOrDigit(folded.charAt(wordEnd))) {
        wordEnd++;
      }
      endsName = NameNormalizer.isLegalForm(folded.substring(after, wordEnd));
    }
    if (!endsName) {
      return null;
    }
    // A short word or an ordinary English word ("APEX", "FALCON") is never more than a REVIEW.
    boolean shortWord = token.length() <= PartyScoring.SHORT_SINGLE_WORD_LENGTH || NameNormalizer.isEnglishWord(token);
    boolean weak = isWeakWord(token) || entry.weakAlias();
    // A weak or common one-word name after another word of a name is part of that other name
    // ("g10 Code GmbH", "Christopher Schmidt"), unless a label stands before it.
    if ((weak || isCommonName(token)) && index > 0 && words.get(index - 1).end() + 1 == word.start()
        && folded.charAt(word.start() - 1) == ' '
        && (writtenAsName(text, words.get(index - 1)) || hasDigit(words.get(index - 1).text()))
        && !opensABlock(words.get(index - 1).text()) && !NameNormalizer.isFiller(words.get(index - 1).text())
        && PartyRoles.fieldAt(folded, word.start()) == null) {
      return null;
    }
    return new Match(entry.party(), entry.name(), word.start(), word.end(),
        shortWord ? PartyScoring.SHORT_SINGLE_WORD_SCORE : PartyScoring.ONE_WORD_NAME_SCORE,
        "the one-word name " + token + " written as a name" + (shortWord ? " (short or ordinary word: review)" : ""),
        0, 0, weak, isCommonName(token));
  }

  /**
   * Compares the address written around the name (the rest of its line and the few lines of its
   * address block) with the entry's countries: agreement raises the score, disagreement lowers it.
   */
  private static Match corroborate(Match match, NameEntry entry, List<Token> words, int[] lineOf, int anchor,
                                   String folded, double alertThreshold) {
    if (entry.countries().isEmpty()) {
      return match;
    }
    java.util.Set<String> written = new java.util.TreeSet<>();
    int from = sameLineFrom(lineOf, anchor, PartyScoring.ADDRESS_WINDOW_WORDS);
    for (int k = from; k < words.size() && k < anchor + PartyScoring.ADDRESS_WINDOW_WORDS; k++) {
      if (lineOf[k] > lineOf[anchor] + PartyScoring.ADDRESS_WINDOW_LINES) {
        break;
      }
      if (k > anchor && lineOf[k] > lineOf[anchor] && (Labels.wholeLabelAt(folded, words.get(k).start())
          || words.get(k).text().equals("DESCRIPTION"))) {
        break;
      }
      String phrase = "";
      for (int w = 0; w < dev.chipscreen.core.document.Places.MAX_WORDS && k + w < words.size(); w++) {
        phrase = w == 0 ? words.get(k).text() : phrase + " " + words.get(k + w).text();
        String code = dev.chipscreen.core.document.Places.inText(phrase);
        if (code != null) {
          written.add(code);
        }
      }
    }
    if (written.isEmpty()) {
      return match;
    }
    for (String code : written) {
      for (String listed : entry.countries()) {
        if (dev.chipscreen.core.document.Places.agree(code, listed)) {
          boolean alert = match.score() >= alertThreshold;
          return match.withScore(
              alert ? round(Math.min(1.0, match.score() + PartyScoring.ADDRESS_AGREES_BONUS)) : match.score(),
              match.reason() + "; address agrees (" + code + ")");
        }
      }
    }
    if (match.weak() || match.extra() > 0) {
      // Contrary evidence against a name that was weak or incomplete to begin with: another firm
      // ("Advance Technologies GmbH, Hamburg"; "Smartech Future Trading (Malaysia) Sdn Bhd, Johor").
      return null;
    }
    return match.withScore(round(match.score() * PartyScoring.ADDRESS_DISAGREES_FACTOR),
        match.reason() + "; address in the text (" + String.join(", ", written) + ") is not the list's ("
            + String.join(", ", new java.util.TreeSet<>(entry.countries())) + ")");
  }

  /** Words that open the next block of a document (a label's first word, or the goods table's heading). */
  private static boolean opensABlock(String word) {
    return Labels.opensALabel(word) || word.equals("DESCRIPTION");
  }

  /** A place of the entry's name missing from the line while the line names another place. */
  private static String placeConflict(List<String> tokens, List<Token> words, int lo, int hi) {
    boolean missingPlace = false;
    for (String token : tokens) {
      if (NameNormalizer.isPlace(token)) {
        boolean found = false;
        for (int k = lo; k < hi && !found; k++) {
          found = samePlace(words.get(k).text(), token);
        }
        missingPlace |= !found;
      }
    }
    if (!missingPlace) {
      return null;
    }
    for (int k = lo; k < hi; k++) {
      String word = words.get(k).text();
      if (NameNormalizer.isPlace(word) && tokens.stream().noneMatch(t -> samePlace(t, word))) {
        return word;
      }
    }
    return null;
  }

  /** Hong Kong is written HK, HONG KONG or HONGKONG; Macau, MACAO. */
  private static final List<Set<String>> ONE_PLACE = List.of(Set.of("HK", "HONG", "KONG", "HONGKONG"),
      Set.of("MACAU", "MACAO"));

  private static boolean samePlace(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    for (Set<String> place : ONE_PLACE) {
      if (place.contains(a) && place.contains(b)) {
        return true;
      }
    }
    return false;
  }

  /** Similarity allowing a typo, to the word or (for a generic word: {@code plural} not null) its plural. */
  private static double typoSimilarity(String listed, String plural, String written) {
    double sim = TokenSimilarity.similarity(listed, written);
    if (plural != null) {
      sim = Math.max(sim, TokenSimilarity.similarity(plural, written));
    }
    return sim;
  }

  private static String plural(String word) {
    return word.endsWith("Y") ? word.substring(0, word.length() - 1) + "IES" : word + "S";
  }


  /** True when only spaces, hyphens or brackets separate two words: no punctuation or legal form closes the name between them. */
  private static boolean nameContinues(String folded, Token previous, Token next) {
    for (int c = previous.end(); c < next.start(); c++) {
      char ch = folded.charAt(c);
      // Brackets too: "(Malaysia)" after "Smartech Future Trading" is part of the written name.
      if (ch != ' ' && ch != '-' && ch != '&' && ch != '(' && ch != ')') {
        return false;
      }
    }
    return true;
  }

  /** For each word, the number of line breaks before it: one pass over the page. */
  private static int[] lineNumbers(List<Token> words, String folded) {
    int[] lineOf = new int[words.size()];
    int line = 0;
    int pos = 0;
    for (int k = 0; k < words.size(); k++) {
      int start = words.get(k).start();
      for (; pos < start; pos++) {
        if (folded.charAt(pos) == '\n') {
          line++;
        }
      }
      lineOf[k] = line;
    }
    return lineOf;
  }

  /** The first word of the anchor's line, at most {@code reach} words before it. */
  private static int sameLineFrom(int[] lineOf, int anchor, int reach) {
    int k = anchor;
    while (k > 0 && anchor - k < reach && lineOf[k - 1] == lineOf[anchor]) {
      k--;
    }
    return k;
  }

  /** Just past the last word of the anchor's line, at most {@code reach} words after it. */
  private static int sameLineTo(int[] lineOf, int anchor, int reach) {
    int k = anchor + 1;
    while (k < lineOf.length && k - anchor <= reach && lineOf[k] == lineOf[anchor]) {
      k++;
    }
    return k;
  }

  private static Match phraseMatch(NameEntry entry, List<Token> words, int anchor, int[] lineOf, FoldedText text) {
    List<String> tokens = entry.tokens();
    if (tokens.size() < PartyScoring.MIN_PHRASE_WORDS || anchor + tokens.size() > words.size()) {
      return null;
    }
    for (int j = 0; j < tokens.size(); j++) {
      if (!tokens.get(j).equals(words.get(anchor + j).text())) {
        return null;
      }
    }
    // Generic words only ("Harbin Institute of Technology"): ordinary words of firm names, so weak
    // evidence, and whole only when no other word of the written name stands before or after it
    // ("INSPUR (HONG KONG) ELECTRONICS" is not "Hong Kong Electronics").
    int last = anchor + tokens.size() - 1;
    String folded = text.folded();
    int others = 0;
    if (anchor > 0 && lineOf[anchor - 1] == lineOf[anchor]
        && onlyNameGlue(folded, words.get(anchor - 1).end(), words.get(anchor).start())) {
      others++;
    }
    if (last + 1 < words.size() && lineOf[last + 1] == lineOf[last]
        && onlyNameGlue(folded, words.get(last).end(), words.get(last + 1).start())) {
      others++;
    }
    return new Match(entry.party(), entry.name(), words.get(anchor).start(), words.get(last).end(), 1.0,
        "whole name written as listed", others, others, true, false);
  }

  /** True when only spaces, brackets, hyphens or '&' stand between two words: one name runs on. */
  private static boolean onlyNameGlue(String folded, int from, int to) {
    for (int c = from; c < to; c++) {
      if (" ()-&".indexOf(folded.charAt(c)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * One match per written name: where several entries match one stretch of text (the Moore
   * Threads companies of Beijing, Shanghai and Chengdu; one firm on two lists), the best is kept
   * and the others ride along as its candidates, best first. An entry is kept once per page.
   */
  private static List<Match> select(List<Match> matches) {
    matches.sort(BEST_FIRST);
    List<Match> leaders = new ArrayList<>();
    List<List<Match>> candidates = new ArrayList<>();
    java.util.Set<String> seenEntries = new java.util.HashSet<>();
    for (Match m : matches) {
      // The same entry reaches us from more than one file (the 2022 CSL and the 2026 BIS Entity List).
      String key = m.party().listCode() + "|" + m.party().name().toUpperCase(Locale.ROOT);
      if (!seenEntries.add(key)) {
        continue;
      }
      int group = overlapping(leaders, m);
      if (group < 0) {
        leaders.add(m);
        candidates.add(new ArrayList<>());
      } else if (candidates.get(group).size() < MAX_CANDIDATES) {
        candidates.get(group).add(m);
      }
    }
    List<Match> kept = new ArrayList<>(leaders.size());
    for (int g = 0; g < leaders.size(); g++) {
      Match leader = leaders.get(g);
      kept.add(leader.withOthers(candidates.get(g)));
    }
    kept.sort(Comparator.comparingInt(Match::start));
    return kept;
  }

  private static int overlapping(List<Match> leaders, Match m) {
    for (int g = 0; g < leaders.size(); g++) {
      Match k = leaders.get(g);
      if (k.start() < m.end() && m.start() < k.end()) {
        return g;
      }
    }
    return -1;
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
