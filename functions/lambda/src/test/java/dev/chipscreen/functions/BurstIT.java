package dev.chipscreen.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.testing.SharedLists;
import dev.chipscreen.functions.local.Burst;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small burst of the README's test command: 100 documents (samples/ and the real documents of
 * ../shared/data/real-docs, copies renamed) dropped at once, three runner JVMs on the queues, one
 * killed with SIGKILL mid-way. Checks only counts, never times: the times are BENCHMARKS.md's.
 */
class BurstIT {

  static final int DOCUMENTS = 100;
  static final int RUNNERS = 3;
  /** Visibility timeout and claim staleness: above the slowest OCR batch on a busy machine. */
  static final int VISIBILITY_SECONDS = 60;
  /** A hang guard for the whole burst (a run takes 3-5 minutes on 2 cores), not a speed goal. */
  static final long TIMEOUT_SECONDS = 1_200;

  @Test
  void aHundredDocumentsAtOnce_andARunnerKilled_giveOneReportEach_oneEmailPerAlert_nothingInDlqs() throws Exception {
    Path root = TemplateTest.ROOT;
    List<Path> sources = new ArrayList<>(List.of(root.resolve("samples")));
    Path realDocs = root.resolve("../shared/data/real-docs").normalize();
    if (Files.isDirectory(realDocs)) {
      sources.add(realDocs);
    }
    Path jar = Path.of("target/chipscreen-functions.jar").toAbsolutePath();
    assertThat(jar).as("the functions jar, built in the package phase before the ITs").exists();

    Burst.Result result = Burst.run(new Burst.Plan(PipelineIT.ENDPOINT, DOCUMENTS, RUNNERS, true, sources,
        SharedLists.directory(), VISIBILITY_SECONDS, jar, Path.of("target/burst-it").toAbsolutePath(),
        TIMEOUT_SECONDS));
    System.out.println(result.summary());

    assertThat(result.problems()).isEmpty();
    assertThat(result.reports()).isEqualTo(DOCUMENTS);
    assertThat(result.emails()).isEqualTo(result.alerting()).isPositive();
    assertThat(result.documentsEmailedTwice()).isZero();
    // One alert per alerting document; a second publication only where the kill left a claim pending.
    assertThat(result.alertMessagesSeen() - result.alertsPublishedTwice()).isEqualTo(result.alerting());
    assertThat(result.alertsPublishedTwice()).isLessThanOrEqualTo(result.pendingAtKill());
    assertThat(result.dlqMessages()).isZero();
    assertThat(result.pendingNeverTakenOver()).isZero();
  }
}
