package dev.chipscreen.core.match.party;

import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.RestrictedParty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every list name and alias, normalised once at load, and indexed by its distinctive tokens so
 * that a document is screened in one pass over its words rather than one query per name.
 *
 * <p>Three indexes find candidates: a name's anchor token (its rarest distinctive token); the
 * same token with one letter deleted (a typo in the document still meets its entry: "SOPGHO" and
 * "SOPHGO" share "SOPGO"); and the whole name written without spaces ("MOORETHREADS"). Names
 * made only of generic words ("Harbin Institute of Technology") are indexed by their first two
 * words, as phrases that must appear whole.
 *
 * <p>One anchor is enough because a name matches only when every one of its distinctive tokens is
 * in the text: "WANG" or "SAID", shared by hundreds of listed people, then no longer makes
 * hundreds of candidates on every page that uses the word, and lists ten times larger make few
 * more candidates for the same page.
 */
public final class PartyIndex {

  /** Deletion variants are indexed only for tokens this long: shorter ones match exactly. */
  static final int MIN_DELETION_LENGTH = TokenSimilarity.MIN_FUZZY_LENGTH;

  /**
   * One name (or alias) of a list entry, prepared for matching.
   *
   * @param party       the list entry
   * @param name        the name or alias as the list writes it
   * @param tokens      its folded tokens without legal forms
   * @param distinctive for each token, whether it can identify the party
   * @param weights     for each token, its weight in the score (rarer tokens weigh more)
   * @param alias       true when this is an alias rather than the primary name
   * @param weakAlias   true when the list marks the alias weak (OFAC's single-quoted a.k.a.s: nicknames,
   *                    common acronyms): it may confirm a party found by another name, never find one
   */
  record NameEntry(RestrictedParty party, String name, List<String> tokens, boolean[] distinctive, double[] weights,
                   boolean alias, boolean weakAlias, Set<String> countries, int distinctiveCount) {

    NameEntry(RestrictedParty party, String name, List<String> tokens, boolean[] distinctive, double[] weights,
              boolean alias, boolean weakAlias, Set<String> countries) {
      // Counted once here: the matcher asks for every candidate it verifies.
      this(party, name, tokens, distinctive, weights, alias, weakAlias, countries, count(distinctive));
    }

    private static int count(boolean[] flags) {
      int n = 0;
      for (boolean f : flags) {
        if (f) {
          n++;
        }
      }
      return n;
    }

    boolean isPersonOrVessel() {
      return RestrictedParty.INDIVIDUAL.equals(party.type()) || RestrictedParty.VESSEL.equals(party.type())
          || RestrictedParty.AIRCRAFT.equals(party.type());
    }

  }

  private final Map<RestrictedParty, Set<String>> countries = new java.util.IdentityHashMap<>();
  // Package-private for PartyIndexSnapshot, which writes and reads them.
  final Map<String, List<NameEntry>> byToken;
  final Map<String, List<NameEntry>> byDeletion;
  final Map<String, List<NameEntry>> byJoinedName;
  final Map<String, List<NameEntry>> byPhraseStart = new HashMap<>();
  /** First words of those phrases: a page's other words skip building a phrase key. */
  final Set<String> phraseFirstWords = new HashSet<>();
  /** Every distinctive token of any name, anchor or not: the words that belong to list names. */
  final Set<String> nameWords = new HashSet<>();
  final int names;
  private final PartyList list;
  /** The longest key in any index: a longer document word cannot match, even with a typo. */
  int longestKey;

  /**
   * Keys per name in the deletion index, to size it once: the real lists give about 1.6 (many
   * names share their anchor token, and people's names have no deletion keys). Growing a map by
   * doubling rehashes it many times over.
   */
  private static final int DELETION_KEYS_PER_NAME = 2;

  PartyIndex(PartyList list, int names) {
    this.list = list;
    this.names = names;
    this.byToken = HashMap.newHashMap(names * 2);
    this.byDeletion = HashMap.newHashMap(names * DELETION_KEYS_PER_NAME);
    this.byJoinedName = HashMap.newHashMap(names);
  }

  public static PartyIndex build(PartyList list) {
    // Normalising names is most of the work and each party's is independent: in parallel, kept in order.
    Map<String, Set<String>> weak = weakAliasesByName(list);
    List<RawName> raw = list.parties().parallelStream().flatMap(party -> namesOf(party, weak).stream()).toList();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (RawName name : raw) {
      for (String token : new HashSet<>(name.tokens)) {
        documentFrequency.merge(token, 1, Integer::sum);
      }
    }
    PartyIndex index = new PartyIndex(list, raw.size());
    for (RawName name : raw) {
      index.add(name, documentFrequency);
    }
    return index;
  }

  /**
   * The weak aliases of every listed name, keyed by the name's tokens: OFAC marks them in its own
   * files only, and the same entry copied into another list (the CSL's SDN rows) carries them as
   * plain aliases, so a weak alias is weak for every entry of that name.
   */
  private static Map<String, Set<String>> weakAliasesByName(PartyList list) {
    Map<String, Set<String>> weak = new HashMap<>();
    for (RestrictedParty party : list.parties()) {
      if (!party.weakAliases().isEmpty()) {
        Set<String> keys = weak.computeIfAbsent(String.join(" ", NameNormalizer.tokens(party.name())),
            k -> new HashSet<>());
        for (String alias : party.weakAliases()) {
          keys.add(String.join(" ", NameNormalizer.tokens(alias)));
        }
      }
    }
    return weak;
  }

