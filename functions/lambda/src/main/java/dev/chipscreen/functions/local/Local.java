package dev.chipscreen.functions.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.chipscreen.functions.Wiring;
import dev.chipscreen.functions.aws.AwsClients;
import dev.chipscreen.functions.ingest.EventBridgeIngestHandler;
import dev.chipscreen.functions.ingest.S3IngestHandler;
import dev.chipscreen.functions.ingest.SqsIngestHandler;
import dev.chipscreen.functions.notify.NotifyHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

  private static void run() {
    Map<String, String> env = System.getenv();
    Wiring wiring = new Wiring(env);
    AwsClients clients = wiring.clients();
    SqsIngestHandler ingest = new SqsIngestHandler(wiring.ingest());
    NotifyHandler notify = new NotifyHandler(wiring.notifier());
    EventSourceRunner ingestRunner = new EventSourceRunner(clients.sqs(), env.get("INGEST_QUEUE_URL"),
        e -> ingest.handleRequest(e, new LocalContext("ingest")));
    EventSourceRunner notifyRunner = new EventSourceRunner(clients.sqs(), env.get("ALERT_QUEUE_URL"),
        e -> notify.handleRequest(e, new LocalContext("notify")));
    System.err.println("chipscreen local runner: polling " + env.get("INGEST_QUEUE_URL") + " and "
        + env.get("ALERT_QUEUE_URL") + " (Ctrl-C stops)");
    while (!Thread.currentThread().isInterrupted()) {
      ingestRunner.pollOnce(1);
      notifyRunner.pollOnce(1);
    }
  }

  private static void invoke(String handler, Path eventFile) throws Exception {
    Wiring wiring = Wiring.fromEnvironment();
    LocalContext context = new LocalContext(handler);
    try (InputStream in = Files.newInputStream(eventFile)) {
      Object result = switch (handler) {
        case "sqs-ingest" -> new SqsIngestHandler(wiring.ingest()).handleRequest(
            LambdaEventSerializers.serializerFor(SQSEvent.class, Local.class.getClassLoader()).fromJson(in), context);
        case "s3-ingest" -> new S3IngestHandler(wiring.ingest()).handleRequest(
            LambdaEventSerializers.serializerFor(S3Event.class, Local.class.getClassLoader()).fromJson(in), context);
        case "eventbridge-ingest" -> new EventBridgeIngestHandler(wiring.ingest()).handleRequest(
            new com.fasterxml.jackson.databind.ObjectMapper().readValue(in, HashMap.class), context);
        case "notify" -> new NotifyHandler(wiring.notifier()).handleRequest(
            LambdaEventSerializers.serializerFor(SQSEvent.class, Local.class.getClassLoader()).fromJson(in), context);
        default -> throw new IllegalArgumentException("unknown handler " + handler);
      };
      System.out.println(result);
    }
  }
}
