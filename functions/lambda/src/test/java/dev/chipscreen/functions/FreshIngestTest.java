package dev.chipscreen.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.Screener;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.testing.TestParties;
import dev.chipscreen.functions.ingest.Claims;
import dev.chipscreen.functions.ingest.FreshIngest;
import dev.chipscreen.functions.ingest.IngestService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A long-lived (or SnapStart-restored) instance screens on the list store as it is now. */
class FreshIngestTest {

  private static final Screener SCREENER = new Screener(dev.chipscreen.core.Limits.DEFAULTS, ChipCatalogue.bundled(),
      TestParties.of(TestParties.entity("EL", "Quantum Lattice Trading Co., Ltd.")), Clock.systemUTC());

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T08:00:00Z"));
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  private final AtomicReference<String> version = new AtomicReference<>("etag-1");
  private final AtomicInteger builds = new AtomicInteger();
  private final List<String> notes = new ArrayList<>();
  private boolean failBuild;

  private FreshIngest fresh() {
    return new FreshIngest(() -> {
      if (version.get() == null) {
        throw new IllegalStateException("S3 unreachable");
      }
      return version.get();
    }, () -> {
      if (failBuild) {
        throw new IllegalStateException("damaged store");
      }
      builds.incrementAndGet();
      Fakes.Store store = new Fakes.Store();
      return new IngestService(SCREENER, store, new Fakes.Alerts(), new Claims(store, Clock.systemUTC(),
          Duration.ofMinutes(15)), Severity.MEDIUM, java.util.Set.of("bucket"));
    }, notes::add, clock);
  }

  private void after(Duration duration) {
    now.set(now.get().plus(duration));
  }

  @Test
  void aNewStore_isLoadedAtTheFirstUseAfterTheCheckInterval() {
    FreshIngest fresh = fresh();
    IngestService first = fresh.current();
    version.set("etag-2");

    after(FreshIngest.CHECK_EVERY.minusSeconds(1));
    assertThat(fresh.current()).isSameAs(first);
    after(Duration.ofSeconds(2));
    assertThat(fresh.current()).isNotSameAs(first);
    assertThat(builds).hasValue(2);
    assertThat(notes).anySatisfy(n -> assertThat(n).contains("lists reloaded"));
  }

  @Test
  void anUnchangedStore_isNotLoadedAgain() {
    FreshIngest fresh = fresh();
    after(FreshIngest.CHECK_EVERY.multipliedBy(3));
    fresh.current();
    after(FreshIngest.CHECK_EVERY.multipliedBy(3));
    fresh.current();
    assertThat(builds).hasValue(1);
  }

  @Test
  void afterARestore_theStoreIsCheckedAtOnce() {
    FreshIngest fresh = fresh();
    version.set("etag-2");
    fresh.checkOnNextUse();
    fresh.current();
    assertThat(builds).hasValue(2);
  }

  @Test
  void aFailedCheckOrReload_keepsTheListsInUse() {
    FreshIngest fresh = fresh();
    IngestService first = fresh.current();
    version.set(null);
    after(FreshIngest.CHECK_EVERY);
    assertThat(fresh.current()).isSameAs(first);
    version.set("etag-2");
    failBuild = true;
    after(FreshIngest.CHECK_EVERY);
    assertThat(fresh.current()).isSameAs(first);
    assertThat(notes).anySatisfy(n -> assertThat(n).contains("not reloaded"));
    // The next check tries again.
    failBuild = false;
    after(FreshIngest.CHECK_EVERY);
    assertThat(fresh.current()).isNotSameAs(first);
  }
}
