package dev.chipscreen.core.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * OCR by the Tesseract program (Debian's tesseract-ocr, or the one in the OCR function's
 * container image), one process per page. A process rather than a JNI binding: a native crash
 * or a runaway page kills one child process, not the JVM, and the time guard is a plain kill.
 * Images go in on stdin as PNG; words and confidences come out as TSV.
 */
public final class TesseractOcr implements OcrEngine {

  /** Languages read when installed: English, and simplified Chinese for descriptions like 英伟达 显卡. */
  public static final List<String> PREFERRED_LANGUAGES = List.of("eng", "chi_sim");
  /** Page segmentation "fully automatic, no OSD": forms and tables have many blocks. */
  static final String PAGE_SEGMENTATION = "3";
  /**
   * Tesseract's orientation confidence below which its guess is ignored: measured on upright,
   * sideways and upside-down bills of lading it gave 3.4 to 4.0 for correct guesses.
   */
  static final double MIN_ORIENTATION_CONFIDENCE = 1.5;
  /** Time allowed for "tesseract --version" and "--list-langs" when looking for the program. */
  private static final long PROBE_MILLIS = 10_000;
  /** Bytes of stderr kept for an error message. */
  private static final int MAX_ERROR_BYTES = 2_000;

  private final String executable;
  /** Version and languages, asked of the program on first use: a CLI run with no scan never starts it. */
  private volatile Probe probe;

  private record Probe(String version, String languages) {
  }

  TesseractOcr(String executable) {
    this.executable = executable;
  }

  /**
   * The installed Tesseract: the program named by CHIPSCREEN_TESSERACT, else "tesseract" on the
   * PATH. Empty when there is none. Which of {@link #PREFERRED_LANGUAGES} it reads is asked on first use.
   */
  public static Optional<TesseractOcr> find() {
    String configured = System.getenv("CHIPSCREEN_TESSERACT");
    String executable = configured != null && !configured.isBlank() ? configured : onPath("tesseract");
    return executable == null || !Files.isExecutable(Path.of(executable)) ? Optional.empty()
        : Optional.of(new TesseractOcr(executable));
  }

  private Probe probe() throws OcrFailure {
    Probe local = probe;
    if (local == null) {
      String version = run(List.of(executable, "--version")).lines().findFirst().orElse("tesseract").strip();
      List<String> installed = run(List.of(executable, "--list-langs")).lines().map(String::strip).toList();
      List<String> languages = PREFERRED_LANGUAGES.stream().filter(installed::contains).toList();
      if (languages.isEmpty()) {
        throw new OcrFailure(executable + " has none of the languages " + PREFERRED_LANGUAGES + " installed", false);
      }
      probe = local = new Probe(version, String.join("+", languages));
    }
    return local;
  }

  @Override
  public String describe() {
    try {
      Probe p = probe();
      return p.version() + " (" + p.languages() + ")";
    } catch (OcrFailure e) {
      return executable + " (unusable: " + e.getMessage() + ")";
    }
  }

  @Override
  public OcrText read(BufferedImage page, long timeoutMillis) throws OcrFailure {
    return recognise(png(page), timeoutMillis);
  }

  @Override
  public OcrText readEncoded(byte[] image, long timeoutMillis) throws OcrFailure {
    return recognise(image, timeoutMillis);
  }

  private OcrText recognise(byte[] image, long timeoutMillis) throws OcrFailure {
    List<String> command = List.of(executable, "stdin", "stdout", "-l", probe().languages(), "--psm", PAGE_SEGMENTATION,
        "--dpi", "300", "tsv");
    return TsvText.parse(execute(command, image, timeoutMillis));
  }

  /**
   * Tesseract's orientation and script detection (page segmentation mode 0, the osd model): its
   * "Rotate: N" is the clockwise turn that makes the page upright. A guess below
   * {@link #MIN_ORIENTATION_CONFIDENCE} is not acted on; a page with too little text for a guess
   * makes the program fail, which reads as no turn.
   */
  @Override
  public int uprightTurn(BufferedImage page, long timeoutMillis) throws OcrFailure {
    String out;
    try {
      out = new String(execute(List.of(executable, "stdin", "stdout", "--psm", "0", "--dpi", "300"), png(page),
          timeoutMillis), StandardCharsets.UTF_8);
    } catch (OcrFailure e) {
      if (e.timedOut()) {
        throw e;
      }
      return 0;
    }
    java.util.regex.Matcher rotate = java.util.regex.Pattern.compile("Rotate: (\\d+)").matcher(out);
    java.util.regex.Matcher confidence = java.util.regex.Pattern.compile("Orientation confidence: ([\\d.]+)")
        .matcher(out);
    if (!rotate.find() || !confidence.find() || Double.parseDouble(confidence.group(1)) < MIN_ORIENTATION_CONFIDENCE) {
      return 0;
    }
    int degrees = Integer.parseInt(rotate.group(1));
    return degrees == 90 || degrees == 180 || degrees == 270 ? degrees : 0;
  }

