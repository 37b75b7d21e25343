package dev.chipscreen.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** infra/template.yaml passes cfn-lint, and keeps the security defaults the product promises. */
class TemplateTest {

  static final Path ROOT = Path.of(System.getProperty("chipscreen.root", "../..")).toAbsolutePath().normalize();
  static final Path TEMPLATE = ROOT.resolve("infra/template.yaml");

  @Test
  void cfnLint_findsNothing() throws Exception {
    Process lint;
    try {
      lint = new ProcessBuilder("cfn-lint", TEMPLATE.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("cfn-lint is not installed: run the tests with scripts/test.sh, which installs it", e);
    }
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(lint.exitValue()).as(output).isZero();
  }

  @Test
  void samValidateLint_passes() throws Exception {
    // scripts/test.sh installs the pinned SAM CLI (scripts/install-sam.sh) and names it here.
    String sam = System.getenv().getOrDefault("CHIPSCREEN_SAM", "sam");
    ProcessBuilder builder = new ProcessBuilder(sam, "validate", "--lint", "--template-file", TEMPLATE.toString())
        .redirectErrorStream(true);
    builder.environment().put("SAM_CLI_TELEMETRY", "0");
    builder.environment().putIfAbsent("AWS_DEFAULT_REGION", "us-east-1");
    Process validate;
    try {
      validate = builder.start();
    } catch (IOException e) {
      throw new AssertionError("the SAM CLI is not installed: run the tests with scripts/test.sh, which installs it", e);
    }
    String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(validate.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(validate.exitValue()).as(output).isZero();
    assertThat(output).contains("is a valid SAM Template");
  }

  /** The zip functions and the handler each runs. */
  static final Map<String, String> ZIP_FUNCTIONS = Map.of(
      "IngestFunction", "dev/chipscreen/functions/ingest/SqsIngestHandler.class",
      "NotifyFunction", "dev/chipscreen/functions/notify/NotifyHandler.class",
      "ListRefreshFunction", "dev/chipscreen/functions/lists/ListRefreshHandler.class");

  /**
   * README's {@code sam build} line, on a fresh copy of the repository (what git would check out:
   * no target/ folders): the zip functions build without Docker (functions/lambda/Makefile runs
   * Maven, offline here, from the ~/.m2 this build filled), and each zip holds its handler and the
   * screening core. The OCR function is an image, which needs Docker: excluded, as README says.
   */
  @Test
  void samBuild_buildsTheZipFunctions_onAFreshCopy(@TempDir Path tmp) throws Exception {
    Path copy = freshCopy(tmp.resolve("chipscreen"));
    Path build = tmp.resolve("build");
    String sam = System.getenv().getOrDefault("CHIPSCREEN_SAM", "sam");
    ProcessBuilder builder = new ProcessBuilder(sam, "build", "--template-file", "infra/template.yaml",
        "--build-dir", build.toString(), "--build-in-source", "--exclude", "OcrFunction")
        .directory(copy.toFile()).redirectErrorStream(true);
    builder.environment().put("SAM_CLI_TELEMETRY", "0");
    builder.environment().putIfAbsent("AWS_DEFAULT_REGION", "us-east-1");
    builder.environment().put("MAVEN_FLAGS", "-o");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new AssertionError("the SAM CLI is not installed: run the tests with scripts/test.sh, which installs it", e);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(15, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("Build Succeeded");

    for (Map.Entry<String, String> function : ZIP_FUNCTIONS.entrySet()) {
      Path jar = build.resolve(function.getKey()).resolve("lib/chipscreen-functions.jar");
      assertThat(jar).as(output).isRegularFile();
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        assertThat(zip.getEntry(function.getValue())).as(function.getKey()).isNotNull();
        assertThat(zip.getEntry("dev/chipscreen/core/Screener.class")).as(function.getKey()).isNotNull();
      }
      assertThat(section(Files.readString(build.resolve("template.yaml")), "  " + function.getKey() + ":"))
          .contains("CodeUri: " + function.getKey());
    }
    assertThat(build.resolve("OcrFunction")).doesNotExist();
  }

  /**
   * The files a clone of the repository would have, copied from the working tree (so that
   * uncommitted changes are tested too): what git tracks or would track, without what it ignores.
   */
  private static Path freshCopy(Path target) throws Exception {
    List<String> files = new ArrayList<>();
    boolean git = Files.exists(ROOT.resolve(".git"));
    if (git) {
      Process ls = new ProcessBuilder("git", "-C", ROOT.toString(), "ls-files", "-z", "--cached", "--others",
          "--exclude-standard").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String listed = new String(ls.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      git = ls.waitFor(60, TimeUnit.SECONDS) && ls.exitValue() == 0;
      for (String file : listed.split("\0")) {
        if (!file.isEmpty()) {
          files.add(file);
        }
      }
    }
    if (!git) {
      files.clear();
      Set<String> skipped = Set.of("target", ".git", ".sam", ".localstack", ".aws-sam", ".chipscreen", "out");
      try (Stream<Path> walk = Files.walk(ROOT)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> {
              for (Path part : ROOT.relativize(p)) {
                if (skipped.contains(part.toString())) {
                  return false;
                }
              }
              return true;
            })
            .forEach(p -> files.add(ROOT.relativize(p).toString()));
      }
    }
    for (String file : files) {
      Path source = ROOT.resolve(file);
      if (Files.isRegularFile(source)) {
        Path copied = target.resolve(file);
        Files.createDirectories(copied.getParent());
        Files.copy(source, copied, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    assertThat(target.resolve("functions/lambda/Makefile")).isRegularFile();
    assertThat(target.resolve("functions/lambda/target")).doesNotExist();
    return target;
  }

  @Test
  void operationsHaveADashboard_alarms_andBoundedConcurrency() throws Exception {
    String template = Files.readString(TEMPLATE);

    assertThat(template).contains("Type: AWS::CloudWatch::Dashboard");
    for (String alarm : List.of("IngestErrorsAlarm", "OcrErrorsAlarm", "NotifyErrorsAlarm", "IngestThrottlesAlarm",
        "IngestQueueAgeAlarm", "ListStoreStaleAlarm", "IngestDeadLetterAlarm", "OcrDeadLetterAlarm",
        "AlertDeadLetterAlarm")) {
      assertThat(section(template, "  " + alarm + ":")).contains("Type: AWS::CloudWatch::Alarm");
    }
    // The stale-list alarm reads the metric the refresh writes (Telemetry.listRefresh), under its name and
    // namespace, and counts a refresh that never ran (missing data) as stale.
    assertThat(section(template, "  ListStoreStaleAlarm:")).contains("Namespace: "
        + dev.chipscreen.functions.telemetry.Telemetry.NAMESPACE).contains("MetricName: ListRefreshSucceeded")
        .contains("TreatMissingData: breaching");
    // Every alarm is heard: it notifies the alarm topic.
    for (String section : template.split("\n  (?=[A-Za-z]+:\n)")) {
      if (section.contains("Type: AWS::CloudWatch::Alarm")) {
        assertThat(section).contains("AlarmActions: [!Ref AlarmTopic]");
      }
    }
    for (String function : List.of("  IngestFunction:", "  OcrFunction:", "  NotifyFunction:")) {
      assertThat(section(template, function)).contains("MaximumConcurrency:");
    }
  }

  @Test
  void noAllowStatementGrantsAWildcardAction() throws Exception {
    String template = Files.readString(TEMPLATE);
    List<String> offending = new ArrayList<>();
    for (String statement : template.split("- Sid: ")) {
      boolean allow = statement.contains("Effect: Allow");
      for (String line : statement.split("\n")) {
        if (allow && line.trim().startsWith("Action:") && line.contains("*")) {
          offending.add(statement.lines().findFirst().orElse("") + ": " + line.trim());
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void bucketAndQueuesAreEncryptedPrivateAndTlsOnly() throws Exception {
    String template = Files.readString(TEMPLATE);

    assertThat(template).contains("SSEAlgorithm: AES256").contains("BlockPublicAcls: true")
        .contains("RestrictPublicBuckets: true").contains("aws:SecureTransport: \"false\"");
    assertThat(template.split("Type: AWS::SQS::Queue\n", -1)).hasSize(7);
    assertThat(template.split("SqsManagedSseEnabled: true", -1)).hasSize(7);
    assertThat(template).contains("FunctionResponseTypes: [ReportBatchItemFailures]").contains("Runtime: java21")
        .contains("ApplyOn: PublishedVersions").contains("IngestDeadLetterAlarm").contains("AlertDeadLetterAlarm")
        .contains("OcrDeadLetterAlarm");
  }

  @Test
  void scansGoFromTheSnapStartZipToAnOcrContainerThatInstallsTesseract() throws Exception {
    String template = Files.readString(TEMPLATE);
    String ingest = section(template, "  IngestFunction:");
    String ocr = section(template, "  OcrFunction:");

    assertThat(ingest).contains("OCR_QUEUE_URL: !Ref OcrQueue").contains("ApplyOn: PublishedVersions")
        .contains("Resource: !GetAtt OcrQueue.Arn").doesNotContain("OCR: tesseract");
    assertThat(ocr).contains("PackageType: Image").contains("OCR: tesseract").contains("Queue: !GetAtt OcrQueue.Arn")
        .contains("chipscreen/claims/ocr/*").doesNotContain("Runtime:").doesNotContain("SnapStart")
        .doesNotContain("claims/ingest");
    String dockerfile = Files.readString(ROOT.resolve(ocr.lines().filter(l -> l.contains("Dockerfile:")).findFirst()
        .orElseThrow().split(":", 2)[1].trim()));
    assertThat(dockerfile).contains("tesseract-ocr-chi-sim").contains("-P ocr-image").contains("AWSLambda")
        .contains("USER 10001").contains("SqsIngestHandler::handleRequest");
  }

  /** The lines of one resource, from its name to the next resource at the same indentation. */
  private static String section(String template, String header) {
    int start = template.indexOf(header + "\n");
    assertThat(start).as(header).isGreaterThanOrEqualTo(0);
    java.util.regex.Matcher next = java.util.regex.Pattern.compile("\n  [A-Za-z]+:\n").matcher(template);
    int end = next.find(start + header.length()) ? next.start() : template.length();
    return template.substring(start, end);
  }
}
