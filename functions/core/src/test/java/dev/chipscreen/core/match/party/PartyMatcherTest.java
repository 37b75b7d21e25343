package dev.chipscreen.core.match.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.testing.SharedLists;
import dev.chipscreen.core.testing.TestParties;
import dev.chipscreen.core.text.FoldedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free-text party matching against the real lists in ../shared/data/lists. */
class PartyMatcherTest {

  private static final PartyMatcher REAL = new PartyMatcher(PartyIndex.build(SharedLists.all()));

  private static List<PartyMatcher.Match> alerts(PartyMatcher matcher, String text) {
    return matcher.match(FoldedText.of(text)).stream()
        .filter(m -> m.score() >= PartyScoring.ALERT_THRESHOLD).toList();
  }

  private static List<PartyMatcher.Match> ocrAlerts(String text) {
    return REAL.match(FoldedText.of(text).withOcrLetters(), true).stream()
        .filter(m -> m.score() >= PartyScoring.ALERT_THRESHOLD).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Buyer: S0PHG0 TECHN0LOGIES LTD, Beijing                                  | Sophgo Technologies Ltd.
      Buyer: Soph9o Technologles Ltd                                           | Sophgo Technologies Ltd.
      Notify: lnspur (HK) Electronlcs Co., Limited                             | Inspur (HK) Electronics Co., Ltd.
      Consignee: Shanghai Biren lntelligent Techno1ogy Co., Ltd.               | Shanghai Biren Intelligent Technology Co., Ltd.
      """)
  void ocrMisreadings_stillFindTheListedName(String text, String listedName) {
    assertThat(ocrAlerts(text)).extracting(m -> m.party().name()).contains(listedName);
  }

  @org.junit.jupiter.api.Test
  void ocrCorrections_applyToOcrTextOnly() {
    // A single distinctive word with a slip is not forgiven in typed text; on an OCRed page, I for L is OCR's.
    String text = "Notify: lnspur (HK) Electronics Co., Limited, Kowloon Bay";
    assertThat(alerts(REAL, text)).extracting(m -> m.party().name()).doesNotContain("Inspur (HK) Electronics Co., Ltd.");
    assertThat(ocrAlerts(text)).extracting(m -> m.party().name()).contains("Inspur (HK) Electronics Co., Ltd.");
  }

  @org.junit.jupiter.api.Test
  void ocrCorrections_doNotMakeTheNegativeCorpusAlert() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> wrong = new java.util.ArrayList<>();
    int negatives = 0;
    try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
        PartyMatcherTest.class.getResourceAsStream("/corpus/parties.jsonl"), java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        var sample = json.readTree(line);
        if (sample.path("class").asText().equals("negative")) {
          negatives++;
          String text = sample.path("text").asText();
          ocrAlerts(text).forEach(m -> wrong.add(text + " -> " + m.party().name()));
        }
      }
    }
    assertThat(negatives).isGreaterThan(50);
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Consignee: SHANGHAI BIREN INTELLIGENT TECHNOLOGY CO.,LTD, Pudong        | Shanghai Biren Intelligent Technology Co., Ltd.
      Buyer: Moore Threads Technology (Beijing) Co Ltd                        | Moore Thread Intelligent Technology (Beijing) Co., Ltd.
      Sold to: Sophgo Technologies Limited, Haidian, Beijing                  | Sophgo Technologies Ltd.
      Notify party: INSPUR (HK) ELECTRONICS CO., LIMITED, Kowloon Bay          | Inspur (HK) Electronics Co., Ltd.
      Ship to: Cambricom Technologies Corp. (Beijing)                          | Cambricon Technologies Corporation Limited
      Consignee: Cambricon Hong Kong Co Ltd                                   | Cambricon (Hong Kong) Co., Ltd.
      End user: Beijing Zhipu Huazhang Technology                              | Beijing Zhipu Huazhang Technology Co., Ltd.
      Buyer: Chengdu Haiguang Integrated Circuit Design                       | Chengdu Haiguang Integrated Circuit
      Agent: MOORETHREADS                                                     | Moore Thread Intelligent Technology (Beijing) Co., Ltd.
      """)
  void findsListedPartiesWrittenDifferently(String text, String listedName) {
    assertThat(alerts(REAL, text)).extracting(m -> m.party().name()).contains(listedName);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Description: NVIDIA graphics card, 24GB
      Seller: Moore Industries International Inc., Los Angeles
      Shipper: Apex Computing Pte. Ltd., Singapore
      Commercial invoice, total amount USD 12,000
      Beijing Technology Development Co., Ltd.
      Shenzhen Electronics Trading Co., Limited
      Brake pads for Hyundai H100 van
      Notify: Hong Kong International Logistics Limited
      """)
  void genericWordsAndLookAlikeFirms_doNotAlert(String text) {
    assertThat(alerts(REAL, text)).isEmpty();
  }

  @Test
  void aGenericWordAloneNeverAlerts() {
    PartyMatcher matcher = new PartyMatcher(PartyIndex.build(TestParties.of(
        TestParties.entity("EL", "Technology Trading Company Limited"),
        TestParties.entity("EL", "Harbin Institute of Technology"))));

    assertThat(matcher.match(FoldedText.of("Shenzhen Technology Trading Co., Ltd."))).isEmpty();
    // Generic words only: a weak name, a party where a party stands, the words anywhere else.
    assertThat(matcher.match(FoldedText.of("End user: Harbin Institute of Technology"))).singleElement()
        .satisfies(m -> assertThat(m.score()).isEqualTo(1.0));
    assertThat(matcher.match(FoldedText.of("research with the Harbin Institute of Technology on"))).isEmpty();
    assertThat(matcher.match(FoldedText.of("Harbin Engineering Institute"))).isEmpty();
  }

  @Test
  void wordsOnAnotherLineDoNotCompleteAName() {
    PartyMatcher matcher = new PartyMatcher(PartyIndex.build(TestParties.of(
        TestParties.entity("EL", "Quasar Nebula Systems"))));

    assertThat(alerts(matcher, "Seller: Quasar Nebula Systems Ltd")).hasSize(1);
    assertThat(alerts(matcher, "Port: Quasar\nNotify: Nebula Freight")).isEmpty();
  }

  @Test
  void aMatchExplainsItself_andQuotesTheDocument() {
    String text = "Consignee:  Sophgo  Technologies  Ltd, Beijing";
    FoldedText folded = FoldedText.of(text);
    PartyMatcher.Match m = REAL.match(folded).stream()
        .filter(x -> x.party().name().equals("Sophgo Technologies Ltd.")).findFirst().orElseThrow();

    assertThat(folded.originalSpan(m.start(), m.end())).isEqualTo("Sophgo  Technologies");
    assertThat(m.reason()).contains("SOPHGO");
    assertThat(m.party().listCode()).isEqualTo("EL");
    assertThat(m.party().federalRegister()).contains("90 FR 4622");
    assertThat(PartyScoring.ALERT_THRESHOLD).isGreaterThan(PartyScoring.REVIEW_THRESHOLD);
    assertThat(PartyFinding.Tier.ALERT.name()).isEqualTo("ALERT");
  }
}
