package dev.chipscreen.core.match.party;

import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.match.party.PartyIndex.NameEntry;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A built {@link PartyIndex} written to a file and read back instead of building it again: the
 * build normalises 75,000 names and files a quarter of a million keys, about a second in a cold
 * JVM, and was the largest part of a CLI run with the full lists. A derived file, like the list
 * snapshot beside it: valid only for the exact list entries and the exact matching code it was
 * written from (its fingerprint hashes both), and rebuilt whenever either differs or the file
 * cannot be read.
 *
 * <p>Format: magic, fingerprint, a string table, the name entries (their party as a position in
 * the list), then each index as keys with the positions of their entries.
 */
public final class PartyIndexSnapshot {

  /** The file name, beside the lists; never synced (the store's sync skips dot files). */
  public static final String FILE = ".party-index.bin";
  private static final String MAGIC = "chipscreen-party-index-2";
  /** A snapshot claiming more strings, entries or keys than this is damaged, not read. */
  private static final int MAX_COUNT = 50_000_000;
  /**
   * The classes and data whose change changes the index: any edit to them (a generic word added,
   * a scoring weight moved) makes every earlier snapshot stale, with nothing to remember to bump.
   */
  private static final List<String> CODE = List.of("PartyIndex.class", "PartyIndex$NameEntry.class",
      "NameNormalizer.class", "PartyScoring.class", "TokenSimilarity.class", "english-words.txt", "ordinary-words.txt",
      "/dev/chipscreen/core/text/TextNormalizer.class", "/dev/chipscreen/core/text/Tokenizer.class",
      "/dev/chipscreen/core/document/Places.class");

  private PartyIndexSnapshot() {
  }

  /** The index of {@code list} from {@code file} when it was written for it; else built, and written there. */
  public static PartyIndex loadOrBuild(PartyList list, Path file) {
    if (list.isEmpty()) {
      return PartyIndex.build(list);
    }
    String fingerprint = fingerprint(list);
    PartyIndex index = read(file, fingerprint, list);
    if (index == null) {
      index = PartyIndex.build(list);
      write(file, fingerprint, index);
    }
    return index;
  }

