package dev.chipscreen.core.lists.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chipscreen.core.lists.Hashes;
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
import java.util.Locale;
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
    List<Manifest.Entry> entries = new ArrayList<>(manifest().entries());
    List<Manifest.Entry> imported = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (Path file : files) {
      ListSource listSource = recognise(file);
      if (listSource == null) {
        ignored.add(source.relativize(file).toString());
        continue;
      }
      byte[] content = Files.readAllBytes(file);
      String sha = Hashes.sha256(content);
      int count = listSource.reader().read(content, sha).size();
      String name = file.getFileName().toString();
      Path target = dir.resolve(listSource.id()).resolve(name);
      writeAtomically(target, content);
      Manifest.Entry entry = new Manifest.Entry(listSource.id(), listSource.id() + "/" + name, sha, count,
          clock.instant().toString());
      entries.removeIf(e -> e.file().equals(entry.file()));
      entries.add(entry);
      imported.add(entry);
    }
    if (imported.isEmpty()) {
      throw new ListFormatException("no list files found below " + source
          + " (expected CSL CSV or BIS list JSON files)");
    }
    entries.sort(Comparator.comparing(Manifest.Entry::file));
    writeAtomically(dir.resolve(MANIFEST), MAPPER.writeValueAsBytes(new Manifest(entries)));
    return new ImportResult(imported, ignored);
  }

  /** The manifest, or an empty one when nothing was imported yet. */
  public Manifest manifest() throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.exists(manifest)) {
      return new Manifest(List.of());
    }
    return MAPPER.readValue(manifest.toFile(), Manifest.class);
  }

  /** Loads every list in the store; {@link PartyList#EMPTY} when none is installed. */
  public PartyList load() throws IOException, ListFormatException {
    List<RestrictedParty> parties = new ArrayList<>();
    List<ListVersion> versions = new ArrayList<>();
    for (Manifest.Entry entry : manifest().entries()) {
      byte[] content = Files.readAllBytes(dir.resolve(entry.file()));
      String sha = Hashes.sha256(content);
      if (!sha.equals(entry.sha256())) {
        throw new ListFormatException("list file " + entry.file() + " changed since it was imported (sha256 "
            + sha + ", manifest says " + entry.sha256() + "); import it again");
      }
      List<RestrictedParty> read = ListSource.byId(entry.source()).reader().read(content, sha);
      parties.addAll(read);
      versions.add(new ListVersion(entry.source(), entry.file(), sha, read.size()));
    }
    return new PartyList(parties, versions);
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
