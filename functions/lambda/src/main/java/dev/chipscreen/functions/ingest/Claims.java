package dev.chipscreen.functions.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Exactly once, as the user sees it, with nothing but S3: the first worker to write a claim
 * object (conditional put, If-None-Match: *) owns the work; it marks the claim done when the
 * report, alert or e-mail is out. A repeated notification finds the claim: done means skip; a
 * fresh pending claim means another worker is on it (retry later); a pending claim older than
 * {@code staleAfter} was abandoned by a crashed worker and is taken over. A duplicate is then
 * possible only if a worker crashed between sending and marking done.
 */
public final class Claims {

  static final String DONE = "done";
  static final String PENDING = "pending@";

  /** What the caller should do. */
  public enum Outcome { CLAIMED, ALREADY_DONE, IN_PROGRESS }

  private final DocumentStore store;
  private final Clock clock;
  private final Duration staleAfter;

  public Claims(DocumentStore store, Clock clock, Duration staleAfter) {
    this.store = store;
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  public Outcome claim(String bucket, String key) throws IOException {
    byte[] pending = (PENDING + clock.millis()).getBytes(StandardCharsets.UTF_8);
    if (store.putIfAbsent(bucket, key, pending)) {
      return Outcome.CLAIMED;
    }
    Optional<byte[]> existing = store.get(bucket, key);
    String state = existing.map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
    if (state.equals(DONE)) {
      return Outcome.ALREADY_DONE;
    }
    if (state.startsWith(PENDING)) {
      long since = parseMillis(state.substring(PENDING.length()));
      if (clock.millis() - since < staleAfter.toMillis()) {
        return Outcome.IN_PROGRESS;
      }
    }
    // Abandoned by a worker that died, or unreadable: take it over.
    store.put(bucket, key, pending, "text/plain");
    return Outcome.CLAIMED;
  }

  public void done(String bucket, String key) throws IOException {
    store.put(bucket, key, DONE.getBytes(StandardCharsets.UTF_8), "text/plain");
  }

  /** Gives a claim up after a failure, so that the retry can claim it at once. */
  public void release(String bucket, String key) throws IOException {
    store.put(bucket, key, (PENDING + 0).getBytes(StandardCharsets.UTF_8), "text/plain");
  }

  private static long parseMillis(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