  private static List<RawName> namesOf(RestrictedParty party, Map<String, Set<String>> weakByName) {
    List<RawName> raw = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> weak = weakByName.isEmpty() ? Set.of()
        : weakByName.getOrDefault(String.join(" ", NameNormalizer.tokens(party.name())), Set.of());
    addName(raw, seen, party, party.name(), false, false);
    for (String alias : party.aliases()) {
      addName(raw, seen, party, alias, true, weak.contains(String.join(" ", NameNormalizer.tokens(alias))));
    }
    for (String alias : party.weakAliases()) {
      addName(raw, seen, party, alias, true, true);
    }
    // "National University of Defense Technology (NUDT)", "ACM Research (Shanghai)": documents
    // often leave the parenthesis out, so the name without it is an alias too.
    for (String name : withNames(party)) {
      String bare = PARENTHESIS.matcher(name).replaceAll(" ").trim();
      if (!bare.equals(name) && !bare.isEmpty()) {
        addName(raw, seen, party, bare, true, false);
      }
      // "Semiconductor Manufacturing International Corporation (SMIC)", "Huawei Technologies Co.,
      // Ltd. (Huawei)": the list names the firm by the word in brackets too, when that word is the
      // name's initialism or one of its own words. Other brackets hold places ("(Haining)") or
      // descriptions ("(flight)").
      java.util.regex.Matcher bracketed = PARENTHESIS.matcher(name);
      while (bracketed.find()) {
        List<String> inside = NameNormalizer.tokens(bracketed.group());
        String outside = PARENTHESIS.matcher(name).replaceAll(" ");
        if (inside.size() == 1 && inside.get(0).length() >= NameNormalizer.MIN_DISTINCTIVE_LENGTH
            && !NameNormalizer.isGeneric(inside.get(0)) && namesItsName(inside.get(0), outside)) {
          addName(raw, seen, party, bracketed.group().replaceAll("[()]", "").strip(), true, false);
        }
      }
    }
    return raw;
  }

  /** True when {@code word} is one of the name's distinctive words or its initialism ("SMIC", "NUDT"). */
  static boolean namesItsName(String word, String name) {
    List<String> words = new ArrayList<>();
    for (dev.chipscreen.core.text.Token t : dev.chipscreen.core.text.Tokenizer.tokenize(
        dev.chipscreen.core.text.TextNormalizer.fold(name))) {
      words.add(t.text());
    }
    if (words.contains(word)) {
      return true;
    }
    // Initialism: its letters are the first letters of words of the name, in order ("OF" may be skipped).
    int k = 0;
    for (String w : words) {
      if (k < word.length() && w.charAt(0) == word.charAt(k)) {
        k++;
      }
    }
    return k == word.length() && word.length() <= words.size();
  }

  private static final java.util.regex.Pattern PARENTHESIS = java.util.regex.Pattern.compile("\\([^)]*\\)");

  private static List<String> withNames(RestrictedParty party) {
    List<String> names = new ArrayList<>(party.aliases());
    names.add(0, party.name());
    return names;
  }

  private record RawName(RestrictedParty party, String name, List<String> tokens, boolean alias, boolean weakAlias) {
  }

  private static void addName(List<RawName> raw, Set<String> seen, RestrictedParty party, String name, boolean alias,
                              boolean weakAlias) {
    List<String> tokens = NameNormalizer.tokens(name);
    if (tokens.isEmpty() || !seen.add(String.join(" ", tokens))) {
      return;
    }
    raw.add(new RawName(party, name, tokens, alias, weakAlias));
  }

  private void add(RawName raw, Map<String, Integer> documentFrequency) {
    int n = raw.tokens.size();
    boolean[] distinctive = new boolean[n];
    double[] weights = new double[n];
    boolean person = RestrictedParty.INDIVIDUAL.equals(raw.party.type());
    for (int i = 0; i < n; i++) {
      String token = raw.tokens.get(i);
      // In a person's name every part of three letters or more counts, places aside ("PO, Kong" is
      // an SDN individual and "San Po Kong" a Hong Kong district).
      distinctive[i] = person ? token.length() >= 3 && !NameNormalizer.isPlace(token) : !NameNormalizer.isGeneric(token);
      weights[i] = distinctive[i] ? PartyScoring.distinctiveWeight(documentFrequency.getOrDefault(token, 1))
          : PartyScoring.GENERIC_WEIGHT;
    }
    if (person && countTrue(distinctive) < 2) {
      return;
    }
    NameEntry entry = new NameEntry(raw.party, raw.name, List.copyOf(raw.tokens), distinctive, weights, raw.alias,
        raw.weakAlias, countries.computeIfAbsent(raw.party, PartyIndex::countriesOf));
    for (int i = 0; i < n; i++) {
      if (distinctive[i]) {
        nameWords.add(raw.tokens.get(i));
      }
    }
    int[] anchors = anchors(raw.tokens, distinctive, documentFrequency);
    for (int i : anchors) {
      String token = raw.tokens.get(i);
      put(byToken, token, entry);
      if (token.length() >= MIN_DELETION_LENGTH && !person) {
        // The token itself too, as its own zero-letter deletion: a document word with one letter
        // too many then meets it in the same lookup as the other typos.
        put(byDeletion, token, entry);
        for (String deletion : deletions(token)) {
          put(byDeletion, deletion, entry);
        }
      }
    }
    if (anchors.length == 0) {
      // Places alone ("Hong Kong") name no firm.
      if (n >= PartyScoring.MIN_PHRASE_WORDS && !raw.tokens.stream().allMatch(NameNormalizer::isPlace)) {
        put(byPhraseStart, phraseKey(raw.tokens.get(0), raw.tokens.get(1)), entry);
        phraseFirstWords.add(raw.tokens.get(0));
      }
    } else if (n > 1 && !entry.isPersonOrVessel()) {
      put(byJoinedName, String.join("", raw.tokens), entry);
    }
  }

