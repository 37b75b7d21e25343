package dev.chipscreen.core.lists.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chipscreen.core.lists.Hashes;
import dev.chipscreen.core.lists.ListFile;
import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.ListSource;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.report.ListVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The lists chipscreen screens against, kept in a folder: each source's file exactly as
 * imported, and a manifest with its SHA-256, entry count and import time. Imports validate a
 * file (it parses into at least one entry) before it replaces the previous version, so a bad
 * file never leaves the store without lists.
 */
public final class ListStore {

  public static final String MANIFEST = "manifest.json";
  /** Files whose names contain this are format samples, not lists (e.g. consolidated_sample_2025.csv). */
  private static final String SAMPLE_MARKER = "sample";
  private static final int HEAD_BYTES = 512;
  /** Deep enough for lists/csl/file.csv below the folder named on the command line. */
  private static final int MAX_SCAN_DEPTH = 4;

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Path dir;
  private final Clock clock;

  public ListStore(Path dir, Clock clock) {
    this.dir = dir;
    this.clock = clock;
  }

  public Path dir() {
    return dir;
  }

  /** What an import did with each file it looked at. */
  public record ImportResult(List<Manifest.Entry> imported, List<String> ignored) {
  }

  /** Imports every list file found below {@code source}; files of unknown format are listed as ignored. */
  public ImportResult importFrom(Path source) throws IOException, ListFormatException {
    if (!Files.isDirectory(source)) {
      throw new IOException("not a directory: " + source);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source, MAX_SCAN_DEPTH)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<Candidate> candidates = new ArrayList<>();
    java.util.Set<Path> used = new java.util.HashSet<>();
    for (Path file : files) {
      ListSource listSource = recognise(file);
      if (listSource != null) {
        Map<String, byte[]> companions = new LinkedHashMap<>();
        for (String name : listSource.reader().companionNames()) {
          Path companion = file.resolveSibling(name);
          if (Files.isRegularFile(companion)) {
            companions.put(name, Files.readAllBytes(companion));
            used.add(companion);
          }
        }
        candidates.add(new Candidate(listSource, file, companions));
        used.add(file);
      }
    }
    List<String> ignored = files.stream().filter(f -> !used.contains(f))
        .map(f -> source.relativize(f).toString()).toList();
    if (candidates.isEmpty()) {
      throw new ListFormatException("no list files found below " + source
          + " (expected CSL CSV/JSON, OFAC CSV or BIS list JSON files)");
    }
    // Validate everything before writing anything: a bad file leaves the store as it was.
    List<Manifest.Entry> imported = new ArrayList<>();
    for (Candidate c : candidates) {
      byte[] content = Files.readAllBytes(c.file());
      String sha = Hashes.sha256(content);
      int count = c.source().reader().read(new ListFile(c.file().getFileName().toString(), content, c.companions()),
          sha).size();
      Map<String, String> companionHashes = new LinkedHashMap<>();
      c.companions().forEach((name, bytes) -> companionHashes.put(name, Hashes.sha256(bytes)));
      imported.add(new Manifest.Entry(c.source().id(), storePath(c.source(), c.file()), sha, count,
          clock.instant().toString(), companionHashes));
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      Path target = dir.resolve(imported.get(i).file());
      writeAtomically(target, Files.readAllBytes(c.file()));
      for (Map.Entry<String, byte[]> companion : c.companions().entrySet()) {
        writeAtomically(target.resolveSibling(companion.getKey()), companion.getValue());
      }
    }
    publish(imported);
    return new ImportResult(imported, ignored);
  }

  /** Writes one file into the store (atomically), at a path relative to the store. */
  public void write(String path, byte[] content) throws IOException {
    Path target = dir.resolve(path).normalize();
    if (!target.startsWith(dir.normalize())) {
      throw new IOException("refusing to write outside the store: " + path);
    }
    writeAtomically(target, content);
  }

  /** Publishes an entry as the only version of its source (a refresh replaces what was imported). */
  public void publishReplacingSource(Manifest.Entry entry) throws IOException {
    List<Manifest.Entry> all = new ArrayList<>(manifest().entries());
    all.removeIf(e -> e.source().equals(entry.source()));
    all.add(entry);
    all.sort(Comparator.comparing(Manifest.Entry::file));
    ListSnapshot.delete(dir);
    writeAtomically(dir.resolve(MANIFEST), MAPPER.writeValueAsBytes(new Manifest(all)));
  }

  /** Adds (or replaces, by path) entries in the manifest, written last so a load never sees half an import. */
  public void publish(List<Manifest.Entry> entries) throws IOException {
    List<Manifest.Entry> all = new ArrayList<>(manifest().entries());
    for (Manifest.Entry entry : entries) {
      all.removeIf(e -> e.file().equals(entry.file()));
      all.add(entry);
    }
    all.sort(Comparator.comparing(Manifest.Entry::file));
    ListSnapshot.delete(dir);
    writeAtomically(dir.resolve(MANIFEST), MAPPER.writeValueAsBytes(new Manifest(all)));
  }

  private record Candidate(ListSource source, Path file, Map<String, byte[]> companions) {
  }