  /**
   * The page as a grey PNG. Measured against uncompressed PGM, BMP and TIFF on a 300 dpi A4 page:
   * PNG costs about 55 ms to write here and Tesseract reads it 100 to 250 ms faster than the others.
   */
  static byte[] png(BufferedImage image) throws OcrFailure {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!javax.imageio.ImageIO.write(ImagePrep.grey(image), "png", out)) {
        throw new OcrFailure("no PNG writer in this JDK", false);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new OcrFailure("encoding the page image failed: " + e.getMessage(), e);
    }
  }

  private static String run(List<String> command) throws OcrFailure {
    return new String(execute(command, null, PROBE_MILLIS), StandardCharsets.UTF_8);
  }

  /**
   * Output kept from one Tesseract run: the TSV of a dense 40-megapixel page is about 1 MB; more
   * than this is not a page's words, and is not kept.
   */
  static final int MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

  private static byte[] execute(List<String> command, byte[] stdin, long timeoutMillis) throws OcrFailure {
    ProcessBuilder builder = new ProcessBuilder(command);
    // One thread per page: parallelism comes from screening several documents, not from OpenMP.
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new OcrFailure("could not start " + command.get(0) + ": " + e.getMessage(), e);
    }
    // The clock starts with the process: writing the image is part of its time, and a program that
    // stops reading its input cannot hold this thread past the deadline.
    long deadline = System.nanoTime() + Math.max(1, timeoutMillis) * 1_000_000;
    try {
      CompletableFuture<byte[]> out = drain(process.getInputStream(), MAX_OUTPUT_BYTES + 1);
      CompletableFuture<byte[]> err = drain(process.getErrorStream(), MAX_ERROR_BYTES);
      Thread writer = Thread.startVirtualThread(() -> {
        try (OutputStream in = process.getOutputStream()) {
          if (stdin != null) {
            in.write(stdin);
          }
        } catch (IOException e) {
          // The program closed its input early (or was stopped); its exit code and stderr say why.
        }
      });
      if (!process.waitFor(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS)) {
        writer.interrupt();
        throw new OcrFailure("OCR took longer than " + timeoutMillis + " ms and was stopped", true);
      }
      if (process.exitValue() != 0) {
        throw new OcrFailure(command.get(0) + " exited with " + process.exitValue() + ": "
            + new String(err.join(), StandardCharsets.UTF_8).strip(), false);
      }
      byte[] output = out.join();
      if (output.length > MAX_OUTPUT_BYTES) {
        throw new OcrFailure(command.get(0) + " wrote more than " + MAX_OUTPUT_BYTES + " bytes for one page", false);
      }
      return output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrFailure("OCR was interrupted", true);
    } finally {
      process.destroyForcibly();
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream stream, int keep) {
    return CompletableFuture.supplyAsync(() -> {
      ByteArrayOutputStream kept = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try (stream) {
        for (int n; (n = stream.read(buffer)) > 0; ) {
          kept.write(buffer, 0, Math.min(n, Math.max(0, keep - kept.size())));
        }
      } catch (IOException e) {
        // The process was killed; what was read so far is all there is.
      }
      return kept.toByteArray();
    }, Thread::startVirtualThread);
  }

  private static String onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  /** Tesseract's TSV (level, page, block, paragraph, line, word, box, conf, text) back into lines of text. */
  static final class TsvText {
    private static final int WORD_LEVEL = 5;

    private TsvText() {
    }

    static OcrText parse(byte[] tsv) {
      StringBuilder text = new StringBuilder();
      String lastLine = null;
      String lastBlock = null;
      double weighted = 0;
      long letters = 0;
      int words = 0;
      List<String> rows = new ArrayList<>(new String(tsv, StandardCharsets.UTF_8).lines().toList());
      for (String row : rows) {
        String[] cols = row.split("\t", -1);
        if (cols.length < 12 || !String.valueOf(WORD_LEVEL).equals(cols[0])) {
          continue;
        }
        String word = cols[11].strip();
        double conf;
        try {
          conf = Double.parseDouble(cols[10]);
        } catch (NumberFormatException e) {
          continue;
        }
        if (word.isEmpty() || conf < 0) {
          continue;
        }
        String block = cols[1] + "/" + cols[2];
        String line = block + "/" + cols[3] + "/" + cols[4];
        if (!line.equals(lastLine)) {
          if (lastLine != null) {
            text.append(block.equals(lastBlock) ? "\n" : "\n\n");
          }
        } else if (!(isCjk(text.charAt(text.length() - 1)) && isCjk(word.charAt(0)))) {
          // Tesseract splits Chinese into one "word" per character or two: no spaces between them.
          text.append(' ');
        }
        text.append(word);
        lastLine = line;
        lastBlock = block;
        weighted += conf * word.length();
        letters += word.length();
        words++;
      }
      double confidence = letters == 0 ? 0 : Math.min(1, Math.max(0, weighted / letters / 100));
      return new OcrText(text.toString(), confidence, words);
    }

    private static boolean isCjk(char c) {
      return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
  }
}
