package dev.chipscreen.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaPagedText;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The "Tika alone" baseline: every file of a folder through one AutoDetectParser with the standard
 * parsers (no OCR module on the classpath), in one JVM, text discarded. Prints files, pages and
 * wall time. Usage: TikaBaseline DIR.
 */
public final class TikaBaseline {

  private TikaBaseline() {
  }

  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    AutoDetectParser parser = new AutoDetectParser();
    long start = System.nanoTime();
    long pages = 0;
    int failed = 0;
    for (Path file : files) {
      Metadata metadata = new Metadata();
      try (InputStream in = Files.newInputStream(file)) {
        parser.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
        String n = metadata.get("xmpTPg:NPages");
        pages += n == null ? 1 : Long.parseLong(n);
      } catch (Exception e) {
        failed++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "tika-alone files=%d pages=%d failed=%d seconds=%.3f%n", files.size(), pages, failed,
        seconds);
  }
}
