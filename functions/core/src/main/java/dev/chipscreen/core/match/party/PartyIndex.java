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
 * <p>Three indexes find candidates: exact distinctive tokens; the same tokens with one letter
 * deleted (a typo in the document still meets its entry: "SOPGHO" and "SOPHGO" share
 * "SOPGO"); and the whole name written without spaces ("MOORETHREADS"). Names made only of
 * generic words ("Harbin Institute of Technology") are indexed as phrases that must appear whole.
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
   */
  record NameEntry(RestrictedParty party, String name, List<String> tokens, boolean[] distinctive, double[] weights,
                   boolean alias, Set<String> countries, int distinctiveCount) {

    NameEntry(RestrictedParty party, String name, List<String> tokens, boolean[] distinctive, double[] weights,
              boolean alias, Set<String> countries) {
      // Counted once here: the matcher asks for every candidate it verifies.
      this(party, name, tokens, distinctive, weights, alias, countries, count(distinctive));
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
  private final Map<String, List<NameEntry>> byToken;
  private final Map<String, List<NameEntry>> byDeletion;
  private final Map<String, List<NameEntry>> byJoinedName;
  private final Map<String, List<NameEntry>> byPhraseStart = new HashMap<>();
  private final int names;
  private final PartyList list;
  /** The longest key in any index: a longer document word cannot match, even with a typo. */
  private int longestKey;

  /**
   * Keys per name in the deletion index, to size it once: the real lists give about 12 (two or
   * three distinctive words of five to ten letters). Growing a map of a million keys by doubling
   * rehashes it many times over.
   */
  private static final int DELETION_KEYS_PER_NAME = 12;

  private PartyIndex(PartyList list, int names) {
    this.list = list;
    this.names = names;
    this.byToken = HashMap.newHashMap(names * 2);
    this.byDeletion = HashMap.newHashMap(names * DELETION_KEYS_PER_NAME);
    this.byJoinedName = HashMap.newHashMap(names);
  }

  public static PartyIndex build(PartyList list) {
    // Normalising names is most of the work and each party's is independent: in parallel, kept in order.
    List<RawName> raw = list.parties().parallelStream().flatMap(party -> namesOf(party).stream()).toList();
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

  private static List<RawName> namesOf(RestrictedParty party) {
    List<RawName> raw = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    addName(raw, seen, party, party.name(), false);
    for (String alias : party.aliases()) {
      addName(raw, seen, party, alias, true);
    }
    // "National University of Defense Technology (NUDT)", "ACM Research (Shanghai)": documents
    // often leave the parenthesis out, so the name without it is an alias too.
    for (String name : withNames(party)) {
      String bare = PARENTHESIS.matcher(name).replaceAll(" ").trim();
      if (!bare.equals(name) && !bare.isEmpty()) {
        addName(raw, seen, party, bare, true);
      }
    }
    return raw;
  }

  private static final java.util.regex.Pattern PARENTHESIS = java.util.regex.Pattern.compile("\\([^)]*\\)");

  private static List<String> withNames(RestrictedParty party) {
    List<String> names = new ArrayList<>(party.aliases());
    names.add(0, party.name());
    return names;
  }

  private record RawName(RestrictedParty party, String name, List<String> tokens, boolean alias) {
  }

  private static void addName(List<RawName> raw, Set<String> seen, RestrictedParty party, String name, boolean alias) {
    List<String> tokens = NameNormalizer.tokens(name);
    if (tokens.isEmpty() || !seen.add(String.join(" ", tokens))) {
      return;
    }
    raw.add(new RawName(party, name, tokens, alias));
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
        countries.computeIfAbsent(raw.party, PartyIndex::countriesOf));
    boolean any = false;
    for (int i = 0; i < n; i++) {
      if (!distinctive[i]) {
        continue;
      }
      any = true;
      String token = raw.tokens.get(i);
      put(byToken, token, entry);
      if (token.length() >= MIN_DELETION_LENGTH && !person) {
        for (String deletion : deletions(token)) {
          put(byDeletion, deletion, entry);
        }
      }
    }
    if (!any) {
      put(byPhraseStart, raw.tokens.get(0), entry);
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
    longestKey = Math.max(longestKey, key.length());
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

  List<NameEntry> byPhraseStart(String token) {
    return byPhraseStart.getOrDefault(token, List.of());
  }

  /** Names and aliases indexed. */
  public int size() {
    return names;
  }

  public PartyList list() {
    return list;
  }
}
