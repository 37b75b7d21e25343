package dev.chipscreen.functions.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The ingest service on the newest list store. An instance lives for hours, and SnapStart restores
 * every instance with the lists of the moment its version was published, while the list refresh
 * publishes a new store each day: screening on the old one would let a newly listed consignee
 * through. So, at most every {@link #CHECK_EVERY} and at the first use after a restore, it asks for
 * the store's version (one HEAD request for the manifest's ETag) and rebuilds the service when it
 * changed. A failed check or rebuild keeps the service it has: old lists screen better than none.
 */
public final class FreshIngest {

  /** How often the list store's version is asked for: a day's refresh reaches every instance within it. */
  public static final Duration CHECK_EVERY = Duration.ofMinutes(10);

  private final Supplier<String> storeVersion;
  private final Supplier<IngestService> build;
  private final Consumer<String> note;
  private final Clock clock;
  private IngestService current;
  private String loadedVersion;
  private Instant checkedAt;

  /**
   * @param storeVersion the list store's current version (the manifest's ETag), or null when it has none
   * @param build        builds a service on the store as it is now (downloads and loads the lists)
   * @param note         told, in words without document content, when a check fails or lists are reloaded
   */
  public FreshIngest(Supplier<String> storeVersion, Supplier<IngestService> build, Consumer<String> note,
                     Clock clock) {
    this.storeVersion = storeVersion;
    this.build = build;
    this.note = note;
    this.clock = clock;
    this.loadedVersion = safeVersion();
    this.current = build.get();
    this.checkedAt = clock.instant();
  }

  /** A service that is never rebuilt (tests, the local runner's fixed stores). */
  public static FreshIngest fixed(IngestService service) {
    return new FreshIngest(() -> null, () -> service, n -> { }, Clock.systemUTC());
  }

  /** The service to use now: rebuilt first when the store changed since it was built. */
  public synchronized IngestService current() {
    Instant now = clock.instant();
    if (checkedAt != null && now.isBefore(checkedAt.plus(CHECK_EVERY))) {
      return current;
    }
    checkedAt = now;
    String version = safeVersion();
    if (version == null || Objects.equals(version, loadedVersion)) {
      return current;
    }
    try {
      current = build.get();
      loadedVersion = version;
      note.accept("lists reloaded: the list store changed since this instance loaded it");
    } catch (RuntimeException e) {
      note.accept("lists not reloaded, the previous ones stay in use: " + e.getClass().getSimpleName());
    }
    return current;
  }

  /** Checks the store at the next use, whenever the last check was (after a SnapStart restore). */
  public synchronized void checkOnNextUse() {
    checkedAt = null;
  }

  private String safeVersion() {
    try {
      return storeVersion.get();
    } catch (RuntimeException e) {
      note.accept("list store version unknown: " + e.getClass().getSimpleName());
      return null;
    }
  }
}
