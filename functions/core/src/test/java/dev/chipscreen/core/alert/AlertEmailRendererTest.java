package dev.chipscreen.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DocumentInfo;
import dev.chipscreen.core.report.DocumentType;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.report.Status;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertEmailRendererTest {

  private static ScreeningReport report(String name, String matchedText) {
    return new ScreeningReport(1, new DocumentInfo(name, "c".repeat(64), "application/pdf",
        DocumentType.BILL_OF_LADING, 1, 10), Status.SCREENED, null, Severity.CRITICAL,
        List.of(new ChipFinding("NVIDIA H100 SXM5", "NVIDIA", "3A090.a", dev.chipscreen.core.report.ControlStatus.CONTROLLED, "H100", 1, 0, 0.97, "alias",
                null, null, null),
            new PartyFinding("Listed Co.", "Entity List (EL)", "EL", "1", null, matchedText, 1, 5, 0.9,
                PartyFinding.Tier.ALERT, "words", dev.chipscreen.core.document.PartyRole.CONSIGNEE)),
        List.of(), "c1", List.of(), "2026-11-29T10:00:00Z");
  }

  @Test
  void documentNameWithLineBreaks_cannotInjectHeaders() {
    AlertEmail email = AlertEmailRenderer.render(report("bl.pdf\r\nBcc: attacker@evil.example\r\nX-Evil: 1", "x"));
    String eml = AlertEmailRenderer.toEml(email, "alerts@example.com", List.of("analyst@example.com"),
        Instant.parse("2026-11-29T10:00:00Z"));

    assertThat(email.subject()).doesNotContain("\r").doesNotContain("\n");
    String headers = eml.substring(0, eml.indexOf("\r\n\r\n"));
    assertThat(Arrays.stream(headers.split("\r\n")))
        .noneMatch(line -> line.startsWith("Bcc:") || line.startsWith("X-Evil:"));
    assertThat(email.subject()).contains("CRITICAL").contains("1 controlled chip").contains("1 listed party");
  }

  @Test
  void documentTextInTheHtml_isEscaped() {
    AlertEmail email = AlertEmailRenderer.render(report("<img src=x onerror=alert(1)>.pdf",
        "<script>alert('x')</script> & Co"));

    assertThat(email.html()).doesNotContain("<script>").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
        .contains("&lt;img src=x onerror=alert(1)&gt;.pdf");
    assertThat(email.text()).contains("<script>");
  }

  @Test
  void emlHasTextAndHtmlParts_andEncodesNonAsciiSubjects() {
    AlertEmail email = AlertEmailRenderer.render(report("提单-深圳.pdf", "英伟达"));
    String eml = AlertEmailRenderer.toEml(email, "alerts@example.com", List.of("a@example.com"),
        Instant.parse("2026-11-29T10:00:00Z"));

    assertThat(eml).contains("Content-Type: multipart/alternative").contains("Content-Type: text/plain; charset=UTF-8")
        .contains("Content-Type: text/html; charset=UTF-8").contains("Subject: =?UTF-8?B?");
    String subjectLine = eml.lines().filter(l -> l.startsWith("Subject: ")).findFirst().orElseThrow();
    String firstWord = subjectLine.substring("Subject: =?UTF-8?B?".length(), subjectLine.indexOf("?=", 20));
    assertThat(new String(Base64.getDecoder().decode(firstWord), StandardCharsets.UTF_8)).startsWith("[chipscreen]");
    assertThat(eml.lines()).allMatch(line -> line.length() <= 998);
  }

  @Test
  void headerValue_dropsControlAndBidiCharacters() {
    assertThat(Sanitize.headerValue("a\u0000b\u202Ec\td\r\ne", 80)).isEqualTo("a b c d e");
    assertThat(Sanitize.headerValue("x".repeat(200), 10)).hasSize(10).endsWith("…");
  }

  @Test
  void aReportWithThousandsOfFindings_givesABoundedEmail_pointingToTheReport() {
    List<dev.chipscreen.core.report.Finding> many = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      many.add(new ChipFinding("NVIDIA H100 SXM5", "NVIDIA", "3A090.a", dev.chipscreen.core.report.ControlStatus.CONTROLLED, "H100 " + "x".repeat(5_000), 1,
          i, 0.97, "alias", null, null, null));
    }
    ScreeningReport huge = new ScreeningReport(1, new DocumentInfo("big.pdf", "c".repeat(64), "application/pdf",
        DocumentType.BILL_OF_LADING, 1, 10), Status.SCREENED, null, Severity.HIGH, many, List.of(), "c1",
        List.of(), "2026-11-29T10:00:00Z");

    AlertEmail email = AlertEmailRenderer.render(huge, "s3://bucket/reports/big.pdf.report.json");

    int cap = AlertEmailRenderer.MAX_EMAIL_FINDINGS * 5 * (AlertEmailRenderer.MAX_EMAIL_CELL_CHARS + 200) + 10_000;
    assertThat(email.text().length()).isLessThan(cap);
    assertThat(email.html().length()).isLessThan(cap);
    assertThat(email.text()).contains((5_000 - AlertEmailRenderer.MAX_EMAIL_FINDINGS) + " more finding(s)")
        .contains("s3://bucket/reports/big.pdf.report.json");
    assertThat(email.html()).contains("s3://bucket/reports/big.pdf.report.json");
  }

  @Test
  void terminal_keepsLineBreaks_andBlanksEveryOtherControlCharacter() {
    assertThat(Sanitize.terminal("Sophgo\rInnocent Ltd\u001b[2J\u0007\u202Eevil\nnext\tcol"))
        .isEqualTo("Sophgo Innocent Ltd [2J  evil\nnext col");
    assertThat(Sanitize.terminal("plain")).isEqualTo("plain");
  }
}
