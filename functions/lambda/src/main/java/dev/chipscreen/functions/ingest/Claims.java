package dev.chipscreen.functions.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Exactly once, as the user sees it, with nothing but S3, and every write conditional: the first
 * worker to create a claim object (If-None-Match: *) owns the work. A repeated notification finds
 * the claim: done means skip; a fresh pending claim means another worker is on it (retry later); a
 * pending claim older than {@code staleAfter} (abandoned by a worker that died) or a released one is
 * taken over with a put conditional on the ETag just read (If-Match), so of two workers that read
 * the same stale claim only one wins. Marking done and releasing are conditional on the claim's own
 * ETag: a worker whose claim was taken over cannot overwrite the new owner's. Every claim body holds
 * a random token, so no two writes share an ETag (S3's ETag of a simple put is the MD5 of the body).
 * A duplicate is then possible only if a worker stalls past {@code staleAfter} between its claim
 * and its sending (set it above the function timeout), or crashes between sending and marking done.
 */
public final class Claims {

  static final String DONE = "done";
  static final String PENDING = "pending@";
  static final String RELEASED = "released@";

  /**
   * Who holds a claim, written into it for operators (and the burst benchmark): the Lambda log
   * stream of the instance, or the process id of a local runner.
   */
  static final String WORKER = System.getenv().getOrDefault("AWS_LAMBDA_LOG_STREAM_NAME",
      "pid" + ProcessHandle.current().pid()).replace('@', '_');

  /** What the caller should do. */
  public enum Outcome { CLAIMED, ALREADY_DONE, IN_PROGRESS }

  /**
   * The outcome of a claim and, when CLAIMED, the ETag of the claim object written: the proof of
   * ownership that marking it done or releasing it is conditional on.
   */
  public record Claim(Outcome outcome, String bucket, String key, String eTag) {

    public boolean claimed() {
      return outcome == Outcome.CLAIMED;
    }
  }

  private final DocumentStore store;
  private final Clock clock;
  private final Duration staleAfter;

  public Claims(DocumentStore store, Clock clock, Duration staleAfter) {
    this.store = store;
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  public Claim claim(String bucket, String key) throws IOException {
    byte[] pending = (PENDING + clock.millis() + "@" + WORKER + "@" + UUID.randomUUID())
        .getBytes(StandardCharsets.UTF_8);
    Optional<String> created = store.putIfAbsent(bucket, key, pending);
    if (created.isPresent()) {
      return new Claim(Outcome.CLAIMED, bucket, key, created.get());
    }
    Optional<DocumentStore.Versioned> existing = store.getVersioned(bucket, key);
    if (existing.isEmpty()) {
      // Deleted between the two calls (a lifecycle rule, say): claim it afresh, still conditionally.
      Optional<String> again = store.putIfAbsent(bucket, key, pending);
      return again.map(eTag -> new Claim(Outcome.CLAIMED, bucket, key, eTag))
          .orElseGet(() -> new Claim(Outcome.IN_PROGRESS, bucket, key, null));
    }
    String state = new String(existing.get().content(), StandardCharsets.UTF_8);
    if (state.equals(DONE)) {
      return new Claim(Outcome.ALREADY_DONE, bucket, key, null);
    }
    if (state.startsWith(PENDING)) {
      long since = parseMillis(state.substring(PENDING.length()));
      if (clock.millis() - since < staleAfter.toMillis()) {
        return new Claim(Outcome.IN_PROGRESS, bucket, key, null);
      }
    }
    // Released, abandoned by a worker that died, or unreadable: take it over, if nobody else did first.
    Optional<String> taken = store.putIfMatch(bucket, key, pending, existing.get().eTag());
    return taken.map(eTag -> new Claim(Outcome.CLAIMED, bucket, key, eTag))
        .orElseGet(() -> new Claim(Outcome.IN_PROGRESS, bucket, key, null));
  }

  /** Marks a claim done; false when it was no longer ours (taken over as stale meanwhile). */
  public boolean done(Claim claim) throws IOException {
    return store.putIfMatch(claim.bucket(), claim.key(), DONE.getBytes(StandardCharsets.UTF_8), claim.eTag())
        .isPresent();
  }

  /** Gives a claim up after a failure, so that the retry can take it over at once. */
  public void release(Claim claim) throws IOException {
    store.putIfMatch(claim.bucket(), claim.key(), (RELEASED + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
        claim.eTag());
  }

  /** The milliseconds of "pending@&lt;millis&gt;@&lt;worker&gt;@&lt;token&gt;" (or of the older "pending@&lt;millis&gt;"). */
  private static long parseMillis(String text) {
    int at = text.indexOf('@');
    try {
      return Long.parseLong((at < 0 ? text : text.substring(0, at)).trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
