package dev.chipscreen.functions.local;

import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.functions.aws.AwsClients;
import dev.chipscreen.functions.aws.S3ListStoreSync;
import dev.chipscreen.functions.config.FunctionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Provisions on LocalStack the resources infra/template.yaml creates on AWS: the document bucket
 * (encrypted, public access blocked, notifying the ingest queue of uploads under incoming/), the
 * ingest, OCR and alerts queues with their DLQs and redrive policies, the SES sender identity, and the
 * lists imported into the bucket's list store. Returns the functions' environment.
 */
public final class LocalStack {

  /** Documents dropped under this prefix are screened (as in the template). */
  public static final String INCOMING_PREFIX = "incoming/";

  /**
   * Names and timings of one local stack.
   *
   * @param endpoint           LocalStack's URL
   * @param bucket             the document bucket
   * @param prefix             prefix of the queue names, to keep stacks apart
   * @param sender             the alert e-mail sender
   * @param verifySender       whether to verify the sender with SES (false makes SES reject sends)
   * @param visibilitySeconds  queue visibility timeout (short locally, so retries come fast)
   * @param maxReceiveCount    receives before a message goes to the DLQ
   * @param listsFrom          folder of list files to import, or null for none
   */
  public record Stack(String endpoint, String bucket, String prefix, String sender, boolean verifySender,
                      int visibilitySeconds, int maxReceiveCount, Path listsFrom) {
  }

  private LocalStack() {
  }

  public static Map<String, String> provision(Stack stack) throws IOException, ListFormatException {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AWS_ENDPOINT_URL", stack.endpoint());
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    credentials(env);
    AwsClients clients = AwsClients.from(env);

    try {
      clients.s3().createBucket(b -> b.bucket(stack.bucket()));
    } catch (BucketAlreadyOwnedByYouException e) {
      // provisioning is repeatable
    }
    clients.s3().putPublicAccessBlock(b -> b.bucket(stack.bucket()).publicAccessBlockConfiguration(c -> c
        .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true).restrictPublicBuckets(true)));
    clients.s3().putBucketEncryption(b -> b.bucket(stack.bucket()).serverSideEncryptionConfiguration(c -> c
        .rules(r -> r.applyServerSideEncryptionByDefault(d -> d.sseAlgorithm("AES256")))));

    String ingestDlq = queue(clients, stack.prefix() + "ingest-dlq", Map.of());
    String ingest = queue(clients, stack.prefix() + "ingest", Map.of(
        QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(stack.visibilitySeconds()),
        QueueAttributeName.REDRIVE_POLICY, redrive(clients, ingestDlq, stack.maxReceiveCount())));
    String ocrDlq = queue(clients, stack.prefix() + "ocr-dlq", Map.of());
    String ocr = queue(clients, stack.prefix() + "ocr", Map.of(
        QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(stack.visibilitySeconds()),
        QueueAttributeName.REDRIVE_POLICY, redrive(clients, ocrDlq, stack.maxReceiveCount())));
    String alertsDlq = queue(clients, stack.prefix() + "alerts-dlq", Map.of());
    String alerts = queue(clients, stack.prefix() + "alerts", Map.of(
        QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(stack.visibilitySeconds()),
        QueueAttributeName.REDRIVE_POLICY, redrive(clients, alertsDlq, stack.maxReceiveCount())));
    String ingestArn = arn(clients, ingest);
    clients.s3().putBucketNotificationConfiguration(b -> b.bucket(stack.bucket()).notificationConfiguration(n -> n
        .queueConfigurations(q -> q.queueArn(ingestArn).events(Event.S3_OBJECT_CREATED)
            .filter(f -> f.key(k -> k.filterRules(r -> r.name(FilterRuleName.PREFIX).value(INCOMING_PREFIX)))))));
    if (stack.verifySender()) {
      clients.ses().verifyEmailIdentity(b -> b.emailAddress(stack.sender()));
    }
    if (stack.listsFrom() != null) {
      Path store = Files.createTempDirectory("chipscreen-local-lists-");
      new ListStore(store, Clock.systemUTC()).importFrom(stack.listsFrom());
      new S3ListStoreSync(clients.s3(), stack.bucket(), FunctionConfig.DEFAULT_LIST_PREFIX).upload(store);
    }

    env.put("DOCUMENT_BUCKETS", stack.bucket());
    env.put("INGEST_QUEUE_URL", ingest);
    env.put("INGEST_DLQ_URL", ingestDlq);
    env.put("OCR_QUEUE_URL", ocr);
    env.put("OCR_DLQ_URL", ocrDlq);
    env.put("ALERT_QUEUE_URL", alerts);
    env.put("ALERT_DLQ_URL", alertsDlq);
    env.put("ALERT_SENDER", stack.sender());
    env.put("RECIPIENTS_MEDIUM", "compliance@chipscreen.test");
    env.put("RECIPIENTS_CRITICAL", "head-of-compliance@chipscreen.test");
    env.put("CLAIM_STALE_SECONDS", String.valueOf(Math.max(2, stack.visibilitySeconds())));
    return env;
  }

  /** LocalStack accepts any credentials; the SDK's default chain reads them from system properties here. */
  private static void credentials(Map<String, String> env) {
    System.setProperty("aws.accessKeyId", env.get("AWS_ACCESS_KEY_ID"));
    System.setProperty("aws.secretAccessKey", env.get("AWS_SECRET_ACCESS_KEY"));
  }

  private static String queue(AwsClients clients, String name, Map<QueueAttributeName, String> attributes) {
    String url = clients.sqs().createQueue(b -> b.queueName(name)).queueUrl();
    if (!attributes.isEmpty()) {
      clients.sqs().setQueueAttributes(b -> b.queueUrl(url).attributes(attributes));
    }
    return url;
  }

  private static String arn(AwsClients clients, String url) {
    return clients.sqs().getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
  }

  private static String redrive(AwsClients clients, String dlqUrl, int maxReceiveCount) {
    return "{\"deadLetterTargetArn\":\"" + arn(clients, dlqUrl) + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}";
  }

  /** Moves every message of a DLQ back to its source queue (what the console's "redrive" does). */
  public static int redriveBack(AwsClients clients, String dlqUrl, String sourceUrl) {
    int moved = 0;
    while (true) {
      var messages = clients.sqs().receiveMessage(b -> b.queueUrl(dlqUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
          .messages();
      if (messages.isEmpty()) {
        return moved;
      }
      for (var m : messages) {
        clients.sqs().sendMessage(b -> b.queueUrl(sourceUrl).messageBody(m.body()));
        clients.sqs().deleteMessage(b -> b.queueUrl(dlqUrl).receiptHandle(m.receiptHandle()));
        moved++;
      }
    }
  }

  /** The JSON reports in the bucket (each has its page, .report.html, beside it). */
  public static List<String> reportsIn(AwsClients clients, String bucket) {
    return documentsUnder(clients, bucket, dev.chipscreen.functions.ingest.IngestService.REPORT_PREFIX).stream()
        .filter(key -> key.endsWith(dev.chipscreen.functions.ingest.IngestService.REPORT_SUFFIX)).toList();
  }

  public static List<String> documentsUnder(AwsClients clients, String bucket, String prefix) {
    return clients.s3().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .map(o -> o.key()).toList();
  }
}
