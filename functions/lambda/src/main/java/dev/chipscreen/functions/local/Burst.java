package dev.chipscreen.functions.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.functions.aws.AwsClients;
import dev.chipscreen.functions.ingest.IngestService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A burst and a crash on LocalStack: provisions a stack of its own, drops {@code documents} copies
 * of the source files into incoming/ at once, runs {@code runners} local runners as separate JVMs
 * (each polls the ingest, OCR and alert queues as the three functions would), kills one with
 * SIGKILL once it has screened a few documents (so it dies holding a batch), and waits until the
 * queues are empty. Then it checks what a user would: one report per document, one e-mail per
 * alerting document and none twice, nothing in any DLQ, and every claim left pending by the kill
 * taken over. {@code scripts/burst.sh} runs it; {@code BurstIT} runs a small one in the tests.
 */
public final class Burst {

  /** Uploads in flight at once: "at once", within what one client machine does. */
  static final int UPLOAD_THREADS = 8;
  /** How often the driver looks at the queues and claims. */
  static final long POLL_MILLIS = 1_000;
  /** Receives before a message goes to its DLQ: the kill and the takeover cost a message two or three. */
  static final int MAX_RECEIVE_COUNT = 5;
  /** Heap of one runner JVM: the lists and their index take about 300 MB. */
  static final String RUNNER_HEAP = "-Xmx1g";

  /** What to run. */
  public record Plan(String endpoint, int documents, int runners, boolean kill, List<Path> sources, Path lists,
                     int visibilitySeconds, Path jar, Path workDir, long timeoutSeconds) {
  }

  /** What happened, in numbers; {@link #problems()} empty when every check held. */
  public record Result(int documents, int reports, int alerting, int emails, int documentsEmailedTwice,
                       int alertMessagesSeen, int alertsPublishedTwice, int dlqMessages, int pendingAtKill, int pendingNeverTakenOver,
                       double uploadSeconds, double drainSeconds, double takeoverSeconds,
                       double documentsPerMinutePerRunner, List<Long> runnerPeakRssMiB, List<String> problems) {

    public String summary() {
      return String.format(Locale.ROOT, "burst: %d documents, %d reports, %d alerting, %d e-mails (%d documents"
              + " e-mailed twice), %d alert messages seen by the notifiers (%d alerts published twice), %d in DLQs; upload %.1f s, drain %.1f s"
              + " (from the first upload to empty queues), %.1f documents/min/runner; kill: %d claims pending,"
              + " taken over after %.1f s, %d never; surviving runners' peak RSS %s MiB; %s",
          documents, reports, alerting, emails, documentsEmailedTwice, alertMessagesSeen, alertsPublishedTwice,
          dlqMessages, uploadSeconds,
          drainSeconds, documentsPerMinutePerRunner, pendingAtKill, takeoverSeconds, pendingNeverTakenOver,
          runnerPeakRssMiB,
          problems.isEmpty() ? "all checks passed" : "PROBLEMS: " + problems);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private Burst() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    List<Path> sources = new ArrayList<>();
    for (String dir : options.getOrDefault("sources", "samples").split(",")) {
      sources.add(Path.of(dir));
    }
    Plan plan = new Plan(options.getOrDefault("endpoint", "http://127.0.0.1:4566"),
        Integer.parseInt(options.getOrDefault("documents", "1000")),
        Integer.parseInt(options.getOrDefault("runners", "3")),
        !"false".equals(options.get("kill")), sources, Path.of(options.getOrDefault("lists", "../shared/data/lists")),
        Integer.parseInt(options.getOrDefault("visibility", "60")),
        Path.of(options.getOrDefault("jar", "functions/lambda/target/chipscreen-functions.jar")),
        Path.of(options.getOrDefault("work", "target/burst")),
        Long.parseLong(options.getOrDefault("timeout", "3600")));
    Result result = run(plan);
    System.out.println(result.summary());
    Files.createDirectories(plan.workDir());
    Files.writeString(plan.workDir().resolve("result.json"), JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsString(result));
    System.exit(result.problems().isEmpty() ? 0 : 1);
  }

  public static Result run(Plan plan) throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String bucket = "chipscreen-burst-" + id;
    String sender = "burst-" + id + "@chipscreen.test";
    Map<String, String> env = LocalStack.provision(new LocalStack.Stack(plan.endpoint(), bucket, "burst-" + id + "-",
        sender, true, plan.visibilitySeconds(), MAX_RECEIVE_COUNT, plan.lists()));
    AwsClients clients = AwsClients.from(env);
    Files.createDirectories(plan.workDir());

    List<Path> files = new ArrayList<>();
    for (Path dir : plan.sources()) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted().forEach(files::add);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no source documents in " + plan.sources());
    }