  /** source-id/parent-folder/file-name: two snapshots that share a file name keep apart. */
  static String storePath(ListSource source, Path file) {
    Path parent = file.getParent();
    String folder = parent == null || parent.getFileName() == null ? "root"
        : parent.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    return source.id() + "/" + folder + "/" + file.getFileName();
  }

  /** The manifest, or an empty one when nothing was imported yet. */
  public Manifest manifest() throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.exists(manifest)) {
      return new Manifest(List.of());
    }
    return MAPPER.readValue(manifest.toFile(), Manifest.class);
  }

  /**
   * Loads every list in the store; {@link PartyList#EMPTY} when none is installed. The parsed
   * lists are kept in a snapshot beside the files and read from it while the manifest and the
   * files' sizes and modification times are unchanged ({@link ListSnapshot}).
   */
  public PartyList load() throws IOException, ListFormatException {
    Manifest manifest = manifest();
    if (manifest.entries().isEmpty()) {
      return parse(manifest);
    }
    String fingerprint = fingerprint(manifest);
    PartyList snapshot = ListSnapshot.read(dir, fingerprint);
    if (snapshot != null) {
      return snapshot;
    }
    PartyList parsed = parse(manifest);
    ListSnapshot.write(dir, fingerprint, parsed);
    return parsed;
  }

  /** What a snapshot is valid for: the manifest's bytes, and the size and time of every file it names. */
  private String fingerprint(Manifest manifest) throws IOException {
    StringBuilder facts = new StringBuilder(Hashes.sha256(Files.readAllBytes(dir.resolve(MANIFEST))));
    for (Manifest.Entry entry : manifest.entries()) {
      List<String> files = new ArrayList<>();
      files.add(entry.file());
      entry.companions().keySet().stream().sorted()
          .forEach(c -> files.add(Path.of(entry.file()).resolveSibling(c).toString()));
      for (String file : files) {
        Path path = dir.resolve(file);
        facts.append('\n').append(file).append(' ').append(Files.size(path)).append(' ')
            .append(Files.getLastModifiedTime(path).toMillis());
      }
    }
    return Hashes.sha256(facts.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private PartyList parse(Manifest manifest) throws IOException, ListFormatException {
    // The files are independent: parse them in parallel, then merge in manifest order.
    List<Loaded> loaded;
    try {
      loaded = manifest.entries().parallelStream().map(this::loadEntry).toList();
    } catch (LoadFailure e) {
      if (e.getCause() instanceof ListFormatException format) {
        throw format;
      }
      throw (IOException) e.getCause();
    }
    Map<String, RestrictedParty> byId = new LinkedHashMap<>();
    List<ListVersion> versions = new ArrayList<>();
    for (Loaded l : loaded) {
      // Two snapshots of one list (two OFAC SDN sets) name the same entry: keep the fuller record.
      // Rows within one file are all kept, even where the file repeats an id.
      java.util.Set<String> seenInFile = new java.util.HashSet<>();
      for (RestrictedParty party : l.parties()) {
        String key = party.source() + "|" + party.listCode() + "|" + party.sourceId();
        if (!seenInFile.add(key)) {
          key = key + "|" + seenInFile.size();
        }
        byId.merge(key, party, (x, y) -> detail(y) >= detail(x) ? y : x);
      }
      versions.add(new ListVersion(l.entry().source(), l.entry().file(), l.entry().sha256(), l.parties().size()));
    }
    return new PartyList(new ArrayList<>(byId.values()), versions);
  }

  private record Loaded(Manifest.Entry entry, List<RestrictedParty> parties) {
  }

  /** Carries a checked failure out of the parallel stream. */
  private static final class LoadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LoadFailure(Exception cause) {
      super(cause);
    }
  }

  private Loaded loadEntry(Manifest.Entry entry) {
    try {
      Path file = dir.resolve(entry.file());
      byte[] content = Files.readAllBytes(file);
      verify(entry.file(), content, entry.sha256());
      Map<String, byte[]> companions = new LinkedHashMap<>();
      for (Map.Entry<String, String> companion : entry.companions().entrySet()) {
        byte[] bytes = Files.readAllBytes(file.resolveSibling(companion.getKey()));
        verify(entry.file() + " companion " + companion.getKey(), bytes, companion.getValue());
        companions.put(companion.getKey(), bytes);
      }
      return new Loaded(entry, ListSource.byId(entry.source()).reader()
          .read(new ListFile(file.getFileName().toString(), content, companions), entry.sha256()));
    } catch (IOException | ListFormatException e) {
      throw new LoadFailure(e);
    }
  }

  private static int detail(RestrictedParty party) {
    return party.aliases().size() + party.addresses().size();
  }

  private static void verify(String what, byte[] content, String expected) throws ListFormatException {
    String sha = Hashes.sha256(content);
    if (!sha.equals(expected)) {
      throw new ListFormatException("list file " + what + " changed since it was imported (sha256 " + sha
          + ", manifest says " + expected + "); import it again");
    }
  }

  private static ListSource recognise(Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).contains(SAMPLE_MARKER)) {
      return null;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    for (ListSource source : ListSource.values()) {
      if (source.reader().accepts(file, head)) {
        return source;
      }
    }
    return null;
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".import-", ".tmp");
    Files.write(temp, content);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
