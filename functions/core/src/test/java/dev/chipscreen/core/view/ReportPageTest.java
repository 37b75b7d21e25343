package dev.chipscreen.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chipscreen.core.match.party.Allowlist;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportPageTest {

  @Test
  void criticalReport_startsWithTheVerdict_inWordAndColour() {
    String html = ReportPage.render(ViewFixtures.critical());

    assertThat(html).contains("Content-Security-Policy").contains(Html.CSP.replace("'", "'"))
        .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("@import");
    int verdict = html.indexOf("class=\"verdict\"");
    assertThat(verdict).isPositive().isLessThan(html.indexOf("The document as read"));
    assertThat(html.substring(verdict)).contains(">CRITICAL</span>")
        .contains("NVIDIA H100 SXM5 to Hong Kong, notify party Inspur (HK) Electronics Co., Ltd. on the Entity List.");
  }

  @Test
  void findingShowsItsLine_withTheMatchHighlighted_andTheListEntryBesideTheDocumentsParty() {
    String html = ReportPage.render(ViewFixtures.critical());

    assertThat(html).contains("Notify party: <mark").contains(">Inspur (HK) Electronics</mark> Co., Limited");
    assertThat(html).contains("8 x NVIDIA <mark").contains(">HGX H100</mark> 8-GPU baseboard");
    assertThat(html).contains("Billion Center, 1 Wang Kwong Road").contains("EAR Part 744, Supplement No. 4")
        .contains("90 FR 14048, 3/28/25").contains("Presumption of denial")
        .contains("Inspur Electronic Information (Hong Kong) Co., Ltd.").contains("bis-entity-list:385dac18d4b0");
    assertThat(html).contains("ECCN 3A090.a since 17 Oct 2023").contains("NVIDIA H100 datasheet")
        .contains("WAN HAI 316").contains("FOB Singapore").contains("USD 250000.00").contains("8473.30")
        .contains("bis_entity_list.json").contains("2026-11-29.1");
  }

  @Test
  void hostileStrings_areEscaped_andBidiOverridesNeutralised() {
    String html = ReportPage.render(ViewFixtures.hostile());

    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("\u202E")
        .doesNotContain("\u202C").contains("&lt;script&gt;").contains("&quot;&gt;&lt;img src=x onerror=")
        .contains("深圳市龙岗区华为技术有限公司").contains(ViewFixtures.LONG);
    // Only our own markup opens tags: every '<' is followed by a known element name or '/'.
    Matcher tags = Pattern.compile("<(/?)([a-zA-Z0-9!]+)").matcher(html);
    while (tags.find()) {
      assertThat(tags.group(2).toLowerCase()).isIn("!doctype", "html", "head", "meta", "title", "style", "body",
          "main", "h1", "h2", "h3", "div", "span", "p", "table", "tr", "th", "td", "b", "code", "pre", "mark", "bdi",
          "br", "ul", "li", "a");
    }
  }

  @Test
  void unreadableDocument_saysWhatHappened_andWhatToAskTheSenderFor() {
    String html = ReportPage.render(ViewFixtures.unreadable());

    assertThat(html).contains(">MEDIUM</span>").contains("could not be read (ENCRYPTED")
        .contains("What happened:").contains("Ask the sender for a copy without a password");
  }

  @Test
  void cleanDocument_saysNothingWasFound() {
    String html = ReportPage.render(ViewFixtures.clean());

    assertThat(html).contains(">NONE</span>").contains("Nothing found: no controlled chip, no listed party")
        .contains("Office chairs").contains("No party finding to clear.");
  }

  @Test
  void ocrPages_areMarkedWithTheirConfidence_andSuppressedFindingsSayWhy() {
    String html = ReportPage.render(ViewFixtures.ocred());

    assertThat(html).contains("read by OCR, confidence 0.81").contains("Read by OCR")
        .contains("tesseract 5 (eng+chi_sim)").contains("cleared 2026-10-02, ticket CS-118").contains("Smart Tech Ltd");
  }

  @Test
  void allowlistSnippet_parsesBack_andClearsTheFinding() throws Exception {
    for (ScreeningReport report : java.util.List.of(ViewFixtures.critical(), ViewFixtures.hostile())) {
      PartyFinding party = report.findings().stream().filter(f -> f instanceof PartyFinding)
          .map(PartyFinding.class::cast).findFirst().orElseThrow();
      String html = ReportPage.render(report);
      Matcher snippet = Pattern.compile("<pre class=\"snippet\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(html);
      assertThat(snippet.find()).isTrue();
      String pasted = "{\"entries\": [" + unescape(snippet.group(1)) + "]}";

      // Pasted as it is, the placeholder reason is refused: a clearance says who, when and why.
      assertThatThrownBy(() -> Allowlist.load(new ByteArrayInputStream(pasted.getBytes(StandardCharsets.UTF_8)),
          "paste")).hasMessageContaining("placeholder");
      for (String halfFilled : List.of("Cleared YYYY-MM-DD by NAME: why (ticket)",
          "cleared 2026-12-02 by NAME: why (ticket)", "cleared 2026-12-02 by J. Doe: why (ticket)")) {
        String edited = pasted.replace(AllowlistSnippet.REASON_PLACEHOLDER, halfFilled);
        assertThatThrownBy(() -> Allowlist.load(new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)),
            "paste")).as(halfFilled).hasMessageContaining("placeholder");
      }
      String filled = pasted.replace(AllowlistSnippet.REASON_PLACEHOLDER, "cleared 2026-12-02 by J. Doe: ticket CS-7");
      Allowlist allowlist = Allowlist.load(new ByteArrayInputStream(filled.getBytes(StandardCharsets.UTF_8)), "paste");
      assertThat(allowlist.clearing(party)).isNotNull();
    }
  }

  @Test
  void indexPage_listsDocumentsWorstFirst_withCountsBySeverity() {
    String html = IndexPage.render(java.util.List.of(IndexPage.Entry.of(ViewFixtures.clean(), "a.report.html"),
        IndexPage.Entry.of(ViewFixtures.critical(), "b.report.html"),
        IndexPage.Entry.of(ViewFixtures.unreadable(), "c.report.html")));

    assertThat(html.indexOf("b.report.html")).isLessThan(html.indexOf("c.report.html"));
    assertThat(html.indexOf("c.report.html")).isLessThan(html.indexOf("a.report.html"));
    assertThat(html).contains(">CRITICAL</span> 1").contains(">HIGH</span> 0").contains(">NONE</span> 1")
        .contains("3 document(s) screened");
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
