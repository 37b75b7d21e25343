package dev.chipscreen.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.alert.ReportLinks;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.ReportSchema;
import dev.chipscreen.core.testing.ScanFixtures;
import dev.chipscreen.core.testing.SharedLists;
import dev.chipscreen.functions.aws.AwsClients;
import dev.chipscreen.functions.ingest.IngestService;
import dev.chipscreen.functions.ingest.SqsIngestHandler;
import dev.chipscreen.functions.local.EventSourceRunner;
import dev.chipscreen.functions.local.LocalContext;
import dev.chipscreen.functions.local.LocalStack;
import dev.chipscreen.functions.notify.NotifyHandler;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The pipeline end to end on a real LocalStack (S3, SQS, SES), started by scripts/test.sh:
 * documents dropped in the bucket, the bucket's notifications on the ingest queue, the ingest and
 * notify handlers run by the local event-source runner, reports in S3, alerts on the queue,
 * e-mails read back from LocalStack's SES. Each test provisions a stack of its own.
 */
class PipelineIT {

  static final String ENDPOINT = System.getenv().getOrDefault("CHIPSCREEN_AWS_ENDPOINT", "http://127.0.0.1:4566");
  static final Duration DRAIN = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final byte[] CRITICAL = Fixtures.pdf(List.of("""
      COMMERCIAL INVOICE   No. MY-CI-25-0419
      Seller: Tanjung Data Systems Sdn. Bhd., Cyberjaya, Malaysia
      Buyer: Sophgo Technologies Ltd., Haidian District, Beijing, China
      1  NVIDIA H100 SXM5 80GB GPU   HS 8473.30   8 PCS   USD 27,500.00"""));
  static final byte[] CLEAN = Fixtures.pdf(List.of("COMMERCIAL INVOICE\nErgonomic office chairs, 60 PCS"));
  static final byte[] LOCKED = Fixtures.encryptedPdf(List.of("NVIDIA H200"), "secret");
  static final byte[] HIGH_MI300X = Fixtures.pdf(List.of("BILL OF LADING\nAMD Instinct MI300X OAM 192GB x 16"));
  static final byte[] HIGH_RTX = Fixtures.pdf(List.of("PACKING LIST\nGeForce RTX 4090 24GB graphics card, 20 PCS"));

  @BeforeAll
  static void localStackIsUp() throws Exception {
    try {
      HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(ENDPOINT + "/_localstack/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).contains("\"s3\"").contains("\"sqs\"").contains("\"ses\"");
    } catch (IOException e) {
      throw new AssertionError("LocalStack is not running at " + ENDPOINT
          + ": run the tests with scripts/test.sh, which starts it (or scripts/localstack.sh start)", e);
    }
  }

  private record Pipeline(Map<String, String> env, AwsClients clients, EventSourceRunner ingest,
                          EventSourceRunner notifier, String bucket, String sender) {
  }

