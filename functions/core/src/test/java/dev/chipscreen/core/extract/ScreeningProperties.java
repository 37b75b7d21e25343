package dev.chipscreen.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.ReportSchema;
import java.time.Clock;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever bytes arrive, the screener returns exactly one valid report and never throws. */
class ScreeningProperties {

  private static final Screener SCREENER = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PartyList.EMPTY,
      Clock.systemUTC());
  private static final byte[] PDF = Fixtures.pdf(List.of("COMMERCIAL INVOICE\nNVIDIA H100 80GB x 8"));
  private static final byte[] DOCX = Fixtures.docx("PACKING LIST\nAMD Instinct MI300X");

  private static void oneValidReport(byte[] bytes) {
    ScreeningReport report = SCREENER.screen("fuzz", bytes);
    assertThat(ReportSchema.violations(ReportJson.toJson(report))).isEmpty();
  }

  @Property(tries = 200)
  void arbitraryBytes(@ForAll @Size(max = 4096) byte[] bytes) {
    oneValidReport(bytes);
  }

  @Property(tries = 150)
  void mutatedPdf(@ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll @IntRange(min = 1, max = 40) int flips) {
    oneValidReport(mutate(PDF, seed, flips));
  }

  @Property(tries = 150)
  void mutatedDocx(@ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll @IntRange(min = 1, max = 40) int flips) {
    oneValidReport(mutate(DOCX, seed, flips));
  }

  private static byte[] mutate(byte[] source, int seed, int flips) {
    java.util.Random random = new java.util.Random(seed);
    byte[] out = random.nextBoolean() ? source.clone() : Fixtures.truncated(source, random.nextDouble());
    for (int i = 0; i < flips && out.length > 0; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }
}
