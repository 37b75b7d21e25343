package dev.chipscreen.core.document;

import dev.chipscreen.core.report.RedFlagRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Classification, field extraction and severity on the fixtures of every document type, in
 * English and Chinese, in three layouts; half are screened as text, half as PDFs (English) or
 * Word files (Chinese, which the test PDF font cannot draw). Accuracy goes to
 * target/document-understanding-report.txt.
 */
class DocumentUnderstandingTest {

  static final double MIN_CLASSIFICATION_ACCURACY = 1.0;
  static final double MIN_FIELD_ACCURACY = 0.95;

  private static final Screener SCREENER = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PartyList.EMPTY,
      Clock.systemUTC());

  private static byte[] asFile(TradeDocumentFixtures.Fixture f, int index) {
    if (index % 2 == 0) {
      return f.text().getBytes(StandardCharsets.UTF_8);
    }
    return f.language() == TradeDocumentFixtures.Language.EN ? Fixtures.pdf(List.of(f.text())) : Fixtures.docx(f.text());
  }

  @Test
  void everyTypeLanguageAndLayout_isClassifiedRead_andGivenTheRightSeverity() throws Exception {
    List<TradeDocumentFixtures.Fixture> fixtures = TradeDocumentFixtures.all();
    int classified = 0;
    int fieldsRight = 0;
    int fieldsTotal = 0;
    int severityRight = 0;
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < fixtures.size(); i++) {
      TradeDocumentFixtures.Fixture f = fixtures.get(i);
      ScreeningReport report = SCREENER.screen(f.id(), asFile(f, i));
      TradeDocument doc = report.structured();
      if (report.document().type() == f.type()) {
        classified++;
      } else {
        errors.add(f.id() + ": classified as " + report.document().type());
      }
      if (report.severity() == f.scenario().severity) {
        severityRight++;
      } else {
        errors.add(f.id() + ": severity " + report.severity() + ", expected " + f.scenario().severity + " "
            + report.findings());
      }
      for (Map.Entry<String, String> truth : f.truth().entrySet()) {
        if (truth.getKey().equals("type")) {
          continue;
        }
        fieldsTotal++;
        String got = extracted(doc, truth.getKey());
        boolean right = got != null && (truth.getKey().endsWith("country") || truth.getKey().equals("dischargeCountry")
            ? got.equals(truth.getValue())
            : fold(got).contains(fold(truth.getValue())));
        if (right) {
          fieldsRight++;
        } else {
          errors.add(f.id() + ": " + truth.getKey() + " = " + got + ", expected " + truth.getValue());
        }
      }
    }
    double classification = (double) classified / fixtures.size();
    double fields = (double) fieldsRight / fieldsTotal;
    String summary = String.format(Locale.ROOT,
        "fixtures %d (5 types x 2 languages x 3 layouts): classification %d/%d = %.3f; fields %d/%d = %.3f; "
            + "severity %d/%d%n", fixtures.size(), classified, fixtures.size(), classification, fieldsRight, fieldsTotal,
        fields, severityRight, fixtures.size()) + String.join("\n", errors) + "\n";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/document-understanding-report.txt"), summary);
    System.out.print(summary);

    assertThat(fixtures).hasSize(30);
    assertThat(classification).as(summary).isGreaterThanOrEqualTo(MIN_CLASSIFICATION_ACCURACY);
    assertThat(fields).as(summary).isGreaterThanOrEqualTo(MIN_FIELD_ACCURACY);
    assertThat(severityRight).as(summary).isEqualTo(fixtures.size());
  }

  @Test
  void theFirstTitleNamesTheDocument_notAReferenceItCites() {
    assertThat(DocumentClassifier.classify("PACKING LIST\nREF: COMMERCIAL INVOICE NO. 55\nCARTONS 4"))
        .isEqualTo(dev.chipscreen.core.report.DocumentType.PACKING_LIST);
    assertThat(DocumentClassifier.classify("海运提单 BILL OF LADING\n发货人"))
        .isEqualTo(dev.chipscreen.core.report.DocumentType.BILL_OF_LADING);
    assertThat(DocumentClassifier.classify("SHIPMENT NOTE\nPLEASE FIND ENCLOSED"))
        .isEqualTo(dev.chipscreen.core.report.DocumentType.OTHER);
  }

  @Test
  void redFlags_explainTheRoute_theForwarder_andThePayment() {
    String text = """
        COMMERCIAL INVOICE   Invoice No.: X-1
        Seller: Lakeside Compute Inc., Santa Clara, California, USA
        Buyer: Harbour Light Freight Forwarding Ltd, Kwai Chung, Hong Kong
        Final destination: Shenzhen, China
        Payment terms: T/T from Singapore
        1  NVIDIA H200 141GB SXM GPU  HS 8542.31  16 PCS  USD 31,000.00  USD 496,000.00
        2  Relabelled SANDKYAN graphics card  HS 8473.30  4 PCS  USD 900.00""";

    ScreeningReport report = SCREENER.screen("flags.txt", text.getBytes(StandardCharsets.UTF_8));

    assertThat(report.findings()).filteredOn(f -> f instanceof dev.chipscreen.core.report.RedFlagFinding)
        .extracting(f -> ((dev.chipscreen.core.report.RedFlagFinding) f).rule())
        .contains(RedFlagRule.CHINA_DESTINATION, RedFlagRule.TRANSSHIPMENT, RedFlagRule.FORWARDER_CONSIGNEE,
            RedFlagRule.THIRD_COUNTRY_PAYMENT, RedFlagRule.RELABELLING);
    assertThat(report.severity()).isEqualTo(dev.chipscreen.core.report.Severity.CRITICAL);
  }

  @Test
  void aControlledChipUnderAWrongHsCodeOrValue_isFlagged() {
    String text = "INVOICE\n1  NVIDIA H100 80GB PCIe GPU  HS 9401.30  8 PCS  USD 250.00  USD 2,000.00\n";

    ScreeningReport report = SCREENER.screen("m.txt", text.getBytes(StandardCharsets.UTF_8));

    assertThat(report.findings()).filteredOn(f -> f instanceof dev.chipscreen.core.report.RedFlagFinding)
        .extracting(f -> ((dev.chipscreen.core.report.RedFlagFinding) f).rule())
        .containsExactlyInAnyOrder(RedFlagRule.HS_MISMATCH, RedFlagRule.UNDERVALUED);
  }

  @Test
  void theSeverityPolicy_isConfigurable() throws Exception {
    dev.chipscreen.core.report.SeverityPolicy policy = dev.chipscreen.core.report.SeverityPolicy.load(
        new java.io.ByteArrayInputStream("{\"chinaDestinationCritical\": false}".getBytes(StandardCharsets.UTF_8)),
        "p.json");
    Screener relaxed = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), PartyList.EMPTY,
        dev.chipscreen.core.match.party.Allowlist.EMPTY, policy, Clock.systemUTC());
    byte[] doc = "Consignee: Starriver Electronics, Shenzhen, China\nNVIDIA H100 80GB PCIe GPU x 8"
        .getBytes(StandardCharsets.UTF_8);

    assertThat(SCREENER.screen("d", doc).severity()).isEqualTo(dev.chipscreen.core.report.Severity.CRITICAL);
    assertThat(relaxed.screen("d", doc).severity()).isEqualTo(dev.chipscreen.core.report.Severity.HIGH);
    assertThat(policy.partyAlertThreshold()).isEqualTo(0.85);
  }

  private static String extracted(TradeDocument doc, String key) {
    Function<String, TradeDocument.Party> party = role -> doc.parties().stream()
        .filter(p -> p.role().name().equals(role)).findFirst().orElse(null);
    if (key.endsWith(".name") || key.endsWith(".country")) {
      TradeDocument.Party p = party.apply(key.substring(0, key.indexOf('.')));
      return p == null ? null : key.endsWith(".name") ? p.name() : p.country();
    }
    return switch (key) {
      case "portOfLoading" -> value(doc.route().portOfLoading());
      case "portOfDischarge" -> value(doc.route().portOfDischarge());
      case "dischargeCountry" -> doc.route().portOfDischarge() == null ? null
          : DocumentReader.countryIn(doc.route().portOfDischarge().value());
      case "reference" -> doc.references().stream().map(TradeDocument.Field::value)
          .filter(v -> !v.startsWith("2025")).findFirst().orElse(null);
      case "goods.description" -> doc.goods().isEmpty() ? null : doc.goods().get(0).description();
      case "goods.hsCode" -> doc.goods().isEmpty() ? null : doc.goods().get(0).hsCode();
      case "goods.quantity" -> doc.goods().isEmpty() || doc.goods().get(0).quantity() == null ? null
          : String.valueOf(doc.goods().get(0).quantity());
      case "vessel" -> value(doc.transport().vessel());
      case "voyage" -> value(doc.transport().voyage());
      case "flight" -> value(doc.transport().flight());
      case "incoterms" -> value(doc.incoterms());
      case "paymentTerms" -> value(doc.paymentTerms());
      default -> throw new IllegalArgumentException(key);
    };
  }

  private static String value(TradeDocument.Field field) {
    return field == null ? null : field.value();
  }

  private static String fold(String s) {
    return s.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
