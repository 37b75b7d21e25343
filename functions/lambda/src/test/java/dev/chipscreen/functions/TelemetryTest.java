package dev.chipscreen.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.TestParties;
import dev.chipscreen.functions.ingest.Claims;
import dev.chipscreen.functions.ingest.IngestService;
import dev.chipscreen.functions.ingest.SqsIngestHandler;
import dev.chipscreen.functions.notify.NotifyHandler;
import dev.chipscreen.functions.notify.NotifyService;
import dev.chipscreen.functions.notify.Recipients;
import dev.chipscreen.functions.telemetry.Recycler;
import dev.chipscreen.functions.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The shape of the functions' log lines: one JSON object per document and per alert message,
 * each a valid CloudWatch Embedded Metric Format record where it carries metrics, and none
 * holding document text, matched text or party names.
 */
class TelemetryTest {

  static final String BUCKET = HandlersTest.BUCKET;
  static final String KEY = HandlersTest.KEY;
  static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Words of the test document that must never reach a log line: the party, the chip as written, the goods. */
  static final List<String> CONFIDENTIAL = List.of("Quantum", "Lattice", "HGX", "H100", "baseboard", "Shenzhen");

  private final Fakes.Store store = new Fakes.Store();
  private final Fakes.Alerts alerts = new Fakes.Alerts();
  private final List<String> lines = new ArrayList<>();
  private final Telemetry telemetry = new Telemetry(lines::add, CLOCK, NOW.minus(Duration.ofHours(36)));
  private final Screener screener = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(),
      TestParties.of(TestParties.entity("EL", "Quantum Lattice Trading Co., Ltd.")), Clock.systemUTC());

  private SqsIngestHandler handler(Recycler recycler) {
    return new SqsIngestHandler(new IngestService(screener, store, alerts, new Claims(store, Clock.systemUTC(),
        Duration.ofMinutes(15)), Severity.MEDIUM, Set.of(BUCKET)), telemetry, recycler);
  }

  /** Checks a line against the EMF specification: every dimension and metric a member of the root, metrics numbers. */
  static void assertValidEmf(JsonNode line) {
    JsonNode aws = line.path("_aws");
    assertThat(aws.path("Timestamp").isIntegralNumber()).isTrue();
    assertThat(aws.path("CloudWatchMetrics").isArray()).isTrue();
    assertThat(aws.path("CloudWatchMetrics")).isNotEmpty();
    for (JsonNode directive : aws.path("CloudWatchMetrics")) {
      assertThat(directive.path("Namespace").asText()).isEqualTo(Telemetry.NAMESPACE);
      for (JsonNode set : directive.path("Dimensions")) {
        assertThat(set.size()).isBetween(1, 30);
        for (JsonNode name : set) {
          assertThat(line.path(name.asText()).isTextual()).as("dimension " + name).isTrue();
        }
      }
      for (JsonNode metric : directive.path("Metrics")) {
        assertThat(line.path(metric.path("Name").asText()).isNumber()).as("metric " + metric).isTrue();
        assertThat(metric.path("Unit").asText()).isIn("Count", "Milliseconds", "Bytes", "None");
      }
    }
  }

  static List<String> dimensionNames(JsonNode line) {
    List<String> names = new ArrayList<>();
    for (JsonNode directive : line.path("_aws").path("CloudWatchMetrics")) {
      for (JsonNode set : directive.path("Dimensions")) {
        for (JsonNode name : set) {
          names.add(name.asText());
        }
      }
    }
    return names;
  }

  @ParameterizedTest
  @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
  void aScreenedDocument_isOneJsonLine_thatIsAValidEmfRecord_withoutDocumentText(SQSEvent event) throws Exception {
    store.seed(BUCKET, KEY, HandlersTest.CRITICAL_PDF);

    handler(Recycler.loggingOnly()).handleRequest(event, null);

    assertThat(lines).hasSize(1);
    JsonNode line = JSON.readTree(lines.get(0));
    assertValidEmf(line);
    assertThat(line.path("event").asText()).isEqualTo("document");
    assertThat(line.path("bucket").asText()).isEqualTo(BUCKET);
    assertThat(line.path("key").asText()).isEqualTo(KEY);
    assertThat(line.path("sha256").asText()).hasSize(64);
    assertThat(line.path("outcome").asText()).isEqualTo("SCREENED_ALERTED");
    assertThat(line.path("Severity").asText()).isEqualTo("CRITICAL");
    assertThat(line.path("findings").path("chips").asInt()).isEqualTo(1);
    assertThat(line.path("findings").path("parties").asInt()).isEqualTo(1);
    assertThat(line.path("Documents").asInt()).isEqualTo(1);
    assertThat(line.path("Alerted").asInt()).isEqualTo(1);
    assertThat(line.path("Unreadable").asInt()).isZero();
    assertThat(line.path("DocumentBytes").asLong()).isEqualTo(HandlersTest.CRITICAL_PDF.length);
    assertThat(line.path("DocumentPages").asInt()).isEqualTo(1);
    assertThat(line.path("ListAgeDays").asDouble()).isEqualTo(1.5);
    // Few dimensions: the function, and the severity for alerts; never the key or anything per document.
    assertThat(dimensionNames(line)).containsOnly("Function", "Severity");
    String text = lines.get(0).replace(KEY, "");
    assertThat(CONFIDENTIAL).allSatisfy(word -> assertThat(text).doesNotContainIgnoringCase(word));
  }

  @ParameterizedTest
  @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
  void anUnreadableDocument_countsUnderItsReasonCode_only(SQSEvent event) throws Exception {
    store.seed(BUCKET, KEY, Fixtures.encryptedPdf(List.of("NVIDIA H100 for Quantum Lattice"), "secret"));

    handler(Recycler.loggingOnly()).handleRequest(event, null);

    JsonNode line = JSON.readTree(lines.get(0));
    assertValidEmf(line);
    assertThat(line.path("Unreadable").asInt()).isEqualTo(1);
    assertThat(line.path("Reason").asText()).isEqualTo("ENCRYPTED");
    assertThat(dimensionNames(line)).contains("Reason");
  }

  @ParameterizedTest
  @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
  void aDuplicate_isLogged_withoutMetrics(SQSEvent event) throws Exception {
    store.seed(BUCKET, KEY, HandlersTest.CRITICAL_PDF);
    SqsIngestHandler handler = handler(Recycler.loggingOnly());
    handler.handleRequest(event, null);

    handler.handleRequest(event, null);

    JsonNode second = JSON.readTree(lines.get(1));
    assertThat(second.path("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(second.has("_aws")).isFalse();
  }

  @ParameterizedTest
  @Event(value = "events/sqs-alert.json", type = SQSEvent.class)
  void anEmail_isOneEmfLine_sentOrFailed(SQSEvent event) throws Exception {
    String body = event.getRecords().get(0).getBody();
    var alert = dev.chipscreen.functions.alert.Alerts.fromJson(body);
    String reportKey = alert.reportLocation().substring(("s3://" + alert.bucket() + "/").length());
    store.seed(alert.bucket(), reportKey, dev.chipscreen.core.report.ReportJson.toJson(screener.screen(KEY,
        HandlersTest.CRITICAL_PDF)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Fakes.Mail mail = new Fakes.Mail();
    mail.reject = true;
    NotifyHandler notify = new NotifyHandler(new NotifyService(store, mail, new Claims(store, Clock.systemUTC(),
        Duration.ofMinutes(15)), "alerts@chipscreen.test", Recipients.fromEnvironment(Map.of("RECIPIENTS_MEDIUM",
        "analyst@x.test"))), telemetry);

    notify.handleRequest(event, null);
    mail.reject = false;
    notify.handleRequest(event, null);

    List<JsonNode> emails = new ArrayList<>();
    for (String l : lines) {
      JsonNode node = JSON.readTree(l);
      if (node.path("event").asText().equals("email")) {
        assertValidEmf(node);
        emails.add(node);
      }
    }
    assertThat(emails).extracting(n -> n.path("EmailsFailed").asInt()).containsExactly(1, 0);
    assertThat(emails).extracting(n -> n.path("EmailsSent").asInt()).containsExactly(0, 1);
    assertThat(emails.get(1).path("alertId").asText()).isEqualTo(alert.alertId());
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"event\":\"failure\""));
  }

  @org.junit.jupiter.api.Test
  void aListRefresh_isOneEmfRecord_whetherTheListsChangedOrNot() throws Exception {
    telemetry.listRefresh(new Telemetry.Invocation("r-1", "chipscreen-list-refresh"), 0, 1);

    JsonNode line = JSON.readTree(lines.get(lines.size() - 1));
    assertValidEmf(line);
    assertThat(line.path("ListRefreshSucceeded").asInt()).isEqualTo(1);
    assertThat(line.path("unchanged").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @Event(value = "events/sqs-alert.json", type = SQSEvent.class)
  void aMalformedAlert_isLoggedWithoutTheTextItCarries(SQSEvent event) throws Exception {
    // A party name where a number belongs, and a party name as a bare token: Jackson's own messages
    // quote both, and the failure line must not.
    String secret = "Inspur HK Electronics Secret Consignee";
    List<String> bodies = List.of(
        event.getRecords().get(0).getBody().replaceFirst("\"score\"\\s*:\\s*[0-9.]+", "\"score\": \"" + secret + "\""),
        "{\"schemaVersion\": " + secret.replace(' ', '_') + "}");
    NotifyHandler notify = new NotifyHandler(new NotifyService(store, new Fakes.Mail(), new Claims(store,
        Clock.systemUTC(), Duration.ofMinutes(15)), "alerts@chipscreen.test", Recipients.fromEnvironment(Map.of(
        "RECIPIENTS_MEDIUM", "analyst@x.test"))), telemetry);
    for (String body : bodies) {
      event.getRecords().get(0).setBody(body);
      notify.handleRequest(event, null);
    }

    assertThat(lines).filteredOn(l -> l.contains("\"event\":\"failure\"")).hasSize(2)
        .allSatisfy(l -> assertThat(l).doesNotContain("Inspur").doesNotContain("Secret").contains("not an alert message"));
    // Each is counted as a metric too: the partial batch response hides it from Lambda's Errors.
    for (String l : lines) {
      JsonNode node = JSON.readTree(l);
      if (node.path("event").asText().equals("failure")) {
        assertValidEmf(node);
        assertThat(node.path("MessagesFailed").asInt()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
  void anInstanceWithTooManyStuckParses_retiresBeforeTakingAMessage(SQSEvent event) throws Exception {
    store.seed(BUCKET, KEY, HandlersTest.CRITICAL_PDF);
    AtomicBoolean retired = new AtomicBoolean();
    Iterator<Integer> stuck = List.of(Recycler.MAX_ABANDONED_RUNNING, Recycler.MAX_ABANDONED_RUNNING + 1).iterator();
    SqsIngestHandler handler = handler(new Recycler(stuck::next, () -> retired.set(true)));

    assertThat(handler.handleRequest(event, null).getBatchItemFailures()).isEmpty();
    assertThat(retired).isFalse();
    assertThatThrownBy(() -> handler.handleRequest(event, null)).isInstanceOf(IllegalStateException.class);

    assertThat(retired).isTrue();
    assertThat(lines).last().asString().contains("\"event\":\"recycle\"");
  }
}
