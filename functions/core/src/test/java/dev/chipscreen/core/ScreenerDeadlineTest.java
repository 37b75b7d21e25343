package dev.chipscreen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.extract.ParseGuard;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.core.testing.TestParties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** One deadline over the whole of Screener.screen: not only the parse, but reading and matching too. */
class ScreenerDeadlineTest {

  /** Long enough for a warm extraction of a few lines many times over; short enough for a test. */
  private static final long DEADLINE_MILLIS = 3_000;

  /**
   * A clock that hangs its caller once, when armed, until interrupted: the screener reads the time
   * only when it writes the report, after matching, so an armed clock is work after the parse that
   * never ends (as a quadratic scan on a hostile megabyte would, only certain).
   */
  static final class HangingClock extends Clock {
    final AtomicBoolean armed = new AtomicBoolean();
    private final Clock fixed = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    @Override
    public Instant instant() {
      if (armed.getAndSet(false)) {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return fixed.instant();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void workAfterTheParse_thatOutlivesTheDeadline_endsInOneTimeoutReport() {
    HangingClock clock = new HangingClock();
    Screener screener = new Screener(Limits.DEFAULTS.withMaxParseMillis(DEADLINE_MILLIS), ChipCatalogue.bundled(),
        TestParties.of(TestParties.entity("EL", "Sophgo Technologies Ltd.")), clock);
    byte[] text = "COMMERCIAL INVOICE\nBuyer: Sophgo Technologies Ltd., Beijing\nNVIDIA H100 8 PCS\n"
        .getBytes(StandardCharsets.UTF_8);
    // Warm: the parsers are loaded, so the extraction below takes milliseconds of the deadline.
    assertThat(screener.screen("warm.txt", text).status()).isEqualTo(Status.SCREENED);
    int abandonedBefore = ParseGuard.abandoned();

    clock.armed.set(true);
    ScreeningReport report = screener.screen("hangs.txt", text);

    assertThat(report.status()).isEqualTo(Status.UNREADABLE);
    assertThat(report.reason()).startsWith("TIMEOUT").contains("reading and matching");
    assertThat(report.document().name()).isEqualTo("hangs.txt");
    assertThat(ParseGuard.abandoned()).isEqualTo(abandonedBefore + 1);
  }
}
