package dev.chipscreen.functions.local;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chipscreen.functions.Wiring;
import dev.chipscreen.functions.aws.AwsClients;
import dev.chipscreen.functions.ingest.ObjectRef;
import dev.chipscreen.functions.ingest.S3Notifications;
import dev.chipscreen.functions.ingest.SqsIngestHandler;
import dev.chipscreen.functions.notify.NotifyHandler;
import dev.chipscreen.core.ocr.TesseractOcr;
import dev.chipscreen.functions.config.FunctionConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local workflow on LocalStack (scripts/local.sh): {@code provision} creates the stack and
 * prints its environment; {@code run} polls the queues and runs the handlers until stopped;
 * {@code invoke HANDLER EVENT.json} runs one handler on one event file (events/).
 */
public final class Local {

  private Local() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: Local provision ENDPOINT BUCKET LISTS_DIR | run | invoke sqs-ingest|s3-ingest|eventbridge-ingest|notify EVENT.json");
      System.exit(2);
    }
    switch (args[0]) {
      case "provision" -> {
        Map<String, String> env = LocalStack.provision(new LocalStack.Stack(args[1], args[2], "chipscreen-",
            "alerts@chipscreen.test", true, 5, 3, args.length > 3 ? Path.of(args[3]) : null));
        env.forEach((k, v) -> System.out.println("export " + k + "=" + v));
      }
      case "run" -> run();
      case "invoke" -> invoke(args[1], Path.of(args[2]));
      default -> {
        System.err.println("unknown command " + args[0]);
        System.exit(2);
      }
    }
  }

  /**
   * Polls the ingest, OCR and alert queues as the three functions would on AWS. The OCR function's
   * handler runs in this process with the machine's Tesseract; without Tesseract, scans stay with
   * the ingest function and end UNREADABLE (NEEDS_OCR).
   */
  private static void run() {
    Map<String, String> env = new HashMap<>(System.getenv());
    boolean ocr = env.get("OCR_QUEUE_URL") != null && TesseractOcr.find().isPresent();
    if (!ocr) {
      env.remove("OCR_QUEUE_URL");
      System.err.println("chipscreen local runner: no Tesseract (scripts/install-ocr.sh installs it): scans will be"
          + " UNREADABLE (NEEDS_OCR)");
    }
    Wiring wiring = new Wiring(env);
    AwsClients clients = wiring.clients();
    SqsIngestHandler ingest = new SqsIngestHandler(wiring.ingest());
    NotifyHandler notify = new NotifyHandler(wiring.notifier());
    List<EventSourceRunner> runners = new ArrayList<>();
    runners.add(new EventSourceRunner(clients.sqs(), env.get("INGEST_QUEUE_URL"),
        e -> ingest.handleRequest(e, new LocalContext("ingest"))));
    if (ocr) {
      Map<String, String> ocrEnv = new HashMap<>(env);
      ocrEnv.put("OCR", FunctionConfig.OCR_TESSERACT);
      SqsIngestHandler ocrIngest = new SqsIngestHandler(new Wiring(ocrEnv).ingest());
      runners.add(new EventSourceRunner(clients.sqs(), env.get("OCR_QUEUE_URL"),
          e -> ocrIngest.handleRequest(e, new LocalContext("ocr"))));
    }
    runners.add(new EventSourceRunner(clients.sqs(), env.get("ALERT_QUEUE_URL"),
        e -> notify.handleRequest(e, new LocalContext("notify"))));
    System.err.println("chipscreen local runner: polling the ingest" + (ocr ? ", OCR" : "")
        + " and alert queues (Ctrl-C stops)");
    while (!Thread.currentThread().isInterrupted()) {
      runners.forEach(r -> r.pollOnce(1));
    }
  }

  /** Reads SQS events as Lambda writes them ("Records", "eventSourceARN"): property names ignore case. */
  private static final ObjectMapper EVENTS = JsonMapper.builder()
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private static void invoke(String handler, Path eventFile) throws Exception {
    Wiring wiring = Wiring.fromEnvironment();
    LocalContext context = new LocalContext(handler);
    byte[] event = Files.readAllBytes(eventFile);
    Object result = switch (handler) {
      case "sqs-ingest" -> new SqsIngestHandler(wiring.ingest()).handleRequest(
          EVENTS.readValue(event, SQSEvent.class), context);
      case "s3-ingest", "eventbridge-ingest" -> {
        // The direct S3 and EventBridge shapes go through the same reader the handlers use.
        var ingest = wiring.ingest();
        StringBuilder out = new StringBuilder();
        for (ObjectRef ref : S3Notifications.fromJson(new String(event, java.nio.charset.StandardCharsets.UTF_8))) {
          out.append(ref.key()).append(": ").append(ingest.ingest(ref)).append('\n');
        }
        yield out.toString();
      }
      case "notify" -> new NotifyHandler(wiring.notifier()).handleRequest(
          EVENTS.readValue(event, SQSEvent.class), context);
      default -> throw new IllegalArgumentException("unknown handler " + handler);
    };
    System.out.println(result);
  }
}
