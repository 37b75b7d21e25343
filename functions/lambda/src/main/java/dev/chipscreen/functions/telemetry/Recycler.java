package dev.chipscreen.functions.telemetry;

import dev.chipscreen.core.extract.ParseGuard;
import java.util.function.IntSupplier;

/**
 * Retires a Lambda instance that is burning CPU on parses it abandoned. The JVM cannot stop a
 * thread that ignores interrupts (a parser stuck in a loop), so {@link ParseGuard} leaves it
 * running and counts it; past {@link #MAX_ABANDONED_RUNNING} such threads the instance exits at
 * the start of its next invocation, before it takes any message: Lambda then starts a fresh one.
 * That invocation's batch is not lost: SQS delivers it again after the visibility timeout (one
 * more receive, well within maxReceiveCount). Exiting at the end of an invocation instead is not
 * possible: Lambda freezes the instance once the handler returns, before a delayed exit could run.
 */
public final class Recycler {

  /**
   * Abandoned parses still running that an instance tolerates: each holds at most one core of
   * Lambda's (2 at 3,008 MB), and one or two stuck threads leave the instance usable.
   */
  public static final int MAX_ABANDONED_RUNNING = 2;

  /** What retiring does: exit the process in Lambda; in the local runner and tests, only say so. */
  private final Runnable retire;
  private final IntSupplier stillRunning;

  public Recycler(IntSupplier stillRunning, Runnable retire) {
    this.stillRunning = stillRunning;
    this.retire = retire;
  }

  /** For Lambda: counts ParseGuard's abandoned parses and exits the JVM. */
  public static Recycler exitingProcess() {
    return new Recycler(ParseGuard::abandonedStillRunning, () -> Runtime.getRuntime().halt(1));
  }

  /** For the local runner and tests: counts, logs, never exits. */
  public static Recycler loggingOnly() {
    return new Recycler(ParseGuard::abandonedStillRunning, () -> { });
  }

  /** Called first in each invocation: true (after logging and retiring) when this instance must go. */
  public boolean retireIfNeeded(Telemetry telemetry, Telemetry.Invocation call) {
    int running = stillRunning.getAsInt();
    if (running <= MAX_ABANDONED_RUNNING) {
      return false;
    }
    telemetry.instance(call, "recycle", running + " abandoned parses still running (limit "
        + MAX_ABANDONED_RUNNING + "): this instance exits; the batch is delivered again");
    retire.run();
    return true;
  }
}
