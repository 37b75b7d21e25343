package dev.chipscreen.cli;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.alert.AlertEmailRenderer;
import dev.chipscreen.core.alert.ReportLinks;
import dev.chipscreen.core.extract.DocumentExtractor;
import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.core.match.party.PartyIndexSnapshot;
import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.ocr.TesseractOcr;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.view.IndexPage;
import dev.chipscreen.core.view.ReportPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** {@code chipscreen scan PATH...}: one report per file, whatever the file holds. */
final class ScanCommand {

  /** The default of --jobs is the number of cores, at most this: each job holds one document in memory. */
  static final int MAX_DEFAULT_JOBS = 4;
  /** Above this many files, progress is written to stderr. */
  static final int PROGRESS_THRESHOLD = 10;
  static final String ALERT_SENDER = "chipscreen <alerts@chipscreen.invalid>";

  enum Format { text, json }

  enum OcrMode { auto, on, off }

  static final String USAGE = """
      Usage: chipscreen scan [OPTIONS] PATH...
      Screen files and directories (recursively); print one report per file.
            PATH...                 Files or directories to screen
            --format text|json      text (default) or json: one JSON report per line (JSON Lines)
                                    and nothing else on stdout
            --out DIR               Also write each report (.report.json), its page
                                    (.report.html), the alert e-mail it would send (.alert.eml)
                                    and the batch's index.html (worst first) here
            --fail-on SEVERITY      Exit with code 1 when any report reaches this severity (NONE,
                                    LOW, MEDIUM, HIGH, CRITICAL)
            --alert-on SEVERITY     Severity from which a report produces an alert e-mail in --out
                                    (default MEDIUM: unreadable documents alert)
            --lists DIR             List store folder (default: $CHIPSCREEN_HOME/lists or
                                    ~/.chipscreen/lists)
            --catalogue FILE        Catalogue file merged over the bundled chip catalogue
            --severity-policy FILE  Severity thresholds (JSON): partyAlertThreshold,
                                    partyReviewThreshold, listedBankSeverity,
                                    chinaDestinationCritical
            --ocr auto|on|off       OCR scans and image files with Tesseract: auto (default: when
                                    installed), on (fail without it), off (scans are UNREADABLE
                                    with reason NEEDS_OCR)
            --jobs N                Files screened at once (default: the number of cores, at most %d);
                                    reports are printed in the order of the files either way
            --allowlist FILE        Cleared parties (JSON); their findings are suppressed and
                                    recorded in the report
        -h, --help                  Show this help message and exit.
      """.formatted(MAX_DEFAULT_JOBS);

  private static final java.util.Set<String> OPTIONS = java.util.Set.of("--format", "--out", "--fail-on",
      "--alert-on", "--lists", "--catalogue", "--severity-policy", "--ocr", "--jobs", "--allowlist");

  private final PrintWriter stdout;
  private final PrintWriter stderr;
  List<Path> paths;
  Format format;
  Path out;
  String failOn;
  String alertOn;
  Path listStore;
  Path catalogueFile;
  Path policyFile;
  OcrMode ocrMode;
  Integer jobs;
  Path allowlistFile;

