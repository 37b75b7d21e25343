package dev.chipscreen.core.extract;

import dev.chipscreen.core.extract.UnreadableDocumentException.Reason;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a parse on a worker thread and abandons it after its time budget: the document is then
 * UNREADABLE with reason TIMEOUT, and the caller goes on. Tika's own guidance is that a parser
 * can loop or allocate without bound on crafted input; the JVM cannot stop a thread that ignores
 * interrupts, so an abandoned parse is interrupted and left to die on a daemon thread, and the
 * number of parses abandoned is counted so that a host (a Lambda instance) can retire itself.
 */
public final class ParseGuard {

  private static final AtomicInteger ABANDONED = new AtomicInteger();
  /** Abandoned parses whose thread has not yet returned: the CPU a host is still burning on them. */
  private static final AtomicInteger STILL_RUNNING = new AtomicInteger();

  private enum State { QUEUED, RUNNING, ABANDONED, FINISHED }
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "chipscreen-parse");
    thread.setDaemon(true);
    return thread;
  });

  private ParseGuard() {
  }

  /** Parses abandoned since the JVM started. */
  public static int abandoned() {
    return ABANDONED.get();
  }

  /**
   * Abandoned parses still running (they ignored the interrupt): a host past a bound of these
   * should retire itself (the functions' {@code Recycler} does), since each one holds a core.
   */
  public static int abandonedStillRunning() {
    return STILL_RUNNING.get();
  }

  public static <T> T run(Callable<T> parse, long timeoutMillis) throws UnreadableDocumentException {
    return run(parse, timeoutMillis, "parsing");
  }

  /** As {@link #run(Callable, long)}, naming the work ({@code "parsing"}) in the TIMEOUT message. */
  public static <T> T run(Callable<T> parse, long timeoutMillis, String work) throws UnreadableDocumentException {
    java.util.concurrent.atomic.AtomicReference<State> state = new java.util.concurrent.atomic.AtomicReference<>(
        State.QUEUED);
    Future<T> future = WORKERS.submit(() -> {
      if (!state.compareAndSet(State.QUEUED, State.RUNNING)) {
        return null; // abandoned before it started: nothing to count
      }
      try {
        return parse.call();
      } finally {
        if (!state.compareAndSet(State.RUNNING, State.FINISHED)) {
          STILL_RUNNING.decrementAndGet();
        }
      }
    });
    try {
      return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      ABANDONED.incrementAndGet();
      if (state.compareAndSet(State.RUNNING, State.ABANDONED)) {
        STILL_RUNNING.incrementAndGet();
      } else {
        state.compareAndSet(State.QUEUED, State.ABANDONED);
      }
      throw new UnreadableDocumentException(Reason.TIMEOUT, work + " took longer than " + timeoutMillis
          + " ms and was abandoned (a crafted or damaged file?)", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new UnreadableDocumentException(Reason.TIMEOUT, work + " was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UnreadableDocumentException unreadable) {
        throw unreadable;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new UnreadableDocumentException(Reason.CORRUPT, "the parser failed: " + cause, cause);
    }
  }
}
