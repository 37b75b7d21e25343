package dev.chipscreen.core.bench;

import dev.chipscreen.core.extract.PdfTextExtractor;
import dev.chipscreen.core.Limits;
import dev.chipscreen.core.extract.ExtractedText;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.chip.ChipMatcher;
import dev.chipscreen.core.match.party.PartyIndex;
import dev.chipscreen.core.match.party.PartyMatcher;
import dev.chipscreen.core.text.FoldedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * In one JVM: load time of the full lists, index build time, and per page of text the time to
 * extract it with PDFBox beside the time to screen it for parties (and chips); then the same
 * with the lists made 10x larger by synthetic entries. Run: scripts/bench-parties.sh STORE [DIR].
 */
public final class PartyScreeningTiming {

  private static final int ROUNDS = 300;
  private static final int WARM_UP_ROUNDS = 300;
  private static final int SCALE = 10;

  private PartyScreeningTiming() {
  }

  public static void main(String[] args) throws Exception {
    Path storeDir = Path.of(args[0]);
    Path samples = Path.of(args.length > 1 ? args[1] : "samples");
    ListStore store = new ListStore(storeDir, Clock.systemUTC());
    double[] loads = new double[5];
    PartyList lists = null;
    for (int i = 0; i < loads.length; i++) {
      long t0 = System.nanoTime();
      lists = store.load();
      loads[i] = ms(t0);
    }
    double[] builds = new double[5];
    PartyIndex index = null;
    for (int i = 0; i < builds.length; i++) {
      long t0 = System.nanoTime();
      index = PartyIndex.build(lists);
      builds[i] = ms(t0);
    }
    System.out.printf(Locale.ROOT, "lists: %d entries, %d names indexed; load median %.0f ms, index build median %.0f ms%n",
        lists.parties().size(), index.size(), median(loads), median(builds));

    List<byte[]> pdfs = new ArrayList<>();
    try (Stream<Path> files = Files.list(samples)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
        pdfs.add(Files.readAllBytes(p));
      }
    }
    PdfTextExtractor pdf = new PdfTextExtractor(Limits.DEFAULTS);
    List<String> pages = new ArrayList<>();
    for (byte[] bytes : pdfs) {
      try {
        pages.addAll(pdf.extract(bytes, new ArrayList<ExtractedText.Gap>()));
      } catch (Exception e) {
        // encrypted or scanned samples have no page to time
      }
    }
    ChipMatcher chips = new ChipMatcher(ChipCatalogue.bundled());
    PartyList big = scaled(lists, SCALE);
    long t0 = System.nanoTime();
    PartyIndex bigIndex = PartyIndex.build(big);
    double bigBuild = ms(t0);
    // Both list sizes in the same rounds, one after the other: the same JIT state and machine
    // noise for both, so that their ratio holds even when the run's absolute times swing.
    double[] t = time(pdfs, pdf, pages, new PartyMatcher(index), new PartyMatcher(bigIndex), chips);
    System.out.printf(Locale.ROOT, "%-34s %10s %10s%n", "median per page (ms)", "lists x1", "lists x" + SCALE);
    System.out.printf(Locale.ROOT, "%-34s %10.3f%n", "PDFBox extraction", t[0]);
    System.out.printf(Locale.ROOT, "%-34s %10.3f %10.3f%n", "party screening (fold + match)", t[1], t[2]);
    System.out.printf(Locale.ROOT, "%-34s %10.3f%n", "chip screening", t[3]);
    System.out.printf(Locale.ROOT, "party screening / PDFBox: %.3f (x1), %.3f (x%d); x%d lists slower by %.2fx%n",
        t[1] / t[0], t[2] / t[0], SCALE, SCALE, t[2] / t[1]);
    System.out.printf(Locale.ROOT, "x%d lists: %d entries, %d names, index build %.0f ms%n", SCALE,
        big.parties().size(), bigIndex.size(), bigBuild);
  }

  /** Medians per page: PDFBox extraction, party screening (lists x1, x10), chip screening. */
  private static double[] time(List<byte[]> pdfs, PdfTextExtractor pdf, List<String> pages, PartyMatcher parties,
                               PartyMatcher bigParties, ChipMatcher chips) throws Exception {
    int totalPages = pages.size();
    double[] extract = new double[ROUNDS];
    double[] party = new double[ROUNDS];
    double[] bigParty = new double[ROUNDS];
    double[] chip = new double[ROUNDS];
    // All warmed alike before any is timed: the first column must not be the JIT's warm-up.
    for (int warm = 0; warm < WARM_UP_ROUNDS; warm++) {
      extractAll(pdfs, pdf);
      for (String page : pages) {
        parties.match(FoldedText.of(page));
        bigParties.match(FoldedText.of(page));
        chips.match(FoldedText.of(page));
      }
    }
    for (int r = 0; r < ROUNDS; r++) {
      long t0 = System.nanoTime();
      extractAll(pdfs, pdf);
      extract[r] = ms(t0) / totalPages;
      t0 = System.nanoTime();
      for (String page : pages) {
        parties.match(FoldedText.of(page));
      }
      party[r] = ms(t0) / totalPages;
      t0 = System.nanoTime();
      for (String page : pages) {
        bigParties.match(FoldedText.of(page));
      }
      bigParty[r] = ms(t0) / totalPages;
      t0 = System.nanoTime();
      for (String page : pages) {
        chips.match(FoldedText.of(page));
      }
      chip[r] = ms(t0) / totalPages;
    }
    return new double[] {median(extract), median(party), median(bigParty), median(chip)};
  }

  private static void extractAll(List<byte[]> pdfs, PdfTextExtractor pdf) {
    for (byte[] bytes : pdfs) {
      try {
        pdf.extract(bytes, new ArrayList<>());
      } catch (Exception e) {
        // not timed: has no pages
      }
    }
  }

  /** The lists with (scale - 1) synthetic entries per real one: names with their words respelt. */
  static PartyList scaled(PartyList lists, int scale) {
    Random random = new Random(20261129);
    String letters = "abcdefghijklmnopqrstuvwxyz";
    List<RestrictedParty> all = new ArrayList<>(lists.parties());
    for (int copy = 1; copy < scale; copy++) {
      for (RestrictedParty p : lists.parties()) {
        StringBuilder name = new StringBuilder();
        for (String word : p.name().split(" ")) {
          if (word.length() > 3 && random.nextBoolean()) {
            char[] chars = word.toCharArray();
            chars[1 + random.nextInt(chars.length - 2)] = letters.charAt(random.nextInt(26));
            word = new String(chars) + letters.charAt(random.nextInt(26));
          }
          name.append(name.isEmpty() ? "" : " ").append(word);
        }
        all.add(new RestrictedParty(p.source(), p.list(), p.listCode(), p.sourceId() + "-s" + copy, p.type(),
            name.toString(), List.of(), p.addresses(), p.countries(), p.programs(), p.federalRegister(),
            p.licensePolicy(), p.listVersion()));
      }
    }
    return new PartyList(all, lists.versions());
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
