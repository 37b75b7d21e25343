package dev.chipscreen.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.chip.ChipMatcher;
import dev.chipscreen.core.match.party.PartyIndex;
import dev.chipscreen.core.match.party.PartyMatcher;
import dev.chipscreen.core.testing.SharedLists;
import dev.chipscreen.core.text.FoldedText;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text built to make matchers blow up: megabyte lines, long digit runs, dense model tokens. The
 * timeout is a hang guard (a quadratic or backtracking matcher takes hours here), not a speed
 * goal: the measured times are in BENCHMARKS.md.
 */
class AdversarialTextTest {

  private static final int MEGABYTE = 1_000_000;
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final ChipMatcher CHIPS = new ChipMatcher(ChipCatalogue.bundled());
  private static final PartyMatcher PARTIES = new PartyMatcher(PartyIndex.build(SharedLists.all()));

  static String adversarial(String kind) {
    return switch (kind) {
      case "digit-run" -> "1".repeat(MEGABYTE);
      case "hs-code-then-digits" -> ("8473.30" + "1".repeat(93)).repeat(MEGABYTE / 100);
      case "dense-models" -> "H100 GPU ".repeat(MEGABYTE / 9);
      case "dense-party-word" -> "SOPHGO ".repeat(MEGABYTE / 7);
      case "generic-words" -> "Beijing Technology Trading Shenzhen Electronics ".repeat(MEGABYTE / 48);
      case "one-word-per-line" -> "NVIDIA\n".repeat(MEGABYTE / 7);
      case "separators" -> "H-1-0-0-/-".repeat(MEGABYTE / 10);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"digit-run", "hs-code-then-digits", "dense-models", "dense-party-word", "generic-words",
      "one-word-per-line", "separators"})
  void matchersFinishOnAMegabyteOfHostileText(String kind) {
    FoldedText text = FoldedText.of(adversarial(kind));

    assertTimeoutPreemptively(HANG_GUARD, () -> {
      assertThat(CHIPS.match(text).size()).isLessThanOrEqualTo(ChipMatcher.MAX_MATCHES_PER_PAGE);
      PARTIES.match(text);
    });
  }
}
