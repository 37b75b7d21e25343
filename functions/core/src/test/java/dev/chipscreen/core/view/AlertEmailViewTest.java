package dev.chipscreen.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.alert.AlertEmail;
import dev.chipscreen.core.alert.AlertEmailRenderer;
import dev.chipscreen.core.alert.ReportLinks;
import org.junit.jupiter.api.Test;

class AlertEmailViewTest {

  private static final ReportLinks LINKS = ReportLinks.s3("docs-bucket",
      "reports/incoming/BL 7+8.pdf.report.json", "eu-central-1");

  @Test
  void criticalEmail_givesTheVerdict_theHighlightedLine_andWhereTheReportIs() {
    AlertEmail email = AlertEmailRenderer.render(ViewFixtures.critical(), LINKS);

    assertThat(email.html()).contains(">CRITICAL</span>")
        .contains("NVIDIA H100 SXM5 to Hong Kong, notify party Inspur (HK) Electronics Co., Ltd. on the Entity List.")
        .contains(">Inspur (HK) Electronics</mark> Co., Limited").contains(">HGX H100</mark>")
        .contains("s3://docs-bucket/reports/incoming/BL 7+8.pdf.report.html")
        .contains("href=\"https://console.aws.amazon.com/s3/object/docs-bucket?region=eu-central-1&amp;"
            + "prefix=reports%2Fincoming%2FBL%207%2B8.pdf.report.html\"")
        .contains("Northwind Compute Pte. Ltd.").contains("WAN HAI 316").doesNotContain("<script");
    assertThat(email.text()).contains("chipscreen: CRITICAL")
        .contains("line: Notify party: »Inspur (HK) Electronics« Co., Limited")
        .contains("- notify party: Inspur (HK) Electronics Co., Limited").contains("on a list: HIGH: Inspur (HK)")
        .contains("Report (JSON): s3://docs-bucket/reports/incoming/BL 7+8.pdf.report.json")
        .contains("https://console.aws.amazon.com/s3/object/docs-bucket?region=eu-central-1&prefix=");
    assertThat(email.subject()).isEqualTo("[chipscreen] CRITICAL: 1 controlled chip, 1 listed party in "
        + "bl-hgx-h100-notify-inspur-hk.pdf");
  }

  @Test
  void hostileEmail_runsNothing_andCarriesNoBidiOverride() {
    AlertEmail email = AlertEmailRenderer.render(ViewFixtures.hostile(), LINKS);

    assertThat(email.html()).doesNotContain("<script").doesNotContain("<img").doesNotContain("\u202E");
    assertThat(email.text()).doesNotContain("\u202E").doesNotContain("\u202C");
    assertThat(email.subject()).doesNotContain("\u202E").doesNotContain("\n");
  }

  @Test
  void unreadableEmail_saysWhatToAskTheSenderFor() {
    AlertEmail email = AlertEmailRenderer.render(ViewFixtures.unreadable(), LINKS);

    assertThat(email.text()).contains("THE DOCUMENT COULD NOT BE SCREENED: ENCRYPTED")
        .contains("Ask the sender for a copy without a password");
    assertThat(email.html()).contains(">MEDIUM</span>").contains("Ask the sender for a copy without a password");
  }
}
