package dev.chipscreen.core.bench;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.extract.DocumentExtractor;
import dev.chipscreen.core.extract.ExtractedText;
import dev.chipscreen.core.extract.MediaTypes;
import dev.chipscreen.core.extract.UnreadableDocumentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Median extraction time per page for each readable file in a folder, PDFBox (PDF) beside Tika
 * (everything else), in one JVM after warm-up. Run: scripts/bench-extraction.sh [DIR] [ROUNDS].
 */
public final class ExtractionTiming {

  private ExtractionTiming() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "samples");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    DocumentExtractor extractor = new DocumentExtractor(Limits.DEFAULTS);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    List<double[]> pdf = new ArrayList<>();
    List<double[]> tika = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%-48s %-22s %5s %12s%n", "file", "type", "pages", "median ms/page");
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      ExtractedText text;
      try {
        text = extractor.extract(bytes);
      } catch (UnreadableDocumentException e) {
        continue;
      }
      int pages = text.pages().size();
      for (int i = 0; i < rounds / 4; i++) {
        extractor.extract(bytes);
      }
      double[] perPage = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long start = System.nanoTime();
        extractor.extract(bytes);
        perPage[i] = (System.nanoTime() - start) / 1e6 / pages;
      }
      Arrays.sort(perPage);
      double median = perPage[rounds / 2];
      boolean isPdf = MediaTypes.isPdf(text.mediaType());
      (isPdf ? pdf : tika).add(new double[] {median});
      String type = text.mediaType().substring(text.mediaType().lastIndexOf('/') + 1);
      System.out.printf(Locale.ROOT, "%-48s %-22.22s %5d %12.3f%n", file.getFileName(), type, pages, median);
    }
    System.out.printf(Locale.ROOT, "median of medians: PDFBox %.3f ms/page (%d files), Tika %.3f ms/part (%d files)%n",
        medianOf(pdf), pdf.size(), medianOf(tika), tika.size());
  }

  private static double medianOf(List<double[]> values) {
    double[] all = values.stream().mapToDouble(v -> v[0]).sorted().toArray();
    return all.length == 0 ? Double.NaN : all[all.length / 2];
  }
}