  /** ISO-2 codes of the entry's countries and of the last part of each of its addresses. */
  static Set<String> countriesOf(RestrictedParty party) {
    Set<String> codes = new HashSet<>();
    for (String country : party.countries()) {
      String code = dev.chipscreen.core.document.Places.iso2(country);
      if (code != null) {
        codes.add(code);
      }
    }
    for (String address : party.addresses()) {
      String last = address.substring(address.lastIndexOf(',') + 1).replaceAll("[.\\s]+$", "");
      String code = dev.chipscreen.core.document.Places.iso2(last);
      if (code != null) {
        codes.add(code);
      }
    }
    return Set.copyOf(codes);
  }

  /**
   * The positions of the tokens a name is indexed by: its rarest distinctive token (on a tie the
   * longer, then the first), and the next rarest too when the rarest is long enough to carry two
   * typos, which the one-deletion index cannot bridge. Empty for a name of generic words only.
   */
  private static int[] anchors(List<String> tokens, boolean[] distinctive, Map<String, Integer> documentFrequency) {
    int rarest = -1;
    int second = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (!distinctive[i]) {
        continue;
      }
      if (rarest < 0 || rarer(tokens.get(i), tokens.get(rarest), documentFrequency)) {
        second = rarest;
        rarest = i;
      } else if (second < 0 || rarer(tokens.get(i), tokens.get(second), documentFrequency)) {
        second = i;
      }
    }
    if (rarest < 0) {
      return new int[0];
    }
    boolean twoTyposPossible = tokens.get(rarest).length() >= TokenSimilarity.LONG_TOKEN_LENGTH;
    return twoTyposPossible && second >= 0 ? new int[] {rarest, second} : new int[] {rarest};
  }

  private static boolean rarer(String a, String b, Map<String, Integer> documentFrequency) {
    int fa = documentFrequency.getOrDefault(a, 1);
    int fb = documentFrequency.getOrDefault(b, 1);
    return fa != fb ? fa < fb : a.length() > b.length();
  }

  /** The key of a generic-words phrase: its first two words. */
  static String phraseKey(String first, String second) {
    return first + " " + second;
  }

  private static int countTrue(boolean[] values) {
    int n = 0;
    for (boolean v : values) {
      if (v) {
        n++;
      }
    }
    return n;
  }

  static List<String> deletions(String token) {
    List<String> out = new ArrayList<>(token.length());
    for (int i = 0; i < token.length(); i++) {
      out.add(token.substring(0, i) + token.substring(i + 1));
    }
    return out;
  }

  private void put(Map<String, List<NameEntry>> map, String key, NameEntry entry) {
    // A phrase is looked up by its first word: that word's length is what counts.
    int keyWord = map == byPhraseStart ? key.indexOf(' ') : key.length();
    longestKey = Math.max(longestKey, keyWord);
    List<NameEntry> bucket = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != entry) {
      bucket.add(entry);
    }
  }

  /** True when a document word is too long to match any indexed key (even with one extra letter). */
  boolean tooLong(String word) {
    return word.length() > longestKey + 1;
  }

  List<NameEntry> byToken(String token) {
    return byToken.getOrDefault(token, List.of());
  }

  List<NameEntry> byDeletion(String key) {
    return byDeletion.getOrDefault(key, List.of());
  }

  List<NameEntry> byJoinedName(String token) {
    return byJoinedName.getOrDefault(token, List.of());
  }

  /** Generic-words names that start with these two words. */
  List<NameEntry> byPhraseStart(String first, String second) {
    if (!phraseFirstWords.contains(first)) {
      return List.of();
    }
    return byPhraseStart.getOrDefault(phraseKey(first, second), List.of());
  }

  /** True when some list name has this distinctive token, whether or not it anchors the name. */
  boolean isNameWord(String token) {
    return nameWords.contains(token);
  }

  /** Names and aliases indexed. */
  public int size() {
    return names;
  }

  public PartyList list() {
    return list;
  }
}