    List<Process> runners = new ArrayList<>();
    for (int i = 0; i < plan.runners(); i++) {
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          RUNNER_HEAP, "-cp", plan.jar().toString(), Local.class.getName(), "run")
          .redirectOutput(plan.workDir().resolve("runner-" + i + ".log").toFile())
          .redirectError(plan.workDir().resolve("runner-" + i + ".err").toFile());
      builder.environment().putAll(env);
      runners.add(builder.start());
    }
    try {
      return drive(plan, env, clients, bucket, sender, files, runners);
    } finally {
      for (Process runner : runners) {
        runner.destroy();
      }
      for (Process runner : runners) {
        runner.waitFor();
      }
    }
  }

  private static Result drive(Plan plan, Map<String, String> env, AwsClients clients, String bucket, String sender,
                              List<Path> files, List<Process> runners) throws Exception {
    List<String> problems = new ArrayList<>();
    long t0 = System.nanoTime();
    // t0 is the first upload: drain time and throughput count from it.
    ExecutorService uploads = Executors.newFixedThreadPool(UPLOAD_THREADS);
    List<Future<?>> puts = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < plan.documents(); i++) {
      Path file = files.get(i % files.size());
      String key = LocalStack.INCOMING_PREFIX + String.format(Locale.ROOT, "burst-%04d-", i) + file.getFileName();
      keys.add(key);
      puts.add(uploads.submit(() -> clients.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file))));
    }
    for (Future<?> put : puts) {
      put.get();
    }
    uploads.shutdown();
    double uploadSeconds = seconds(t0);

    // Kill one runner once it has screened a few documents and while it holds a claim: it dies
    // in the middle of a document, and that claim must be taken over.
    int pendingAtKill = 0;
    Set<String> pendingClaims = new HashSet<>();
    long killedAt = 0;
    if (plan.kill()) {
      Process victim = runners.get(0);
      Path victimLog = plan.workDir().resolve("runner-0.log");
      int threshold = Math.max(2, plan.documents() / (plan.runners() * 10));
      Set<String> done = new HashSet<>();
      while (seconds(t0) < plan.timeoutSeconds()) {
        if (documentLines(victimLog) >= threshold) {
          Set<String> held = claimsHeldBy(clients, bucket, "@pid" + victim.pid() + "@", done);
          if (!held.isEmpty()) {
            victim.destroyForcibly(); // SIGKILL on Linux and macOS
            victim.waitFor();
            killedAt = System.nanoTime();
            pendingClaims.addAll(claimsHeldBy(clients, bucket, "@pid" + victim.pid() + "@", done));
            break;
          }
        }
        Thread.sleep(20);
      }
      pendingAtKill = pendingClaims.size();
      if (killedAt == 0) {
        problems.add("the runner to kill never held a claim");
      }
    }

    // Drain: every document reported and every queue empty.
    int reports = 0;
    double takeoverSeconds = 0;
    while (seconds(t0) < plan.timeoutSeconds()) {
      reports = LocalStack.reportsIn(clients, bucket).size();
      if (!pendingClaims.isEmpty()) {
        pendingClaims.retainAll(notDone(clients, bucket, pendingClaims));
        if (pendingClaims.isEmpty()) {
          takeoverSeconds = seconds(killedAt);
        }
      }
      boolean empty = messages(clients, env.get("INGEST_QUEUE_URL")) == 0 && messages(clients, env.get("OCR_QUEUE_URL")) == 0
          && messages(clients, env.get("ALERT_QUEUE_URL")) == 0;
      if (reports >= plan.documents() && empty && pendingClaims.isEmpty()) {
        break;
      }
      Thread.sleep(POLL_MILLIS);
    }
    double drainSeconds = seconds(t0);
    if (!pendingClaims.isEmpty()) {
      problems.add(pendingClaims.size() + " claims left pending by the kill were never taken over");
    }

    // What the user sees.
    int alerting = 0;
    for (String key : keys) {
      var object = clients.s3().getObjectAsBytes(b -> b.bucket(bucket).key(IngestService.reportKey(key)));
      ScreeningReport report = ReportJson.fromJson(object.asUtf8String());
      if (report.status() == Status.UNREADABLE || report.severity().atLeast(Severity.MEDIUM)) {
        alerting++;
      }
    }
    Map<String, Integer> emailsPerDocument = new LinkedHashMap<>();
    HttpResponse<String> ses = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(plan.endpoint() + "/_aws/ses")).build(), HttpResponse.BodyHandlers.ofString());
    int emails = 0;
    for (JsonNode message : JSON.readTree(ses.body()).path("messages")) {
      if (sender.equals(message.path("Source").asText())) {
        emails++;
        // The text part names its document on the line "Document: <key>".
        String document = message.path("Body").path("text_part").asText().lines()
            .filter(line -> line.startsWith("Document: ")).findFirst().orElse("");
        emailsPerDocument.merge(document, 1, Integer::sum);
      }
    }
    int twice = (int) emailsPerDocument.values().stream().filter(n -> n > 1).count();
    int dlq = messages(clients, env.get("INGEST_DLQ_URL")) + messages(clients, env.get("OCR_DLQ_URL"))
        + messages(clients, env.get("ALERT_DLQ_URL"));
    // Alert messages as the notifiers received them: each "email" line names the SQS message and
    // the alert (one alert id per document). A message delivered again keeps its id; an alert
    // published twice (a runner killed after publishing, before marking its claim done, and the
    // document taken over) has two message ids for one alert id.
    Map<String, java.util.Set<String>> messagesPerAlert = new LinkedHashMap<>();
    for (int i = 0; i < plan.runners(); i++) {
      for (String l : Files.readAllLines(plan.workDir().resolve("runner-" + i + ".log"))) {
        if (l.contains("\"event\":\"email\"")) {
          JsonNode line = JSON.readTree(l);
          messagesPerAlert.computeIfAbsent(line.path("alertId").asText(), k -> new java.util.HashSet<>())
              .add(line.path("messageId").asText());
        }
      }
    }
    int alertMessages = messagesPerAlert.values().stream().mapToInt(java.util.Set::size).sum();
    int publishedTwice = (int) messagesPerAlert.values().stream().filter(ids -> ids.size() > 1).count();
    if (messagesPerAlert.size() != alerting) {
      problems.add(messagesPerAlert.size() + " alerts received for " + alerting + " alerting documents");
    }
    // Only a document whose claim the kill left pending may have had its alert published twice.
    if (publishedTwice > pendingAtKill) {
      problems.add(publishedTwice + " alerts published twice, more than the " + pendingAtKill
          + " claims the kill left pending");
    }
    if (reports != plan.documents()) {
      problems.add(reports + " reports for " + plan.documents() + " documents");
    }
    if (emails != alerting) {
      problems.add(emails + " e-mails for " + alerting + " alerting documents");
    }
    if (twice > 0) {
      problems.add(twice + " documents e-mailed more than once");
    }
    if (dlq > 0) {
      problems.add(dlq + " messages in DLQs");
    }
    // Runner-minutes: the killed runner counts until its kill.
    double runnerMinutes = (drainSeconds * (plan.runners() - (plan.kill() ? 1 : 0))
        + (plan.kill() ? (killedAt - t0) / 1e9 : 0)) / 60;
    List<Long> peakRss = new ArrayList<>();
    for (Process runner : runners) {
      if (runner.isAlive()) {
        peakRss.add(peakRssMiB(runner.pid()));
      }
    }
    return new Result(plan.documents(), reports, alerting, emails, twice, alertMessages, publishedTwice, dlq,
        pendingAtKill,
        pendingClaims.size(), uploadSeconds, drainSeconds, takeoverSeconds, plan.documents() / runnerMinutes,
        peakRss, problems);
  }

  /** A process's peak resident memory (Linux /proc; -1 elsewhere). */
  private static long peakRssMiB(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or gone
    }
    return -1;
  }

  private static long documentLines(Path log) throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.contains("\"event\":\"document\"")).count();
    }
  }

  /** Claims (ingest, OCR, e-mail) pending with a body naming {@code worker}; claims found done are remembered. */
  private static Set<String> claimsHeldBy(AwsClients clients, String bucket, String worker, Set<String> done) {
    Set<String> held = new HashSet<>();
    for (String key : LocalStack.documentsUnder(clients, bucket, IngestService.STATE_PREFIX + "claims/")) {
      if (done.contains(key)) {
        continue;
      }
      String body = claimBody(clients, bucket, key);
      if (body.equals("done")) {
        done.add(key);
      } else if (body.startsWith("pending@") && body.contains(worker)) {
        held.add(key);
      }
    }
    return held;
  }

  /** Those of {@code keys} whose claim is not done yet. */
  private static Set<String> notDone(AwsClients clients, String bucket, Set<String> keys) {
    Set<String> open = new HashSet<>();
    for (String key : keys) {
      if (!claimBody(clients, bucket, key).equals("done")) {
        open.add(key);
      }
    }
    return open;
  }

  private static String claimBody(AwsClients clients, String bucket, String key) {
    try {
      return clients.s3().getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
      return "";
    }
  }

  private static int messages(AwsClients clients, String queueUrl) {
    var attributes = clients.sqs().getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
        .attributes();
    return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
        + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
