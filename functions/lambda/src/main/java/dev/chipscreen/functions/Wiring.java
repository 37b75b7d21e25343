package dev.chipscreen.functions;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.core.match.chip.CatalogueException;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.party.Allowlist;
import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.ocr.TesseractOcr;
import dev.chipscreen.core.report.SeverityPolicy;
import dev.chipscreen.functions.aws.AwsClients;
import dev.chipscreen.functions.aws.S3DocumentStore;
import dev.chipscreen.functions.aws.S3ListStoreSync;
import dev.chipscreen.functions.aws.S3ReportLinkSigner;
import dev.chipscreen.functions.aws.SesEmailSender;
import dev.chipscreen.functions.aws.SqsAlertPublisher;
import dev.chipscreen.functions.config.FunctionConfig;
import dev.chipscreen.functions.ingest.Claims;
import dev.chipscreen.functions.aws.SqsOcrHandoff;
import dev.chipscreen.functions.ingest.FreshIngest;
import dev.chipscreen.functions.ingest.IngestService;
import dev.chipscreen.functions.ingest.OcrHandoff;
import dev.chipscreen.functions.notify.NotifyService;
import dev.chipscreen.functions.notify.Recipients;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the functions' services from their environment, once per instance (in INIT, where
 * SnapStart snapshots it): SDK clients, the list store copied from S3, the catalogue and
 * allowlist overrides, and the screener.
 */
public final class Wiring {

  private final Map<String, String> env;
  private final FunctionConfig config;
  private final AwsClients clients;
  private final S3DocumentStore store;
  private final Clock clock = Clock.systemUTC();

  public Wiring(Map<String, String> env) {
    this.env = Map.copyOf(env);
    this.config = FunctionConfig.from(env);
    this.clients = AwsClients.from(env);
    this.store = new S3DocumentStore(clients.s3());
  }

  public static Wiring fromEnvironment() {
    return new Wiring(System.getenv());
  }

  public FunctionConfig config() {
    return config;
  }

  public AwsClients clients() {
    return clients;
  }

  /**
   * The ingest service: with OCR=tesseract it OCRs scans itself (the OCR function, the local
   * runner); else, with OCR_QUEUE_URL set, it hands them to the OCR function.
   */
  public IngestService ingest() {
    PartyList lists = lists();
    Screener screener = new Screener(Limits.DEFAULTS, catalogue(), lists, allowlist(), SeverityPolicy.DEFAULTS,
        clock, ocr());
    OcrHandoff handoff = config.ocrQueueUrl() == null ? null : new SqsOcrHandoff(clients.sqs(), config.ocrQueueUrl());
    return new IngestService(screener, store, new SqsAlertPublisher(clients.sqs(), config.alertQueueUrl()),
        new Claims(store, clock, config.claimStaleAfter()), config.alertThreshold(), config.allowedBuckets(), handoff,
        lists.isEmpty());
  }

  /**
   * The ingest service on the newest list store ({@link FreshIngest}): the store's version is the
   * manifest's ETag, asked with one HEAD request. Telemetry built from this wiring follows reloads.
   */
  public FreshIngest freshIngest() {
    return new FreshIngest(this::listStoreVersion, () -> {
      IngestService service = ingest();
      if (telemetry != null) {
        telemetry.listsLoaded(listsPublishedAt);
      }
      return service;
    }, note -> {
      if (telemetry != null) {
        telemetry.instance(new dev.chipscreen.functions.telemetry.Telemetry.Invocation(null, "ingest"), "lists", note);
      }
    }, clock);
  }

