package dev.chipscreen.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.functions.ingest.IngestService;
import dev.chipscreen.functions.ingest.ObjectRef;
import dev.chipscreen.functions.ingest.S3Notifications;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Keys as S3 notifications carry them: spaces as '+', a real '+' as %2B, non-ASCII percent-encoded. */
class KeysTest {

  @Test
  void keysAreDecodedAsS3EncodesThem() {
    assertThat(S3Notifications.decodeKey("incoming/Bill+of+Lading+%E6%8F%90%E5%8D%95+%237.pdf"))
        .isEqualTo("incoming/Bill of Lading 提单 #7.pdf");
    assertThat(S3Notifications.decodeKey("incoming/a%2Bb+c.pdf")).isEqualTo("incoming/a+b c.pdf");
    assertThat(S3Notifications.decodeKey("incoming/..%2F..%2Fetc%2Fpasswd")).isEqualTo("incoming/../../etc/passwd");
  }

  @Test
  void aVeryLongKey_getsAReportKeyS3Accepts() {
    String longKey = "incoming/" + "長".repeat(340) + ".pdf";
    String shortKey = "incoming/invoice 7.pdf";

    assertThat(IngestService.reportKey(shortKey)).isEqualTo("reports/incoming/invoice 7.pdf.report.json");
    assertThat(IngestService.reportKey(longKey).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
    assertThat(IngestService.reportKey(longKey)).startsWith("reports/_long/").endsWith(".report.json");
  }

  @Test
  void theSameUploadAlwaysGivesTheSameAlertId_andAnotherVersionAnother() {
    ObjectRef v1 = new ObjectRef("b", "incoming/x.pdf", "v1", "e", 1);
    ObjectRef v1again = new ObjectRef("b", "incoming/x.pdf", "v1", "e", 1);
    ObjectRef v2 = new ObjectRef("b", "incoming/x.pdf", "v2", "e", 1);

    assertThat(dev.chipscreen.functions.alert.Alerts.alertId(v1)).isEqualTo(dev.chipscreen.functions.alert.Alerts
        .alertId(v1again)).isNotEqualTo(dev.chipscreen.functions.alert.Alerts.alertId(v2));
  }
}