  private static Pipeline pipeline(boolean verifySender, int maxReceiveCount) throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String bucket = "chipscreen-it-" + id;
    String sender = "alerts-" + id + "@chipscreen.test";
    Map<String, String> env = LocalStack.provision(new LocalStack.Stack(ENDPOINT, bucket, "it-" + id + "-", sender,
        verifySender, 1, maxReceiveCount, SharedLists.directory()));
    Wiring wiring = new Wiring(env);
    SqsIngestHandler ingest = new SqsIngestHandler(wiring.ingest());
    NotifyHandler notify = new NotifyHandler(wiring.notifier());
    return new Pipeline(env, wiring.clients(),
        new EventSourceRunner(wiring.clients().sqs(), env.get("INGEST_QUEUE_URL"),
            e -> ingest.handleRequest(e, new LocalContext("ingest"))),
        new EventSourceRunner(wiring.clients().sqs(), env.get("ALERT_QUEUE_URL"),
            e -> notify.handleRequest(e, new LocalContext("notify"))), bucket, sender);
  }

  private static void upload(Pipeline p, String key, byte[] bytes) {
    p.clients().s3().putObject(b -> b.bucket(p.bucket()).key(key), RequestBody.fromBytes(bytes));
  }

  /** Sends the notification S3 sends for an object again, as a duplicate delivery would. */
  private static void notifyAgain(Pipeline p, String key) {
    String eTag = p.clients().s3().headObject(b -> b.bucket(p.bucket()).key(key)).eTag().replace("\"", "");
    String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8);
    String body = "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
        + "\"s3\":{\"bucket\":{\"name\":\"" + p.bucket() + "\"},\"object\":{\"key\":\"" + encoded + "\",\"eTag\":\""
        + eTag + "\",\"size\":1}}}]}";
    p.clients().sqs().sendMessage(b -> b.queueUrl(p.env().get("INGEST_QUEUE_URL")).messageBody(body));
  }

  private static List<JsonNode> emailsFrom(String sender) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(ENDPOINT + "/_aws/ses")).build(), HttpResponse.BodyHandlers.ofString());
    List<JsonNode> mine = new ArrayList<>();
    for (JsonNode message : JSON.readTree(response.body()).path("messages")) {
      if (sender.equals(message.path("Source").asText())) {
        mine.add(message);
      }
    }
    return mine;
  }

  private static int messages(Pipeline p, String queueVariable) {
    var attributes = p.clients().sqs().getQueueAttributes(b -> b.queueUrl(p.env().get(queueVariable)).attributeNames(
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
        .attributes();
    return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
        + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
  }

  @Test
  void documentsInTheBucket_giveOneReportEach_oneAlertAndOneEmailPerAlertingDocument() throws Exception {
    Pipeline p = pipeline(true, 3);
    String spaced = LocalStack.INCOMING_PREFIX + "Bill of Lading 提单 #7 (copy).pdf";
    Map<String, byte[]> documents = Map.of(
        LocalStack.INCOMING_PREFIX + "critical-invoice.pdf", CRITICAL,
        LocalStack.INCOMING_PREFIX + "clean-invoice.pdf", CLEAN,
        LocalStack.INCOMING_PREFIX + "locked-invoice.pdf", LOCKED,
        spaced, HIGH_MI300X,
        LocalStack.INCOMING_PREFIX + "notified-three-times.pdf", HIGH_RTX);
    documents.forEach((key, bytes) -> upload(p, key, bytes));

    p.ingest().drain(DRAIN);
    notifyAgain(p, LocalStack.INCOMING_PREFIX + "notified-three-times.pdf");
    notifyAgain(p, LocalStack.INCOMING_PREFIX + "notified-three-times.pdf");
    p.ingest().drain(DRAIN);

    // One report per object, found from the document's key.
    List<String> reports = LocalStack.reportsIn(p.clients(), p.bucket());
    assertThat(reports).containsExactlyInAnyOrderElementsOf(documents.keySet().stream()
        .map(IngestService::reportKey).toList());
    // Beside each report its page, for the analyst: HTML, served as UTF-8, encrypted like the JSON.
    for (String key : documents.keySet()) {
      String pageKey = ReportLinks.pageKey(IngestService.reportKey(key));
      var page = p.clients().s3().getObjectAsBytes(b -> b.bucket(p.bucket()).key(pageKey));
      assertThat(page.response().contentType()).as(pageKey).isEqualTo("text/html; charset=utf-8");
      assertThat(page.response().serverSideEncryptionAsString()).as(pageKey).isEqualTo("AES256");
      assertThat(page.asUtf8String()).as(pageKey).contains("Content-Security-Policy").doesNotContain("<script");
    }
    assertThat(LocalStack.documentsUnder(p.clients(), p.bucket(), IngestService.REPORT_PREFIX))
        .hasSize(2 * documents.size());
    for (String key : documents.keySet()) {
      String json = p.clients().s3().getObjectAsBytes(b -> b.bucket(p.bucket()).key(IngestService.reportKey(key)))
          .asUtf8String();
      assertThat(ReportSchema.violations(json)).as(key).isEmpty();
      ScreeningReport report = ReportJson.fromJson(json);
      assertThat(report.document().name()).isEqualTo(key);
    }
    assertThat(ReportJson.fromJson(p.clients().s3().getObjectAsBytes(b -> b.bucket(p.bucket())
        .key(IngestService.reportKey(LocalStack.INCOMING_PREFIX + "critical-invoice.pdf"))).asUtf8String())
        .severity().name()).isEqualTo("CRITICAL");

    // One alert per alerting document: critical, locked (unreadable), spaced, notified three times.
    assertThat(messages(p, "ALERT_QUEUE_URL")).isEqualTo(4);

    p.notifier().drain(DRAIN);

    List<JsonNode> emails = emailsFrom(p.sender());
    assertThat(emails).hasSize(4);
    assertThat(emails).extracting(e -> e.path("Subject").asText())
        .anySatisfy(s -> assertThat(s).startsWith("[chipscreen] CRITICAL").contains("critical-invoice.pdf"))
        .anySatisfy(s -> assertThat(s).contains("unreadable document").contains("locked-invoice.pdf"))
        .anySatisfy(s -> assertThat(s).contains("Bill of Lading 提单 #7 (copy).pdf"))
        .allSatisfy(s -> assertThat(s).doesNotContain("\n"));
    assertThat(emails).anySatisfy(e -> assertThat(e.path("Body").path("html_part").asText())
        .contains("Sophgo Technologies Ltd.").contains("NVIDIA H100 SXM5"));
    // The CRITICAL e-mail quotes the goods line with the match highlighted, and says where the report page is.
    String criticalPage = ReportLinks.pageKey(IngestService.reportKey(LocalStack.INCOMING_PREFIX + "critical-invoice.pdf"));
    assertThat(emails).filteredOn(e -> e.path("Subject").asText().startsWith("[chipscreen] CRITICAL")).singleElement()
        .satisfies(e -> {
          assertThat(e.path("Body").path("html_part").asText()).containsPattern("<mark[^>]*>NVIDIA H100[^<]*</mark>")
              .contains("s3://" + p.bucket() + "/" + criticalPage)
              .contains("https://console.aws.amazon.com/s3/object/" + p.bucket() + "?");
          assertThat(e.path("Body").path("text_part").asText()).contains("»NVIDIA H100")
              .contains("s3://" + p.bucket() + "/" + criticalPage);
        });
    assertThat(messages(p, "INGEST_DLQ_URL")).isZero();
    assertThat(messages(p, "ALERT_DLQ_URL")).isZero();
    assertThat(messages(p, "INGEST_QUEUE_URL")).isZero();
    assertThat(messages(p, "ALERT_QUEUE_URL")).isZero();
  }

  @Test
  void aScan_goesFromTheIngestFunctionToTheOcrFunction_andEndsInOneReportAndOneAlert() throws Exception {
    Pipeline p = pipeline(true, 3);
    Map<String, String> ocrEnv = new java.util.HashMap<>(p.env());
    ocrEnv.put("OCR", "tesseract");
    SqsIngestHandler ocrFunction = new SqsIngestHandler(new Wiring(ocrEnv).ingest());
    EventSourceRunner ocr = new EventSourceRunner(p.clients().sqs(), p.env().get("OCR_QUEUE_URL"),
        e -> ocrFunction.handleRequest(e, new LocalContext("ocr")));
    String scanKey = LocalStack.INCOMING_PREFIX + "scanned invoice.pdf";
    byte[] scan = ScanFixtures.imagePdf(ScanFixtures.scan(CRITICAL, new ScanFixtures.Scan(300, -1.5, 0.003, 0), 5),
        300);
    upload(p, scanKey, scan);
    upload(p, LocalStack.INCOMING_PREFIX + "clean-invoice.pdf", CLEAN);

    p.ingest().drain(DRAIN);

    // The text document is screened by the ingest function; the scan waits for OCR, unreported.
    assertThat(LocalStack.reportsIn(p.clients(), p.bucket()))
        .containsExactly(IngestService.reportKey(LocalStack.INCOMING_PREFIX + "clean-invoice.pdf"));
    assertThat(messages(p, "OCR_QUEUE_URL")).isEqualTo(1);
    assertThat(messages(p, "ALERT_QUEUE_URL")).isZero();

    ocr.drain(DRAIN);
    notifyAgain(p, scanKey);
    p.ingest().drain(DRAIN);
    ocr.drain(Duration.ofSeconds(5));

    ScreeningReport report = ReportJson.fromJson(p.clients().s3().getObjectAsBytes(b -> b.bucket(p.bucket())
        .key(IngestService.reportKey(scanKey))).asUtf8String());
    assertThat(report.document().ocrPages()).containsExactly(1);
    assertThat(report.document().ocrEngine()).startsWith("tesseract");
    assertThat(report.severity().name()).isEqualTo("CRITICAL");
    assertThat(report.findings()).anySatisfy(f -> assertThat(f).isInstanceOfSatisfying(
        dev.chipscreen.core.report.ChipFinding.class, c -> assertThat(c.ocr()).isNotNull()));
    assertThat(messages(p, "ALERT_QUEUE_URL")).isEqualTo(1);
    assertThat(messages(p, "OCR_QUEUE_URL")).isZero();
    assertThat(messages(p, "OCR_DLQ_URL")).isZero();
    assertThat(messages(p, "INGEST_DLQ_URL")).isZero();

    p.notifier().drain(DRAIN);
    assertThat(emailsFrom(p.sender())).singleElement().satisfies(e -> assertThat(e.path("Body").path("html_part")
        .asText()).contains("OCR").contains("NVIDIA H100 SXM5"));
  }

  @Test
  void aRejectedEmail_endsInTheDlq_andARedriveDeliversIt() throws Exception {
    Pipeline p = pipeline(false, 2);
    upload(p, LocalStack.INCOMING_PREFIX + "critical-invoice.pdf", CRITICAL);
    p.ingest().drain(DRAIN);

    // SES rejects the unverified sender: the alert is retried, then moved to the DLQ.
    p.notifier().drain(Duration.ofSeconds(20));

    assertThat(emailsFrom(p.sender())).isEmpty();
    assertThat(messages(p, "ALERT_QUEUE_URL")).isZero();
    assertThat(messages(p, "ALERT_DLQ_URL")).isEqualTo(1);

    // The fault clears; a redrive delivers the alert. Nothing was lost.
    p.clients().ses().verifyEmailIdentity(b -> b.emailAddress(p.sender()));
    assertThat(LocalStack.redriveBack(p.clients(), p.env().get("ALERT_DLQ_URL"), p.env().get("ALERT_QUEUE_URL")))
        .isEqualTo(1);
    p.notifier().drain(DRAIN);

    assertThat(emailsFrom(p.sender())).hasSize(1);
    assertThat(messages(p, "ALERT_DLQ_URL")).isZero();
  }

  @Test
  void aCatalogueOverrideInTheBucket_isScreenedFor_withoutARebuild() throws Exception {
    Pipeline p = pipeline(true, 3);
    String catalogue = """
        {"catalogueVersion": "site-2026-11", "entries": [{"model": "ACME Z9 Accelerator", "vendor": "ACME",
          "family": "Z9", "kind": "ACCELERATOR", "aliases": ["ACME Z9"], "eccn": "3A090.a",
          "controlStatus": "CONTROLLED", "basis": "site rule CS-42, 2026-11-01"}]}""";
    p.clients().s3().putObject(b -> b.bucket(p.bucket()).key("chipscreen/config/catalogue.json"),
        RequestBody.fromString(catalogue));
    Map<String, String> env = new java.util.HashMap<>(p.env());
    env.put("CATALOGUE_KEY", "chipscreen/config/catalogue.json");
    SqsIngestHandler ingest = new SqsIngestHandler(new Wiring(env).ingest());
    EventSourceRunner runner = new EventSourceRunner(p.clients().sqs(), env.get("INGEST_QUEUE_URL"),
        e -> ingest.handleRequest(e, new LocalContext("ingest")));
    upload(p, LocalStack.INCOMING_PREFIX + "acme.pdf", Fixtures.pdf(List.of("INVOICE\n4 x ACME Z9 modules")));

    runner.drain(DRAIN);

    ScreeningReport report = ReportJson.fromJson(p.clients().s3().getObjectAsBytes(b -> b.bucket(p.bucket())
        .key(IngestService.reportKey(LocalStack.INCOMING_PREFIX + "acme.pdf"))).asUtf8String());
    assertThat(report.catalogue()).endsWith("+site-2026-11");
    assertThat(report.findings()).singleElement().isInstanceOfSatisfying(
        dev.chipscreen.core.report.ChipFinding.class, c -> assertThat(c.model()).isEqualTo("ACME Z9 Accelerator"));
  }

  @Test
  void uploadToEmail_time() throws Exception {
    Pipeline p = pipeline(true, 3);
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      upload(p, LocalStack.INCOMING_PREFIX + "timed-" + i + ".pdf", CRITICAL);
      while (emailsFrom(p.sender()).size() < i + 1) {
        p.ingest().pollOnce(0);
        p.notifier().pollOnce(0);
        assertThat(System.nanoTime() - start).as("e-mail within 60 s").isLessThan(Duration.ofSeconds(60).toNanos());
      }
      seconds.add((System.nanoTime() - start) / 1e9);
    }
    List<Double> sorted = seconds.stream().sorted().toList();
    String line = String.format(Locale.ROOT, "upload-to-email on LocalStack (local runner, warm handlers): runs %s,"
        + " median %.2f s%n", seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList(),
        sorted.get(sorted.size() / 2));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/pipeline-timing.txt"), line);
    System.out.print(line);
    assertThat(emailsFrom(p.sender())).hasSize(5);
  }
}