  /** The list store's version: the ETag of its manifest, null without a list bucket or a manifest. */
  String listStoreVersion() {
    if (config.listBucket() == null) {
      return null;
    }
    String prefix = config.listPrefix().endsWith("/") ? config.listPrefix() : config.listPrefix() + "/";
    try {
      return clients.s3().headObject(b -> b.bucket(config.listBucket()).key(prefix + "manifest.json")).eTag();
    } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
      return null;
    }
  }

  private Ocr ocr() {
    if (!config.ocr()) {
      return Ocr.OFF;
    }
    // A function configured for OCR without Tesseract is a broken deployment: fail INIT, loudly.
    return Ocr.with(TesseractOcr.find().orElseThrow(() -> new IllegalStateException(
        "OCR=tesseract, but no tesseract program is installed (set CHIPSCREEN_TESSERACT or use the OCR image)")));
  }

  public NotifyService notifier() {
    return new NotifyService(store, new SesEmailSender(clients.ses()), new Claims(store, clock,
        config.claimStaleAfter()), config.sender(), Recipients.fromEnvironment(env),
        env.getOrDefault("AWS_REGION", env.get("AWS_DEFAULT_REGION")),
        config.reportLinkMinutes() == 0 ? null : new S3ReportLinkSigner(AwsClients.presigner(env)),
        java.time.Duration.ofMinutes(config.reportLinkMinutes()));
  }

  /**
   * The list store copied from S3 into /tmp (the only writable place in Lambda). Fails closed: a
   * prefix without a manifest (before the first import, or a wrong LIST_PREFIX) fails INIT, since
   * screening on without lists would let a listed consignee through with severity NONE; only
   * SCREEN_WITHOUT_LISTS=true allows it.
   */
  public Path localListStore() {
    try {
      Path dir = Files.createTempDirectory("chipscreen-lists-");
      boolean installed = config.listBucket() != null
          && new S3ListStoreSync(clients.s3(), config.listBucket(), config.listPrefix()).download(dir);
      if (!installed && !config.screenWithoutLists()) {
        throw new IllegalStateException(config.listBucket() == null
            ? "no list store: set LIST_BUCKET (or DOCUMENT_BUCKETS) and import the lists, or set SCREEN_WITHOUT_LISTS=true"
            : "no restricted-party lists at s3://" + config.listBucket() + "/" + config.listPrefix()
                + " (no manifest.json): import the lists there, check LIST_PREFIX, or set SCREEN_WITHOUT_LISTS=true"
                + " to screen chips only");
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("copying the list store from S3", e);
    }
  }

  /** When the newest list file in the store was published (null until lists() ran, or with no lists). */
  private java.time.Instant listsPublishedAt;

  /** The last telemetry built here: told when the lists are reloaded. */
  private dev.chipscreen.functions.telemetry.Telemetry telemetry;

  /** The functions' log lines and metrics, with the age of the lists this instance loaded. */
  public dev.chipscreen.functions.telemetry.Telemetry telemetry(java.util.function.Consumer<String> sink) {
    telemetry = new dev.chipscreen.functions.telemetry.Telemetry(sink, clock, listsPublishedAt);
    return telemetry;
  }

  private PartyList lists() {
    Path dir = localListStore();
    try {
      ListStore store = new ListStore(dir, clock);
      listsPublishedAt = store.manifest().entries().stream().map(e -> e.importedAt()).filter(t -> t != null)
          .map(java.time.Instant::parse).max(java.util.Comparator.naturalOrder()).orElse(null);
      PartyList loaded = store.load();
      // A manifest that lists no files is no lists at all: fail closed as without a manifest.
      if (loaded.isEmpty() && !config.screenWithoutLists()) {
        throw new IllegalStateException("the list store at s3://" + config.listBucket() + "/" + config.listPrefix()
            + " holds no restricted-party entries: import the lists there, or set SCREEN_WITHOUT_LISTS=true"
            + " to screen chips only");
      }
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ListFormatException e) {
      throw new IllegalStateException("the list store in S3 is damaged: " + e.getMessage(), e);
    } finally {
      // The lists are in memory now: the copy goes, or every reload (FreshIngest) would leave one in /tmp.
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A leftover copy costs /tmp space, never a wrong screening.
    }
  }

  private ChipCatalogue catalogue() {
    ChipCatalogue bundled = ChipCatalogue.bundled();
    Optional<byte[]> overrides = listObject(config.catalogueKey());
    if (overrides.isEmpty()) {
      return bundled;
    }
    try {
      String origin = "s3://" + config.listBucket() + "/" + config.catalogueKey();
      return bundled.mergedWith(ChipCatalogue.load(new ByteArrayInputStream(overrides.get()), origin), origin);
    } catch (CatalogueException e) {
      throw new IllegalStateException("invalid catalogue override: " + e.getMessage(), e);
    }
  }

  private Allowlist allowlist() {
    Optional<byte[]> file = listObject(config.allowlistKey());
    if (file.isEmpty()) {
      return Allowlist.EMPTY;
    }
    try {
      return Allowlist.load(new ByteArrayInputStream(file.get()), "s3://" + config.listBucket() + "/"
          + config.allowlistKey());
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private Optional<byte[]> listObject(String key) {
    if (key == null || config.listBucket() == null) {
      return Optional.empty();
    }
    try {
      return store.get(config.listBucket(), key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
