package dev.chipscreen.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ParseGuardTest {

  @Test
  void aParseThatIgnoresInterrupts_isCountedAsStillRunning_untilItReturns() throws Exception {
    AtomicBoolean release = new AtomicBoolean();
    CountDownLatch returned = new CountDownLatch(1);
    int before = ParseGuard.abandonedStillRunning();

    assertThatThrownBy(() -> ParseGuard.run(() -> {
      try {
        while (!release.get()) {
          Thread.onSpinWait(); // a parser stuck in a loop that never looks at its interrupt flag
        }
        return "done";
      } finally {
        returned.countDown();
      }
    }, 50, "a stuck parse")).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
      assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TIMEOUT);
      assertThat(e.getMessage()).startsWith("a stuck parse took longer than 50 ms");
    });
    assertThat(ParseGuard.abandonedStillRunning()).isEqualTo(before + 1);

    release.set(true);
    assertThat(returned.await(30, TimeUnit.SECONDS)).isTrue();
    // The counter is decremented in the worker's finally, just after the latch: wait for it, not for a time.
    while (ParseGuard.abandonedStillRunning() != before) {
      Thread.onSpinWait();
    }
    assertThat(ParseGuard.abandonedStillRunning()).isEqualTo(before);
  }

  @Test
  void aParseThatFinishes_isNotCounted() throws Exception {
    int before = ParseGuard.abandonedStillRunning();

    assertThat(ParseGuard.run(() -> "text", 10_000)).isEqualTo("text");

    assertThat(ParseGuard.abandonedStillRunning()).isEqualTo(before);
  }
}