  ScanCommand(PrintWriter stdout, PrintWriter stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Reads the arguments and screens; the exit code. */
  int run(List<String> arguments) throws IOException {
    Args args = Args.parse(arguments, OPTIONS);
    if (args.help()) {
      return Main.print(stdout, USAGE);
    }
    if (args.operands().isEmpty()) {
      throw new Args.UsageException("at least one PATH is needed");
    }
    paths = new ArrayList<>();
    for (String operand : args.operands()) {
      paths.add(Args.toPath(operand, ""));
    }
    format = args.choice("--format", Format.class, Format.text);
    out = args.path("--out");
    failOn = args.option("--fail-on");
    alertOn = args.options().getOrDefault("--alert-on", "MEDIUM");
    listStore = args.path("--lists");
    catalogueFile = args.path("--catalogue");
    policyFile = args.path("--severity-policy");
    ocrMode = args.choice("--ocr", OcrMode.class, OcrMode.auto);
    jobs = args.integer("--jobs");
    allowlistFile = args.path("--allowlist");
    return call();
  }

  int call() throws IOException {
    DocumentExtractor.warmUpInBackground();
    Severity failSeverity = failOn == null ? null : parseSeverity(failOn, "--fail-on");
    Severity alertSeverity = parseSeverity(alertOn, "--alert-on");
    List<Path> files = collect();

    ListStore store = new ListStore(listStore != null ? listStore : Settings.defaultListStore(), Clock.systemUTC());
    Ocr ocr = Ocr.OFF;
    if (ocrMode != OcrMode.off) {
      var engine = TesseractOcr.find();
      if (engine.isEmpty()) {
        if (ocrMode == OcrMode.on) {
          stderr.println("chipscreen: --ocr on, but Tesseract is not installed (apt-get install tesseract-ocr "
              + "tesseract-ocr-chi-sim, or set CHIPSCREEN_TESSERACT)");
          return Main.EXIT_USAGE;
        }
      } else {
        ocr = Ocr.with(engine.get());
      }
    }
    // The lists are loaded, and their index read from the store's snapshot of it (or built), on the
    // screener's own thread while the first files are read; their state is told before the first report.
    Path indexFile = store.dir().resolve(PartyIndexSnapshot.FILE);
    Screener screener = new Screener(Limits.DEFAULTS, Settings.catalogue(catalogueFile), () -> load(store),
        lists -> PartyIndexSnapshot.loadOrBuild(lists, indexFile), Settings.allowlist(allowlistFile),
        Settings.policy(policyFile), Clock.systemUTC(), ocr);
    OutputFolder outFolder = out == null ? null : new OutputFolder(out);

    boolean failed = false;
    int parallel = jobs != null ? jobs : Math.min(MAX_DEFAULT_JOBS, Runtime.getRuntime().availableProcessors());
    if (parallel < 1) {
      throw new Args.UsageException("--jobs must be at least 1, was " + parallel);
    }
    // Files are screened on `parallel` threads, at most twice that many ahead of the one printed next,
    // and printed in their order: the output is the same as one file after another.
    ExecutorService pool = Executors.newFixedThreadPool(parallel, runnable -> {
      Thread thread = new Thread(runnable, "chipscreen-scan");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<ScreeningReport>> ahead = new ArrayDeque<>();
      int submitted = 0;
      for (int index = 1; index <= files.size(); index++) {
        while (submitted < files.size() && ahead.size() < parallel * 2) {
          Path next = files.get(submitted++);
          ahead.add(pool.submit(() -> screenFile(screener, next)));
        }
        if (index == 1 && !listsUsable(screener, store)) {
          return Main.EXIT_SOFTWARE;
        }
        Path file = files.get(index - 1);
        ScreeningReport report = result(ahead.poll(), screener, file);
        if (files.size() > PROGRESS_THRESHOLD) {
          stderr.printf("[%d/%d] %s%n", index, files.size(), file);
          stderr.flush();
        }
        if (format == Format.json) {
          stdout.println(dev.chipscreen.core.report.ReportJson.toJson(report));
        } else {
          TextReport.print(report, stdout);
        }
        stdout.flush();
        if (outFolder != null) {
          outFolder.write(report, report.severity().atLeast(alertSeverity));
        }
        if (failSeverity != null && report.severity().atLeast(failSeverity)) {
          failed = true;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (outFolder != null) {
      outFolder.writeIndex();
    }
    if (files.isEmpty() && !listsUsable(screener, store)) {
      return Main.EXIT_SOFTWARE;
    }
    return failed ? Main.EXIT_FINDINGS : 0;
  }

  /** The store's lists, for the screener's thread; what goes wrong is told by {@link #listsUsable}. */
  private static PartyList load(ListStore store) {
    try {
      return store.load();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (ListFormatException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Waits for the lists and says what the user must know: none installed (chips only), or a
   * damaged store, which stops the run before any report (false).
   */
  private boolean listsUsable(Screener screener, ListStore store) {
    try {
      if (screener.partyList().isEmpty()) {
        stderr.println("chipscreen: no restricted-party lists installed in " + store.dir()
            + ": screening for chips only (run 'chipscreen lists import DIR')");
      }
      return true;
    } catch (IllegalStateException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalStateException wrapped && wrapped.getCause() instanceof ListFormatException format) {
        stderr.println("chipscreen: the list store is damaged: " + format.getMessage());
        return false;
      }
      throw e;
    }
  }

  private Severity parseSeverity(String value, String option) {
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new Args.UsageException(option + ": " + e.getMessage());
    }
  }

  private List<Path> collect() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> !Files.isDirectory(p)).sorted().forEach(files::add);
        }
      } else if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        files.add(path);
      } else {
        throw new Args.UsageException("no such file or directory: " + path);
      }
    }
    return files;
  }

