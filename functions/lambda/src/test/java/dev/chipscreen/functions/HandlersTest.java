package dev.chipscreen.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.InstalledOcr;
import dev.chipscreen.core.testing.ScanFixtures;
import dev.chipscreen.core.testing.ReportSchema;
import dev.chipscreen.core.testing.TestParties;
import dev.chipscreen.functions.alert.AlertMessage;
import dev.chipscreen.functions.alert.Alerts;
import dev.chipscreen.functions.ingest.Claims;
import dev.chipscreen.functions.ingest.EventBridgeIngestHandler;
import dev.chipscreen.functions.ingest.IngestService;
import dev.chipscreen.functions.ingest.S3IngestHandler;
import dev.chipscreen.functions.ingest.SqsIngestHandler;
import dev.chipscreen.functions.notify.NotifyHandler;
import dev.chipscreen.functions.notify.NotifyService;
import dev.chipscreen.functions.notify.Recipients;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class HandlersTest {

  static final String BUCKET = "chipscreen-docs-123456789012";
  static final String KEY = "incoming/Bill of Lading 提单 #7.pdf";
  static final byte[] CRITICAL_PDF = Fixtures.pdf(List.of("""
      BILL OF LADING
      Consignee: Quantum Lattice Trading Co., Ltd., Shenzhen, China
      Description: NVIDIA HGX H100 8-GPU baseboard, HS 8473.30"""));

  private final Fakes.Store store = new Fakes.Store();
  private final Fakes.Alerts alerts = new Fakes.Alerts();
  private final Screener screener = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(),
      TestParties.of(TestParties.entity("EL", "Quantum Lattice Trading Co., Ltd.")), Clock.systemUTC());

  private IngestService ingest(Set<String> buckets) {
    return new IngestService(screener, store, alerts, new Claims(store, Clock.systemUTC(), Duration.ofMinutes(15)),
        Severity.MEDIUM, buckets);
  }

  private ScreeningReport report(String key) {
    byte[] json = store.object(BUCKET, IngestService.reportKey(key));
    assertThat(json).as("report of " + key).isNotNull();
    assertThat(ReportSchema.violations(new String(json, StandardCharsets.UTF_8))).isEmpty();
    return ReportJson.fromJson(new String(json, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
  void sqsIngest_screensTheDecodedKey_writesTheReport_andAlerts(SQSEvent event) throws Exception {
    store.seed(BUCKET, KEY, CRITICAL_PDF);

    SQSBatchResponse response = new SqsIngestHandler(ingest(Set.of(BUCKET))).handleRequest(event, null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    ScreeningReport report = report(KEY);
    assertThat(report.document().name()).isEqualTo(KEY);
    assertThat(report.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(alerts.sent).singleElement().satisfies(json -> {
      AlertMessage alert = Alerts.fromJson(json);
      assertThat(alert.key()).isEqualTo(KEY);
      assertThat(alert.versionId()).isEqualTo("3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY");
      assertThat(alert.severity()).isEqualTo("CRITICAL");
      assertThat(alert.reportLocation()).isEqualTo("s3://" + BUCKET + "/reports/" + KEY + ".report.json");
      assertThat(alert.findings()).extracting(AlertMessage.FindingSummary::kind)
          .contains("RESTRICTED_CHIP", "RESTRICTED_PARTY");
    });
  }

  @ParameterizedTest
  @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
  void repeatedNotificationsOfOneVersion_giveOneReportAndOneAlert(SQSEvent event) {
    store.seed(BUCKET, KEY, CRITICAL_PDF);
    SqsIngestHandler handler = new SqsIngestHandler(ingest(Set.of(BUCKET)));

    for (int i = 0; i < 3; i++) {
      assertThat(handler.handleRequest(event, null).getBatchItemFailures()).isEmpty();
    }

    assertThat(store.puts.stream().filter(k -> k.equals(IngestService.reportKey(KEY)))).hasSize(1);
    assertThat(alerts.sent).hasSize(1);
  }

  @ParameterizedTest
  @Event(value = "events/sqs-ocr-handoff.json", type = SQSEvent.class)
  void aScanIsHandedToOcr_andTheOcrFunctionWritesTheOneReportAndAlert(SQSEvent delivered) throws Exception {
    byte[] scan = ScanFixtures.imagePdf(ScanFixtures.scan(CRITICAL_PDF, new ScanFixtures.Scan(300, 1, 0.002, 0), 3),
        300);
    store.seed(BUCKET, KEY, scan);
    List<String> handedOff = new java.util.ArrayList<>();
    IngestService withoutOcr = new IngestService(screener, store, alerts, new Claims(store, Clock.systemUTC(),
        Duration.ofMinutes(15)), Severity.MEDIUM, Set.of(BUCKET), (ref, why) -> handedOff.add(
            dev.chipscreen.functions.ingest.S3Notifications.toJson(ref, why)));
    SqsIngestHandler ingestFunction = new SqsIngestHandler(withoutOcr);

    SQSEvent upload = EventLoader.loadSQSEvent("events/sqs-s3-put.json");
    assertThat(ingestFunction.handleRequest(upload, null).getBatchItemFailures()).isEmpty();
    assertThat(ingestFunction.handleRequest(upload, null).getBatchItemFailures()).isEmpty();

    // Handed on once, with nothing written or sent by the ingest function.
    assertThat(handedOff).singleElement().satisfies(body -> assertThat(body).contains("NEEDS_OCR"));
    assertThat(store.object(BUCKET, IngestService.reportKey(KEY))).isNull();
    assertThat(alerts.sent).isEmpty();
    // The message the ingest function sent is the one the OCR queue delivers (events/sqs-ocr-handoff.json).
    assertThat(dev.chipscreen.functions.ingest.S3Notifications.fromJson(handedOff.get(0)))
        .isEqualTo(dev.chipscreen.functions.ingest.S3Notifications.fromJson(delivered.getRecords().get(0).getBody()));

    Screener withTesseract = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(),
        TestParties.of(TestParties.entity("EL", "Quantum Lattice Trading Co., Ltd.")),
        dev.chipscreen.core.match.party.Allowlist.EMPTY, dev.chipscreen.core.report.SeverityPolicy.DEFAULTS,
        Clock.systemUTC(), InstalledOcr.tesseract());
    SqsIngestHandler ocrFunction = new SqsIngestHandler(new IngestService(withTesseract, store, alerts,
        new Claims(store, Clock.systemUTC(), Duration.ofMinutes(15)), Severity.MEDIUM, Set.of(BUCKET),
        (ref, why) -> handedOff.add("again")));
    assertThat(ocrFunction.handleRequest(delivered, null).getBatchItemFailures()).isEmpty();
    assertThat(ocrFunction.handleRequest(delivered, null).getBatchItemFailures()).isEmpty();

    ScreeningReport report = report(KEY);
    assertThat(report.document().ocrPages()).containsExactly(1);
    assertThat(report.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(store.puts.stream().filter(k -> k.equals(IngestService.reportKey(KEY)))).hasSize(1);
    assertThat(alerts.sent).singleElement().satisfies(json -> assertThat(Alerts.fromJson(json).findings())
        .extracting(AlertMessage.FindingSummary::kind).contains("RESTRICTED_CHIP", "RESTRICTED_PARTY"));
    assertThat(handedOff).hasSize(1);
  }

  @ParameterizedTest
  @Event(value = "events/sqs-s3-test-event.json", type = SQSEvent.class)
  void s3TestEvent_isAcknowledgedAndSkipped(SQSEvent event) {
    SQSBatchResponse response = new SqsIngestHandler(ingest(Set.of(BUCKET))).handleRequest(event, null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(store.puts).isEmpty();
    assertThat(alerts.sent).isEmpty();
  }

  @Test
  void oneBadMessage_failsAlone_andTheRestOfTheBatchIsProcessed() {
    store.seed(BUCKET, KEY, CRITICAL_PDF);
    SQSEvent good = EventLoader.loadSQSEvent("events/sqs-s3-put.json");
    SQSEvent.SQSMessage bad = new SQSEvent.SQSMessage();
    bad.setMessageId("bad-1");
    bad.setBody("{not json");
    SQSEvent batch = new SQSEvent();
    batch.setRecords(List.of(bad, good.getRecords().get(0)));

    SQSBatchResponse response = new SqsIngestHandler(ingest(Set.of(BUCKET))).handleRequest(batch, null);

    assertThat(response.getBatchItemFailures()).singleElement()
        .satisfies(f -> assertThat(f.getItemIdentifier()).isEqualTo("bad-1"));
    assertThat(alerts.sent).hasSize(1);
  }

  @ParameterizedTest
  @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
  void anUnreadableDocument_getsItsReportAndAnAlert(SQSEvent event) {
    store.seed(BUCKET, KEY, Fixtures.encryptedPdf(List.of("x"), "pw"));

    new SqsIngestHandler(ingest(Set.of(BUCKET))).handleRequest(event, null);

    assertThat(report(KEY).status().name()).isEqualTo("UNREADABLE");
    assertThat(alerts.sent).singleElement().asString().contains("\"status\":\"UNREADABLE\"");
  }

  @ParameterizedTest
  @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
  void aBucketOutsideTheAllowlist_isNeverRead(SQSEvent event) {
    store.seed(BUCKET, KEY, CRITICAL_PDF);

    SQSBatchResponse response = new SqsIngestHandler(ingest(Set.of("another-bucket"))).handleRequest(event, null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(store.puts).isEmpty();
  }

  @ParameterizedTest
  @Event(value = "events/s3-put.json", type = S3Event.class)
  void directS3Event_isIngestedToo(S3Event event) {
    store.seed(BUCKET, KEY, CRITICAL_PDF);

    String result = new S3IngestHandler(ingest(Set.of(BUCKET))).handleRequest(event, null);

    assertThat(result).contains("SCREENED_ALERTED");
    assertThat(report(KEY).severity()).isEqualTo(Severity.CRITICAL);
  }

  @Test
  @SuppressWarnings("unchecked")
  void eventBridgeObjectCreated_isIngested_withTheKeyAsWritten() throws Exception {
    String key = "incoming/invoice MY-CI-25-0419.pdf";
    store.seed(BUCKET, key, Fixtures.pdf(List.of("COMMERCIAL INVOICE\nOffice chairs")));
    Map<String, Object> event = new ObjectMapper().readValue(
        HandlersTest.class.getResourceAsStream("/events/eventbridge-object-created.json"), HashMap.class);

    String result = new EventBridgeIngestHandler(ingest(Set.of(BUCKET))).handleRequest(event, null);

    assertThat(result).contains("SCREENED_NO_ALERT");
    assertThat(report(key).severity()).isEqualTo(Severity.NONE);
    assertThat(alerts.sent).isEmpty();
  }

  @ParameterizedTest
  @Event(value = "events/sqs-alert.json", type = SQSEvent.class)
  void notify_sendsOneEmailPerAlert_toTheRecipientsOfItsSeverity(SQSEvent event) throws Exception {
    AlertMessage alert = Alerts.fromJson(event.getRecords().get(0).getBody());
    store.seed(BUCKET, "reports/" + KEY + ".report.json",
        ReportJson.toJson(screener.screen(KEY, CRITICAL_PDF)).getBytes(StandardCharsets.UTF_8));
    Fakes.Mail mail = new Fakes.Mail();
    NotifyHandler handler = new NotifyHandler(new NotifyService(store, mail,
        new Claims(store, Clock.systemUTC(), Duration.ofMinutes(15)), "alerts@chipscreen.test",
        Recipients.fromEnvironment(Map.of("RECIPIENTS_MEDIUM", "analyst@x.test", "RECIPIENTS_CRITICAL", "head@x.test"))));

    SQSBatchResponse first = handler.handleRequest(event, null);
    SQSBatchResponse again = handler.handleRequest(event, null);

    assertThat(first.getBatchItemFailures()).isEmpty();
    assertThat(again.getBatchItemFailures()).isEmpty();
    assertThat(mail.sent).singleElement().satisfies(email -> {
      assertThat(email.to()).containsExactlyInAnyOrder("analyst@x.test", "head@x.test");
      assertThat(email.subject()).startsWith("[chipscreen] CRITICAL").contains("Bill of Lading 提单 #7.pdf")
          .doesNotContain("\n");
      assertThat(email.html()).contains("Quantum Lattice Trading Co., Ltd.");
    });
    assertThat(alert.alertId()).isNotBlank();
  }

  @ParameterizedTest
  @Event(value = "events/sqs-alert.json", type = SQSEvent.class)
  void aRejectedSend_failsTheMessage_andTheRetrySendsIt(SQSEvent event) {
    store.seed(BUCKET, "reports/" + KEY + ".report.json",
        ReportJson.toJson(screener.screen(KEY, CRITICAL_PDF)).getBytes(StandardCharsets.UTF_8));
    Fakes.Mail mail = new Fakes.Mail();
    mail.reject = true;
    NotifyHandler handler = new NotifyHandler(new NotifyService(store, mail,
        new Claims(store, Clock.systemUTC(), Duration.ofMinutes(15)), "alerts@chipscreen.test",
        Recipients.fromEnvironment(Map.of("RECIPIENTS_MEDIUM", "analyst@x.test"))));

    assertThat(handler.handleRequest(event, null).getBatchItemFailures()).hasSize(1);
    mail.reject = false;
    assertThat(handler.handleRequest(event, null).getBatchItemFailures()).isEmpty();
    assertThat(mail.sent).hasSize(1);
  }

  @Test
  void anAbandonedClaim_isTakenOver_aFreshOneIsNot_andTheOldOwnerCannotMarkItDone() throws Exception {
    Claims quick = new Claims(store, Clock.systemUTC(), Duration.ZERO);
    Claims patient = new Claims(store, Clock.systemUTC(), Duration.ofHours(1));

    Claims.Claim first = patient.claim("b", "c1");
    assertThat(first.outcome()).isEqualTo(Claims.Outcome.CLAIMED);
    assertThat(patient.claim("b", "c1").outcome()).isEqualTo(Claims.Outcome.IN_PROGRESS);
    Thread.sleep(5);
    Claims.Claim second = quick.claim("b", "c1");
    assertThat(second.outcome()).isEqualTo(Claims.Outcome.CLAIMED);
    // The first owner lost the claim: its late "done" and "release" change nothing.
    assertThat(patient.done(first)).isFalse();
    patient.release(first);
    assertThat(patient.claim("b", "c1").outcome()).isEqualTo(Claims.Outcome.IN_PROGRESS);
    assertThat(quick.done(second)).isTrue();
    assertThat(quick.claim("b", "c1").outcome()).isEqualTo(Claims.Outcome.ALREADY_DONE);
  }

  @Test
  void aReleasedClaim_isTakenOverByExactlyOneOfManyRacingWorkers() throws Exception {
    Claims claims = new Claims(store, Clock.systemUTC(), Duration.ofHours(1));
    claims.release(claims.claim("b", "c2"));

    int workers = 16;
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
    List<java.util.concurrent.Future<Claims.Claim>> results = new java.util.ArrayList<>();
    for (int i = 0; i < workers; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return claims.claim("b", "c2");
      }));
    }
    start.countDown();
    List<Claims.Outcome> outcomes = new java.util.ArrayList<>();
    for (var result : results) {
      outcomes.add(result.get().outcome());
    }
    pool.shutdown();

    assertThat(outcomes).filteredOn(o -> o == Claims.Outcome.CLAIMED).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o == Claims.Outcome.IN_PROGRESS).hasSize(workers - 1);
  }

  @Test
  void noDocumentBuckets_refusesEveryBucket() throws Exception {
    store.seed(BUCKET, KEY, CRITICAL_PDF);

    IngestService.Outcome outcome = ingest(Set.of()).ingest(new dev.chipscreen.functions.ingest.ObjectRef(BUCKET, KEY,
        null, null, CRITICAL_PDF.length));

    assertThat(outcome).isEqualTo(IngestService.Outcome.REJECTED);
    assertThat(store.object(BUCKET, IngestService.reportKey(KEY))).isNull();
  }

  @Test
  void withoutLists_allowedExplicitly_everyDocumentAlertsAtMediumAtLeast() throws Exception {
    Screener noLists = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), TestParties.of(), Clock.systemUTC());
    IngestService service = new IngestService(noLists, store, alerts, new Claims(store, Clock.systemUTC(),
        Duration.ofMinutes(15)), Severity.MEDIUM, Set.of(BUCKET), null, true);
    byte[] clean = Fixtures.pdf(List.of("COMMERCIAL INVOICE\nBuyer: Quantum Lattice Trading Co., Ltd.\nOffice chairs"));
    store.seed(BUCKET, "incoming/clean.pdf", clean);

    IngestService.Outcome outcome = service.ingest(new dev.chipscreen.functions.ingest.ObjectRef(BUCKET,
        "incoming/clean.pdf", null, null, clean.length));

    assertThat(outcome).isEqualTo(IngestService.Outcome.SCREENED_ALERTED);
    assertThat(report("incoming/clean.pdf").notes()).anyMatch(n -> n.contains("parties were not screened"));
    assertThat(alerts.sent).singleElement().satisfies(json -> {
      AlertMessage alert = Alerts.fromJson(json);
      assertThat(alert.severity()).isEqualTo("MEDIUM");
      assertThat(alert.summary()).contains("parties NOT screened");
    });
  }
}
