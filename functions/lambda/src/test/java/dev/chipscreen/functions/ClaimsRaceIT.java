package dev.chipscreen.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chipscreen.core.testing.SharedLists;
import dev.chipscreen.functions.ingest.IngestService;
import dev.chipscreen.functions.ingest.ObjectRef;
import dev.chipscreen.functions.local.LocalStack;
import dev.chipscreen.functions.notify.NotifyService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Two workers (two instances, each with its own clients and screener) racing on the same
 * objects, on LocalStack's S3 with its conditional writes: on a fresh object, and on a claim left
 * stale by a worker that died. Each object must end in one report, one alert and one e-mail.
 */
class ClaimsRaceIT {

  static final String ENDPOINT = PipelineIT.ENDPOINT;
  /** Objects raced on: each race is a few milliseconds wide, so several give both workers real chances. */
  static final int OBJECTS = 8;

  static final byte[] CRITICAL = PipelineIT.CRITICAL;

  private record Worker(IngestService ingest, NotifyService notifier) {
  }

  /** Runs both calls at once (released together by a latch) and returns what each returned or threw. */
  private static List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> call : List.of(a, b)) {
        futures.add(pool.submit(() -> {
          start.await();
          try {
            return call.call();
          } catch (Exception e) {
            return e;
          }
        }));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void twoWorkersOnTheSameObjects_freshAndStaleClaims_giveOneReportOneAlertOneEmailEach() throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String bucket = "chipscreen-race-" + id;
    String sender = "race-" + id + "@chipscreen.test";
    Map<String, String> env = LocalStack.provision(new LocalStack.Stack(ENDPOINT, bucket, "race-" + id + "-", sender,
        true, 30, 3, SharedLists.directory()));
    Worker one = new Worker(new Wiring(env).ingest(), new Wiring(env).notifier());
    Worker two = new Worker(new Wiring(env).ingest(), new Wiring(env).notifier());
    var s3 = new Wiring(env).clients().s3();
    var sqs = new Wiring(env).clients().sqs();

    List<ObjectRef> refs = new ArrayList<>();
    for (int i = 0; i < OBJECTS; i++) {
      String key = LocalStack.INCOMING_PREFIX + "race-" + i + ".pdf";
      String eTag = s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(CRITICAL)).eTag()
          .replace("\"", "");
      ObjectRef ref = new ObjectRef(bucket, key, null, eTag, CRITICAL.length);
      refs.add(ref);
      if (i % 2 == 1) {
        // A worker died holding this one: its claim is long stale when both others arrive.
        s3.putObject(b -> b.bucket(bucket).key("chipscreen/claims/ingest/"
            + dev.chipscreen.functions.alert.Alerts.alertId(ref)), RequestBody.fromString("pending@0@dead-worker"));
      }
    }
    // The bucket's own notifications are not consumed here: the two workers are fed directly.
    for (ObjectRef ref : refs) {
      List<Object> outcomes = race(() -> one.ingest().ingest(ref), () -> two.ingest().ingest(ref));
      assertThat(outcomes).as(ref.key()).filteredOn(o -> o == IngestService.Outcome.SCREENED_ALERTED).hasSize(1);
      // The other found it done, or still in progress (its message would be retried, then find it done).
      assertThat(outcomes).as(ref.key()).allMatch(o -> o == IngestService.Outcome.SCREENED_ALERTED
          || o == IngestService.Outcome.DUPLICATE || o instanceof IngestService.RetryLater);
    }

    List<String> alertBodies = new ArrayList<>();
    while (true) {
      var messages = sqs.receiveMessage(b -> b.queueUrl(env.get("ALERT_QUEUE_URL")).maxNumberOfMessages(10)
          .waitTimeSeconds(1)).messages();
      if (messages.isEmpty()) {
        break;
      }
      for (var m : messages) {
        alertBodies.add(m.body());
        sqs.deleteMessage(b -> b.queueUrl(env.get("ALERT_QUEUE_URL")).receiptHandle(m.receiptHandle()));
      }
    }
    assertThat(alertBodies).hasSize(OBJECTS);
    assertThat(LocalStack.reportsIn(new Wiring(env).clients(), bucket))
        .hasSize(OBJECTS);

    // Each alert delivered to both notifiers at once: one e-mail each.
    for (String body : alertBodies) {
      List<Object> outcomes = race(() -> one.notifier().notify(body), () -> two.notifier().notify(body));
      assertThat(outcomes).filteredOn(o -> o == NotifyService.Outcome.SENT).hasSize(1);
    }
    HttpResponse<String> ses = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(ENDPOINT + "/_aws/ses")).build(), HttpResponse.BodyHandlers.ofString());
    long emails = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ses.body()).path("messages")
        .valueStream().filter(m -> sender.equals(m.path("Source").asText())).count();
    assertThat(emails).isEqualTo(OBJECTS);
  }

  @Test
  void withoutAListManifest_initFails_unlessScreeningWithoutListsIsAllowed() throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> env = LocalStack.provision(new LocalStack.Stack(ENDPOINT, "chipscreen-nolists-" + id,
        "nolists-" + id + "-", "n-" + id + "@chipscreen.test", true, 30, 3, null));

    assertThatThrownBy(() -> new Wiring(env).ingest()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no restricted-party lists").hasMessageContaining("SCREEN_WITHOUT_LISTS");

    Map<String, String> allowed = new HashMap<>(env);
    allowed.put("SCREEN_WITHOUT_LISTS", "true");
    assertThat(new Wiring(allowed).ingest()).isNotNull();
  }

  @Test
  void aConsoleFolderKeyInTheListStore_isSkipped() throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String bucket = "chipscreen-folder-" + id;
    Map<String, String> env = LocalStack.provision(new LocalStack.Stack(ENDPOINT, bucket, "folder-" + id + "-",
        "f-" + id + "@chipscreen.test", true, 30, 3, SharedLists.directory()));
    var s3 = new Wiring(env).clients().s3();
    // What the S3 console's "Create folder" writes: a zero-byte key ending in '/', listed before its files.
    s3.putObject(b -> b.bucket(bucket).key("chipscreen/lists/csl/"), RequestBody.empty());
    s3.putObject(b -> b.bucket(bucket).key("chipscreen/lists/csl/notes.txt"), RequestBody.fromString("x"));

    assertThat(new Wiring(env).ingest()).isNotNull();
  }
}