  /** Reads a file within the size limit; anything that goes wrong still yields a report. */
  /** The report a screening task produced; a task that died still yields this file's one report. */
  private static ScreeningReport result(Future<ScreeningReport> task, Screener screener, Path file) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return screener.rejected(file.toString(), 0, "", "INTERRUPTED", "screening was interrupted");
    } catch (ExecutionException e) {
      return screener.rejected(file.toString(), 0, "", "PARSER_FAILURE", "screening failed: " + e.getCause());
    }
  }

  /**
   * Files larger than this are refused without hashing them either: hashing is a read of its own,
   * and a 10 GB sparse file would cost half a minute of it. Up to here (a second or two) the
   * TOO_LARGE report still carries the file's SHA-256 for the audit trail.
   */
  static final long MAX_HASHED_BYTES = 1L << 30;

  private static ScreeningReport screenFile(Screener screener, Path file) {
    String name = file.toString();
    long limit = screener.limits().maxDocumentBytes();
    // A regular file says its size; a device (/dev/zero), a FIFO or a file still being written does
    // not honestly, so the read below is bounded whatever the size said.
    long size = -1;
    try {
      if (Files.isRegularFile(file)) {
        size = Files.size(file);
      }
    } catch (IOException e) {
      return screener.rejected(name, 0, "", "IO_ERROR", "the file could not be read: " + e.getMessage());
    }
    if (size > limit) {
      return tooLarge(screener, file, size, limit);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      return screener.rejected(name, Math.max(0, size), "", "IO_ERROR", "the file could not be read: "
          + e.getMessage());
    }
    if (bytes.length > limit) {
      return tooLarge(screener, file, Math.max(size, bytes.length), limit);
    }
    return screener.screen(name, bytes);
  }

  private static ScreeningReport tooLarge(Screener screener, Path file, long size, long limit) {
    boolean hashable = Files.isRegularFile(file) && size <= MAX_HASHED_BYTES;
    return screener.rejected(file.toString(), size, hashable ? sha256Streaming(file) : "", "TOO_LARGE",
        "the file has " + (Files.isRegularFile(file) ? size + " bytes" : "more than " + limit + " bytes")
            + ", more than the limit of " + limit);
  }

  private static String sha256Streaming(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return "";
    }
  }

  /**
   * Writes reports and alert e-mails under one folder. Output names come from the input's
   * file name alone, with anything but letters, digits, '.', '-' and '_' replaced, so no input
   * name can write outside the folder; repeated names get a counter.
   */
  static final class OutputFolder {
    static final String INDEX = "index.html";
    private final Path dir;
    private final Set<String> used = new HashSet<>();
    private final List<IndexPage.Entry> index = new java.util.ArrayList<>();

    OutputFolder(Path dir) throws IOException {
      this.dir = dir.toAbsolutePath().normalize();
      Files.createDirectories(this.dir);
    }

    void write(ScreeningReport report, boolean alert) throws IOException {
      String base = uniqueBase(safeName(report.document().name()));
      Files.writeString(resolve(base + ".report.json"),
          dev.chipscreen.core.report.ReportJson.toPrettyJson(report) + "\n", StandardCharsets.UTF_8);
      Files.writeString(resolve(base + ".report.html"), ReportPage.render(report), StandardCharsets.UTF_8);
      index.add(IndexPage.Entry.of(report, base + ".report.html"));
      if (alert) {
        // The e-mail points to the report and its page beside it in this folder.
        ReportLinks links = new ReportLinks(base + ".report.json", base + ".report.html", null);
        String eml = AlertEmailRenderer.toEml(AlertEmailRenderer.render(report, links), ALERT_SENDER,
            List.of("compliance@example.invalid"), java.time.Instant.parse(report.screenedAt()));
        Files.writeString(resolve(base + ".alert.eml"), eml, StandardCharsets.UTF_8);
      }
    }

    /** The batch's page: one line per document, worst first, linking each report page. */
    void writeIndex() throws IOException {
      Files.writeString(resolve(INDEX), IndexPage.render(index), StandardCharsets.UTF_8);
    }

    static String safeName(String documentName) {
      String last = documentName.replace('\\', '/');
      last = last.substring(last.lastIndexOf('/') + 1);
      String safe = last.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "_");
      if (safe.length() > 120) {
        // Never between the two chars of one character (a supplementary ideograph, an emoji).
        safe = safe.substring(0, Character.isLowSurrogate(safe.charAt(120)) ? 119 : 120);
      }
      return safe.isEmpty() ? "document" : safe;
    }

    private String uniqueBase(String base) {
      // "index" would write index.report.html, never index.html: no document name can take the batch page's.
      String candidate = base;
      for (int n = 2; !used.add(candidate); n++) {
        candidate = base + "-" + n;
      }
      return candidate;
    }

    private Path resolve(String fileName) {
      Path target = dir.resolve(fileName).normalize();
      if (!target.getParent().equals(dir)) {
        throw new IllegalStateException("refusing to write outside " + dir + ": " + fileName);
      }
      return target;
    }
  }
}
