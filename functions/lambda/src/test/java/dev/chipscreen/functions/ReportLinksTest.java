package dev.chipscreen.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.testing.TestParties;
import dev.chipscreen.functions.config.FunctionConfig;
import dev.chipscreen.functions.ingest.Claims;
import dev.chipscreen.functions.ingest.IngestService;
import dev.chipscreen.functions.notify.NotifyHandler;
import dev.chipscreen.functions.notify.NotifyService;
import dev.chipscreen.functions.notify.Recipients;
import dev.chipscreen.functions.notify.ReportLinkSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The e-mail says where the report page is; a presigned link only when the deployment opts in. */
class ReportLinksTest {

  private final Fakes.Store store = new Fakes.Store();
  private final Screener screener = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(),
      TestParties.of(TestParties.entity("EL", "Quantum Lattice Trading Co., Ltd.")), Clock.systemUTC());

  private Fakes.Email send(SQSEvent event, ReportLinkSigner signer, Duration validFor) {
    store.seed(HandlersTest.BUCKET, IngestService.reportKey(HandlersTest.KEY),
        ReportJson.toJson(screener.screen(HandlersTest.KEY, HandlersTest.CRITICAL_PDF)).getBytes(StandardCharsets.UTF_8));
    Fakes.Mail mail = new Fakes.Mail();
    NotifyHandler handler = new NotifyHandler(new NotifyService(store, mail,
        new Claims(store, Clock.systemUTC(), Duration.ofMinutes(15)), "alerts@chipscreen.test",
        Recipients.fromEnvironment(Map.of("RECIPIENTS_MEDIUM", "analyst@x.test")), "eu-west-1", signer, validFor));
    assertThat(handler.handleRequest(event, null).getBatchItemFailures()).isEmpty();
    return mail.sent.get(0);
  }

  @ParameterizedTest
  @Event(value = "events/sqs-alert.json", type = SQSEvent.class)
  void byDefault_theEmailGivesThePagesLocationAndAConsoleLink_butNoPresignedLink(SQSEvent event) {
    Fakes.Email email = send(event, null, Duration.ZERO);

    String page = "reports/incoming/Bill of Lading 提单 #7.pdf.report.html";
    assertThat(email.text()).contains("s3://" + HandlersTest.BUCKET + "/" + page)
        .contains("https://console.aws.amazon.com/s3/object/" + HandlersTest.BUCKET + "?region=eu-west-1&prefix="
            + "reports%2Fincoming%2FBill%20of%20Lading%20%E6%8F%90%E5%8D%95%20%237.pdf.report.html")
        .doesNotContain("Direct link");
    assertThat(email.html()).contains("<mark").contains("Quantum Lattice Trading");
  }

  @ParameterizedTest
  @Event(value = "events/sqs-alert.json", type = SQSEvent.class)
  void whenEnabled_aShortLivedPresignedLinkToThePage_isAdded(SQSEvent event) {
    List<String> signed = new ArrayList<>();
    Fakes.Email email = send(event, (bucket, key, validFor) -> {
      signed.add(bucket + "/" + key + " " + validFor.toMinutes());
      return "https://signed.example/page?X-Amz-Expires=900";
    }, Duration.ofMinutes(15));

    assertThat(signed).containsExactly(HandlersTest.BUCKET + "/reports/incoming/Bill of Lading 提单 #7.pdf.report.html 15");
    assertThat(email.text()).contains("Direct link (works for 15 minutes without signing in")
        .contains("https://signed.example/page?X-Amz-Expires=900");
  }

  @Test
  void reportLinkMinutes_defaultsToNone_andIsBounded() {
    assertThat(FunctionConfig.from(Map.of()).reportLinkMinutes()).isZero();
    assertThat(FunctionConfig.from(Map.of("REPORT_LINK_MINUTES", "30")).reportLinkMinutes()).isEqualTo(30);
    assertThatThrownBy(() -> FunctionConfig.from(Map.of("REPORT_LINK_MINUTES", "100000")))
        .hasMessageContaining("REPORT_LINK_MINUTES");
  }
}
