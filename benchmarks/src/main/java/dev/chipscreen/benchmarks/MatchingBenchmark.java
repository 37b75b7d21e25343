package dev.chipscreen.benchmarks;

import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.chip.ChipMatcher;
import dev.chipscreen.core.match.party.PartyIndex;
import dev.chipscreen.core.match.party.PartyIndexSnapshot;
import dev.chipscreen.core.match.party.PartyMatcher;
import dev.chipscreen.core.text.FoldedText;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Hot paths per page of text: chip matching and party screening (fold + match) against the full
 * lists, and loading the lists. Run: java -Dchipscreen.lists=STORE -jar benchmarks/target/benchmarks.jar
 * MatchingBenchmark (scripts/bench.sh does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatchingBenchmark {

  private String page;
  private ChipMatcher chips;
  private PartyMatcher parties;
  private ListStore store;

  @Setup
  public void setUp() throws Exception {
    page = BenchCorpus.page(7, 0);
    chips = new ChipMatcher(ChipCatalogue.bundled());
    store = new ListStore(Path.of(System.getProperty("chipscreen.lists")), Clock.systemUTC());
    PartyList lists = store.load();
    parties = new PartyMatcher(PartyIndex.build(lists));
  }

  @Benchmark
  public Object chipMatchingPerPage() {
    return chips.match(FoldedText.of(page));
  }

  @Benchmark
  public Object partyScreeningPerPage() {
    return parties.match(FoldedText.of(page));
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object loadListsAndBuildIndex() throws Exception {
    return PartyIndex.build(store.load());
  }

  /** What a CLI run does once the index snapshot exists: the lists and the index read from the store. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object loadListsAndReadIndex() throws Exception {
    return PartyIndexSnapshot.loadOrBuild(store.load(), store.dir().resolve(PartyIndexSnapshot.FILE));
  }
}
