package dev.chipscreen.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.chipscreen.core.extract.Page;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text built to make the field reader blow up: a megabyte of labels (with and without column gaps),
 * dates, digits, separators and blank runs, on one line and on many. The timeout is a hang guard
 * (the quadratic label scan this replaced took minutes on these), not a speed goal: the measured
 * times are in BENCHMARKS.md.
 */
class AdversarialReaderTest {

  private static final int MEGABYTE = 1_000_000;
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  static String adversarial(String kind) {
    return switch (kind) {
      case "label-gap-label" -> "DATE  VESSEL  ".repeat(MEGABYTE / 14);
      case "label-words" -> "CONSIGNEE SHIPPER NOTIFY DATE BUYER ".repeat(MEGABYTE / 36);
      case "labels-colons" -> "Consignee: Buyer: ".repeat(MEGABYTE / 18);
      case "han-labels" -> "收货人 发货人 日期 ".repeat(MEGABYTE / 11);
      case "label-per-line" -> "DATE\n".repeat(MEGABYTE / 5);
      case "dates" -> "2025-03-14 ".repeat(MEGABYTE / 11);
      case "digit-run" -> "1".repeat(MEGABYTE);
      case "hs-codes" -> "8473.30 ".repeat(MEGABYTE / 8);
      case "money" -> "USD 27,500.00 8 PCS ".repeat(MEGABYTE / 20);
      case "separators" -> "-:|/.,;".repeat(MEGABYTE / 7);
      case "blank-run-in-value" -> "Consignee: A" + " ".repeat(MEGABYTE) + "B 1";
      case "blank-run-in-goods" -> "GPU" + " ".repeat(MEGABYTE) + "x 8473.30";
      case "label-then-blanks" -> ("DATE" + " ".repeat(999) + "\n").repeat(MEGABYTE / 1_000);
      case "route-labels-over-columns" -> "DESTINATION ".repeat(MEGABYTE / 24) + "\n" + "x  y ".repeat(MEGABYTE / 10);
      case "route-labels" -> "PORT OF DISCHARGE AIRPORT OF DESTINATION ".repeat(MEGABYTE / 41);
      case "description-labels" -> "品名".repeat(MEGABYTE / 2) + " 8542.31";
      case "description-labels-latin" -> "DESCRIPTION ".repeat(MEGABYTE / 12) + "8542.31";
      // Four megabytes where each label's value was once copied with the whole line: quadratic work
      // would take minutes here, linear work a second or two.
      case "label-value-pairs" -> "Destination  x  ".repeat(4 * MEGABYTE / 16);
      case "vessel-value-pairs" -> "Vessel  x  ".repeat(4 * MEGABYTE / 11);
      case "wrapped-route-heads" -> "Port of X ".repeat(4 * MEGABYTE / 10) + "\n" + "Discharge ".repeat(MEGABYTE / 10);
      case "bare-amounts" -> "1,000.00 ".repeat(4 * MEGABYTE / 9);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"label-gap-label", "label-words", "labels-colons", "han-labels", "label-per-line", "dates",
      "digit-run", "hs-codes", "money", "separators", "blank-run-in-value", "blank-run-in-goods", "label-then-blanks",
      "route-labels-over-columns", "route-labels", "description-labels", "description-labels-latin",
      "label-value-pairs", "vessel-value-pairs", "wrapped-route-heads", "bare-amounts"})
  void readerFinishesOnAMegabyteOfHostileText(String kind) {
    List<Page> pages = List.of(new Page(1, adversarial(kind), ""));

    TradeDocument document = assertTimeoutPreemptively(HANG_GUARD, () -> DocumentReader.read(pages));

    assertThat(document).isNotNull();
  }

  @Test
  void everyLabelOfAMegabyteLineOfColumnsIsFound() {
    List<DocumentReader.Label> labels = assertTimeoutPreemptively(HANG_GUARD,
        () -> DocumentReader.labels(adversarial("label-gap-label")));

    // "DATE  VESSEL  ...": each one starts a column and is followed by a gap.
    assertThat(labels).hasSize(MEGABYTE / 14 * 2);
    assertThat(labels.subList(0, 4)).extracting(label -> label.target().field())
        .containsExactly("date", "vessel", "date", "vessel");
  }

  @Test
  void chineseLabelsSideBySideAreEachFound() {
    List<DocumentReader.Label> labels = assertTimeoutPreemptively(HANG_GUARD,
        () -> DocumentReader.labels(adversarial("han-labels")));

    assertThat(labels).hasSize(MEGABYTE / 11 * 3);
    assertThat(labels.subList(0, 3)).extracting(label -> String.valueOf(label.target().isParty() ? label.target().role() : label.target().field()))
        .containsExactly("CONSIGNEE", "SHIPPER", "date");
  }

  @Test
  void labelWordsInRunningTextAreNotLabels() {
    List<DocumentReader.Label> labels = assertTimeoutPreemptively(HANG_GUARD,
        () -> DocumentReader.labels(adversarial("label-words")));

    // Only the first word starts the line, and a single space after a Latin label is not a gap.
    assertThat(labels).isEmpty();
  }
}
