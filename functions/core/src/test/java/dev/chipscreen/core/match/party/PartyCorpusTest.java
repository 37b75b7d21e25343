package dev.chipscreen.core.match.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.testing.SharedLists;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Party screening quality on a labelled corpus (src/test/resources/corpus/parties.jsonl) against
 * the real lists: variants of real listed names and addresses as documents write them, and
 * real-looking firms that share words with listed ones. An ALERT is the positive prediction.
 * A positive counts when the expected entry alerts; an ALERT on a negative, or on an unrelated
 * entry in a positive (sharing no distinctive word with the expected one), is a false positive.
 */
class PartyCorpusTest {

  static final double MIN_RECALL = 0.95;
  static final double MIN_PRECISION = 0.95;

  private static final Screener SCREENER = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), SharedLists.all(),
      Clock.systemUTC());

  /** REVIEW findings allowed on the 62 negatives, each listed in the report. */
  static final int MAX_REVIEWS_ON_NEGATIVES = 2;

  @Test
  void recallAndPrecision_atLeast095_onTheRealLists() throws Exception {
    List<JsonNode> corpus = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        PartyCorpusTest.class.getResourceAsStream("/corpus/parties.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        corpus.add(json.readTree(line));
      }
    }
    int positives = 0;
    int negatives = 0;
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int reviewsOnNegatives = 0;
    List<String> errors = new ArrayList<>();
    for (JsonNode sample : corpus) {
      String text = sample.path("text").asText();
      ScreeningReport report = SCREENER.screen("corpus.txt", text.getBytes(StandardCharsets.UTF_8));
      List<PartyFinding> alerts = new ArrayList<>();
      for (Finding f : report.findings()) {
        if (f instanceof PartyFinding p) {
          if (p.tier() == PartyFinding.Tier.ALERT) {
            alerts.add(p);
          } else if (sample.path("class").asText().equals("negative")) {
            reviewsOnNegatives++;
            errors.add(sample.path("id").asText() + " REVIEW on " + p.listedName() + " [" + p.listCode() + "] ("
                + p.score() + ": " + p.reason() + ") in: " + text);
          }
        }
      }
      if (sample.path("class").asText().equals("positive")) {
        positives++;
        String expected = sample.path("expect").asText();
        // One finding per written name: the expected entry leads it or stands among its candidates
        // (the same firm on two lists, or a sister company the address fits better).
        boolean found = alerts.stream().anyMatch(p -> sameName(p.listedName(), expected)
            || p.candidates().stream().anyMatch(c -> sameName(c.listedName(), expected)));
        if (found) {
          tp++;
        } else {
          fn++;
          errors.add(sample.path("id").asText() + " missed " + expected + " in: " + text);
        }
        for (PartyFinding p : alerts) {
          if (!sharesDistinctiveWord(p.listedName(), expected)) {
            fp++;
            errors.add(sample.path("id").asText() + " also alerted on " + p.listedName() + " (" + p.score() + ")");
          }
        }
      } else {
        negatives++;
        for (PartyFinding p : alerts) {
          fp++;
          errors.add(sample.path("id").asText() + " wrongly alerted on " + p.listedName() + " [" + p.listCode() + "] ("
              + p.score() + ": " + p.reason() + ") in: " + text);
        }
      }
    }
    double recall = (double) tp / (tp + fn);
    double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
        "positives %d, negatives %d: tp %d, fn %d, fp %d; recall %.3f, precision %.3f; REVIEW findings on negatives %d%n",
        positives, negatives, tp, fn, fp, recall, precision, reviewsOnNegatives));
    errors.forEach(e -> summary.append(e).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/party-corpus-report.txt"), summary);
    System.out.print(summary);

    assertThat(positives).isGreaterThanOrEqualTo(60);
    assertThat(negatives).isGreaterThanOrEqualTo(60);
    assertThat(recall).as(summary.toString()).isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(precision).as(summary.toString()).isGreaterThanOrEqualTo(MIN_PRECISION);
    // REVIEW findings on negatives are false alerts too; two are known and printed: "Fudan University
    // Press, Shanghai" for the alias "Shanghai Fudan" (an address that agrees, two other words in the
    // name) and "Hansen Technologies Pty Ltd, Melbourne" (a whole name, a frequent surname, another
    // country: lowered to REVIEW, not dropped, as a listed firm's shell abroad would be).
    assertThat(reviewsOnNegatives).as(summary.toString()).isLessThanOrEqualTo(MAX_REVIEWS_ON_NEGATIVES);
  }

  private static boolean sameName(String a, String b) {
    return compact(a).equals(compact(b));
  }

  /** Same firm: a distinctive word in common, or the same name once parentheses are dropped (SMIC on three lists). */
  private static boolean sharesDistinctiveWord(String a, String b) {
    if (compact(a.replaceAll("\\([^)]*\\)", "")).equals(compact(b.replaceAll("\\([^)]*\\)", "")))) {
      return true;
    }
    Set<String> wordsA = new HashSet<>();
    for (String token : NameNormalizer.tokens(a)) {
      if (!NameNormalizer.isGeneric(token)) {
        wordsA.add(token);
      }
    }
    for (String token : NameNormalizer.tokens(b)) {
      if (wordsA.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static String compact(String name) {
    return String.join("", NameNormalizer.tokens(name));
  }
}
