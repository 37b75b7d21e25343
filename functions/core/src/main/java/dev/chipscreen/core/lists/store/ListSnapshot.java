package dev.chipscreen.core.lists.store;

import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.report.ListVersion;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed lists of a store, written once after a load from the source files and read on the
 * next load instead of parsing them again: 35,000 entries from 12 CSV and JSON files take about
 * 0.8 s to parse in a cold JVM. A derived file (".snapshot.bin", never synced to S3), valid only
 * for the manifest and file sizes and times it was written from; anything else makes it stale
 * and the files are parsed (and their hashes checked) as before.
 *
 * <p>Format: magic, fingerprint, a table of the distinct strings (list names, codes and hashes
 * repeat on every entry), then the versions and the entries as indexes into the table.
 */
final class ListSnapshot {

  static final String FILE = ".snapshot.bin";
  private static final String MAGIC = "chipscreen-lists-snapshot-2";
  /** A snapshot claiming more strings or entries than this is damaged, not read. */
  private static final int MAX_COUNT = 50_000_000;

  private ListSnapshot() {
  }

  /** The parsed lists, or null when there is no snapshot for this fingerprint or it cannot be read. */
  static PartyList read(Path dir, String fingerprint) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!MAGIC.equals(in.readUTF()) || !fingerprint.equals(in.readUTF())) {
        return null;
      }
      String[] strings = new String[count(in)];
      for (int i = 0; i < strings.length; i++) {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        strings[i] = new String(bytes, StandardCharsets.UTF_8);
      }
      List<ListVersion> versions = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        versions.add(new ListVersion(string(in, strings), string(in, strings), string(in, strings), in.readInt()));
      }
      int n = count(in);
      List<RestrictedParty> parties = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parties.add(new RestrictedParty(string(in, strings), string(in, strings), string(in, strings),
            string(in, strings), string(in, strings), string(in, strings), strings(in, strings), strings(in, strings),
            strings(in, strings), strings(in, strings), string(in, strings), string(in, strings),
            string(in, strings), strings(in, strings)));
      }
      return new PartyList(parties, versions);
    } catch (IOException | RuntimeException e) {
      // Damaged or from another version: the source files are the truth.
      return null;
    }
  }

  /** Writes the snapshot beside the lists; best effort (a read-only store simply keeps parsing). */
  static void write(Path dir, String fingerprint, PartyList lists) {
    Map<String, Integer> table = new HashMap<>();
    List<String> strings = new ArrayList<>();
    for (ListVersion v : lists.versions()) {
      for (String s : new String[] {v.source(), v.file(), v.sha256()}) {
        intern(s, table, strings);
      }
    }
    for (RestrictedParty p : lists.parties()) {
      for (String s : scalars(p)) {
        intern(s, table, strings);
      }
      for (List<String> list : lists(p)) {
        list.forEach(s -> intern(s, table, strings));
      }
      p.weakAliases().forEach(s -> intern(s, table, strings));
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, ".snapshot-", ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        out.writeUTF(MAGIC);
        out.writeUTF(fingerprint);
        out.writeInt(strings.size());
        for (String s : strings) {
          byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
          out.writeInt(bytes.length);
          out.write(bytes);
        }
        out.writeInt(lists.versions().size());
        for (ListVersion v : lists.versions()) {
          out.writeInt(table.get(v.source()));
          out.writeInt(table.get(v.file()));
          out.writeInt(table.get(v.sha256()));
          out.writeInt(v.entries());
        }
        out.writeInt(lists.parties().size());
        for (RestrictedParty p : lists.parties()) {
          for (String s : scalars(p).subList(0, 6)) {
            out.writeInt(index(s, table));
          }
          for (List<String> list : lists(p)) {
            out.writeInt(list.size());
            for (String s : list) {
              out.writeInt(table.get(s));
            }
          }
          for (String s : scalars(p).subList(6, 9)) {
            out.writeInt(index(s, table));
          }
          out.writeInt(p.weakAliases().size());
          for (String s : p.weakAliases()) {
            out.writeInt(table.get(s));
          }
        }
      }
      Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      } catch (IOException ignored) {
        // Nothing more to do: the next load parses the files again.
      }
    }
  }

  static void delete(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }

  /** The entry's single-valued fields in constructor order, split around its four lists. */
  private static List<String> scalars(RestrictedParty p) {
    return java.util.Arrays.asList(p.source(), p.list(), p.listCode(), p.sourceId(), p.type(), p.name(),
        p.federalRegister(), p.licensePolicy(), p.listVersion());
  }

  private static List<List<String>> lists(RestrictedParty p) {
    return List.of(p.aliases(), p.addresses(), p.countries(), p.programs());
  }

  private static void intern(String s, Map<String, Integer> table, List<String> strings) {
    if (s != null && !table.containsKey(s)) {
      table.put(s, strings.size());
      strings.add(s);
    }
  }

  private static int index(String s, Map<String, Integer> table) {
    return s == null ? -1 : table.get(s);
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_COUNT) {
      throw new EOFException("implausible count " + n);
    }
    return n;
  }

  private static String string(DataInputStream in, String[] strings) throws IOException {
    int i = in.readInt();
    return i == -1 ? null : strings[i];
  }

  private static List<String> strings(DataInputStream in, String[] strings) throws IOException {
    int n = count(in);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(strings[in.readInt()]);
    }
    return out;
  }
}