  /** What an index is valid for: every entry's matched fields, and the matching code. */
  static String fingerprint(PartyList list) {
    MessageDigest digest = sha256();
    for (String resource : CODE) {
      try (InputStream in = PartyIndex.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing from the classpath: " + resource);
        }
        digest.update(in.readAllBytes());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    // A 64-bit hash per entry (its strings' own hashes, cheap) keeps this a few milliseconds.
    long[] perParty = new long[list.parties().size()];
    for (int i = 0; i < perParty.length; i++) {
      RestrictedParty p = list.parties().get(i);
      long h = 1125899906842597L;
      for (Object field : new Object[] {p.source(), p.listCode(), p.sourceId(), p.type(), p.name(), p.aliases(),
          p.addresses(), p.countries(), p.weakAliases()}) {
        h = 31 * h + (field == null ? 0 : field.hashCode());
        h ^= h >>> 29;
      }
      perParty[i] = h;
    }
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(perParty.length * Long.BYTES);
    bytes.asLongBuffer().put(perParty);
    digest.update(bytes.array());
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The index written for {@code fingerprint}, or null (no file, another fingerprint, damaged). */
  static PartyIndex read(Path file, String fingerprint, PartyList list) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!MAGIC.equals(in.readUTF()) || !fingerprint.equals(in.readUTF())) {
        return null;
      }
      int names = count(in);
      PartyIndex index = new PartyIndex(list, names);
      index.longestKey = in.readInt();
      String[] strings = new String[count(in)];
      for (int i = 0; i < strings.length; i++) {
        byte[] utf8 = new byte[count(in)];
        in.readFully(utf8);
        strings[i] = new String(utf8, StandardCharsets.UTF_8);
      }
      List<RestrictedParty> parties = list.parties();
      Map<Integer, Set<String>> countries = new HashMap<>();
      NameEntry[] entries = new NameEntry[count(in)];
      for (int e = 0; e < entries.length; e++) {
        int party = in.readInt();
        String name = strings[in.readInt()];
        boolean alias = in.readBoolean();
        boolean weakAlias = in.readBoolean();
        int n = count(in);
        List<String> tokens = new ArrayList<>(n);
        boolean[] distinctive = new boolean[n];
        double[] weights = new double[n];
        for (int t = 0; t < n; t++) {
          tokens.add(strings[in.readInt()]);
          distinctive[t] = in.readBoolean();
          weights[t] = in.readDouble();
        }
        int c = count(in);
        List<String> codes = new ArrayList<>(c);
        for (int k = 0; k < c; k++) {
          codes.add(strings[in.readInt()]);
        }
        // Entries of one party share one set, as when built.
        Set<String> shared = countries.computeIfAbsent(party, k -> Set.copyOf(codes));
        entries[e] = new NameEntry(parties.get(party), name, List.copyOf(tokens), distinctive, weights, alias,
            weakAlias, shared);
      }
      for (Map<String, List<NameEntry>> map : maps(index)) {
        for (int k = count(in); k > 0; k--) {
          String key = strings[in.readInt()];
          int n = count(in);
          List<NameEntry> bucket = new ArrayList<>(n);
          for (int j = 0; j < n; j++) {
            bucket.add(entries[in.readInt()]);
          }
          map.put(key, bucket);
        }
      }
      for (Set<String> set : List.of(index.phraseFirstWords, index.nameWords)) {
        for (int k = count(in); k > 0; k--) {
          set.add(strings[in.readInt()]);
        }
      }
      return in.read() == -1 ? index : null;
    } catch (IOException | RuntimeException e) {
      // Damaged, truncated or from another version: build the index again.
      return null;
    }
  }

  /** Writes the index (atomically); best effort, as a read-only store simply keeps building. */
  static void write(Path file, String fingerprint, PartyIndex index) {
    Map<String, Integer> table = new HashMap<>();
    List<String> strings = new ArrayList<>();
    Map<NameEntry, Integer> entryIds = new IdentityHashMap<>();
    List<NameEntry> entries = new ArrayList<>();
    Map<RestrictedParty, Integer> partyIds = new IdentityHashMap<>();
    List<RestrictedParty> parties = index.list().parties();
    for (int i = 0; i < parties.size(); i++) {
      partyIds.put(parties.get(i), i);
    }
    for (Map<String, List<NameEntry>> map : maps(index)) {
      for (Map.Entry<String, List<NameEntry>> key : map.entrySet()) {
        intern(key.getKey(), table, strings);
        for (NameEntry e : key.getValue()) {
          if (entryIds.putIfAbsent(e, entries.size()) == null) {
            entries.add(e);
            intern(e.name(), table, strings);
            e.tokens().forEach(t -> intern(t, table, strings));
            e.countries().forEach(c -> intern(c, table, strings));
          }
        }
      }
    }
    index.phraseFirstWords.forEach(w -> intern(w, table, strings));
    index.nameWords.forEach(w -> intern(w, table, strings));
    Path temp = null;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".party-index-", ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        out.writeUTF(MAGIC);
        out.writeUTF(fingerprint);
        out.writeInt(index.names);
        out.writeInt(index.longestKey);
        out.writeInt(strings.size());
        for (String s : strings) {
          byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
          out.writeInt(utf8.length);
          out.write(utf8);
        }
        out.writeInt(entries.size());
        for (NameEntry e : entries) {
          Integer party = partyIds.get(e.party());
          if (party == null) {
            throw new IllegalStateException("an index entry's party is not in its list");
          }
          out.writeInt(party);
          out.writeInt(table.get(e.name()));
          out.writeBoolean(e.alias());
          out.writeBoolean(e.weakAlias());
          out.writeInt(e.tokens().size());
          for (int t = 0; t < e.tokens().size(); t++) {
            out.writeInt(table.get(e.tokens().get(t)));
            out.writeBoolean(e.distinctive()[t]);
            out.writeDouble(e.weights()[t]);
          }
          out.writeInt(e.countries().size());
          for (String c : e.countries()) {
            out.writeInt(table.get(c));
          }
        }
        for (Map<String, List<NameEntry>> map : maps(index)) {
          out.writeInt(map.size());
          for (Map.Entry<String, List<NameEntry>> key : map.entrySet()) {
            out.writeInt(table.get(key.getKey()));
            out.writeInt(key.getValue().size());
            for (NameEntry e : key.getValue()) {
              out.writeInt(entryIds.get(e));
            }
          }
        }
        for (Set<String> set : List.of(index.phraseFirstWords, index.nameWords)) {
          out.writeInt(set.size());
          for (String w : set) {
            out.writeInt(table.get(w));
          }
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      } catch (IOException ignored) {
        // Nothing more to do: the next run builds the index again.
      }
    }
  }

  private static List<Map<String, List<NameEntry>>> maps(PartyIndex index) {
    return List.of(index.byToken, index.byDeletion, index.byJoinedName, index.byPhraseStart);
  }

  private static void intern(String s, Map<String, Integer> table, List<String> strings) {
    if (table.putIfAbsent(s, strings.size()) == null) {
      strings.add(s);
    }
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_COUNT) {
      throw new EOFException("implausible count " + n);
    }
    return n;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
