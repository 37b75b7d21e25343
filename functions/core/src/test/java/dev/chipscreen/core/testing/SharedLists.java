package dev.chipscreen.core.testing;

import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.store.ListStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The real list snapshots in ../shared/data/lists, imported once per test JVM into a store in
 * a temporary folder (they are never copied into the project). Tests that need them fail
 * loudly when the folder is missing rather than passing on an empty list.
 */
public final class SharedLists {

  /** Set by Surefire (see the parent pom); overridable for runs from an IDE. */
  public static final String PROPERTY = "chipscreen.shared.lists";
  private static PartyList loaded;
  private static Path store;

  private SharedLists() {
  }

  public static Path directory() {
    String configured = System.getProperty(PROPERTY);
    Path dir = configured != null ? Path.of(configured) : Path.of("../../../shared/data/lists");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("the shared list snapshots are not at " + dir.toAbsolutePath()
          + "; set -D" + PROPERTY + "=DIR");
    }
    return dir.toAbsolutePath().normalize();
  }

  /** A list store filled from the shared snapshots (imported once). */
  public static synchronized Path store() {
    if (store == null) {
      try {
        store = Files.createTempDirectory("chipscreen-lists-");
        new ListStore(store, Clock.systemUTC()).importFrom(directory());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ListFormatException e) {
        throw new IllegalStateException(e);
      }
    }
    return store;
  }

  public static synchronized PartyList all() {
    if (loaded == null) {
      try {
        loaded = new ListStore(store(), Clock.systemUTC()).load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ListFormatException e) {
        throw new IllegalStateException(e);
      }
    }
    return loaded;
  }
}
