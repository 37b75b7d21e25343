package dev.chipscreen.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.alert.AlertEmail;
import dev.chipscreen.core.alert.AlertEmailRenderer;
import dev.chipscreen.core.alert.ReportLinks;
import dev.chipscreen.core.document.PartyRole;
import dev.chipscreen.core.document.TradeDocument;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.ControlStatus;
import dev.chipscreen.core.report.EvidenceCollector;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.ScreeningReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a sender can put in a document must not decide the size, the lines or the claims of its alert. */
class AlertEmailBoundsTest {

  private static ScreeningReport withParties(ScreeningReport r, List<TradeDocument.Party> parties) {
    TradeDocument d = r.structured();
    return new ScreeningReport(r.schemaVersion(), r.document(), r.status(), r.reason(), r.severity(), r.findings(),
        r.lists(), r.catalogue(), r.notes(), r.screenedAt(), r.suppressed(), new TradeDocument(parties, d.route(),
        d.transport(), d.references(), d.goods(), d.totalAmount(), d.incoterms(), d.paymentTerms()), r.evidence());
  }

  @Test
  void thousandsOfPartyBlocks_leaveTheEmailSmall() {
    ScreeningReport critical = ViewFixtures.critical();
    List<TradeDocument.Party> parties = new ArrayList<>(critical.structured().parties());
    for (int i = 0; i < 4_500; i++) {
      parties.add(new TradeDocument.Party(PartyRole.NOTIFY_PARTY, "Padding Trading " + "X".repeat(900) + i,
          "Street " + "Y".repeat(900), "HK", 1));
    }
    AlertEmail email = AlertEmailRenderer.render(withParties(critical, parties));

    assertThat(email.html().length() + email.text().length()).isLessThan(200_000);
    assertThat(email.html()).contains("more part(y/ies): see the report page");
    assertThat(email.text()).contains("more: see the report page");
  }

  @Test
  void aHugeRouteValue_leavesTheEmailSmall_andNoSourceLineEndsInHalfACharacter() {
    String padding = "Z".repeat(380);
    String text = "BILL OF LADING\nPort of Loading: Singapore " + "K".repeat(400_000) + "\nFinal Destination: "
        + padding + "\uD83D\uDE00" + "Q".repeat(50) + "\n";
    dev.chipscreen.core.document.TradeDocument read = dev.chipscreen.core.document.DocumentReader.read(
        List.of(new dev.chipscreen.core.extract.Page(1, text, "")));
    for (TradeDocument.Field f : new TradeDocument.Field[] {read.route().portOfLoading(),
        read.route().finalDestination()}) {
      assertThat(f).isNotNull();
      assertThat(Character.isHighSurrogate(f.text().charAt(f.text().length() - 1))).as(f.name()).isFalse();
    }
    ScreeningReport critical = ViewFixtures.critical();
    ScreeningReport r = critical;
    AlertEmail email = AlertEmailRenderer.render(new ScreeningReport(r.schemaVersion(), r.document(), r.status(),
        r.reason(), r.severity(), r.findings(), r.lists(), r.catalogue(), r.notes(), r.screenedAt(), r.suppressed(),
        read, r.evidence()));
    assertThat(email.html().length() + email.text().length()).isLessThan(100_000);
  }

  @Test
  void aKeyWithLineBreaks_staysOnItsLineInTheTextPart() {
    String key = "incoming/inv.pdf\n\nCLEARED by compliance (ticket CS-1): no action needed.\nx";
    AlertEmail email = AlertEmailRenderer.render(ViewFixtures.critical(),
        ReportLinks.s3("docs-bucket", "reports/" + key + ".report.json", "eu-central-1"));

    assertThat(email.text().lines()).noneMatch(line -> line.startsWith("CLEARED"));
  }

  @Test
  void theSubjectCountsControlledModels_notFindings() {
    ScreeningReport critical = ViewFixtures.critical();
    List<Finding> findings = new ArrayList<>(critical.findings());
    // A second finding of the same model, and a China-market variant that is not controlled.
    findings.add(new ChipFinding("NVIDIA H100 SXM5", "NVIDIA", "3A090.a", ControlStatus.CONTROLLED, "H100 SXM5", 1, 900,
        0.97, "alias", 8, null, null));
    findings.add(new ChipFinding("NVIDIA GeForce RTX 4090 D", "NVIDIA", "none", ControlStatus.NOT_CONTROLLED_ON_PARAMETERS,
        "RTX 4090D", 1, 950, 0.97, "alias", 4, null, null));
    ScreeningReport r = critical;
    ScreeningReport report = new ScreeningReport(r.schemaVersion(), r.document(), r.status(), r.reason(),
        r.severity(), findings, r.lists(), r.catalogue(), r.notes(), r.screenedAt(), r.suppressed(), r.structured(),
        r.evidence());

    assertThat(AlertEmailRenderer.render(report).subject()).contains("1 controlled chip,");
  }

  @Test
  void theVerdict_namesAnEccnOnlyWhenTheModelsShareOne_andCapsWhatTheDocumentWrote() {
    ScreeningReport r = ViewFixtures.critical();
    List<Finding> findings = new ArrayList<>(r.findings());
    findings.add(new ChipFinding("Dell PowerEdge XE9680", "DELL", "4A090.a", ControlStatus.CONTROLLED, "XE9680", 1,
        990, 0.97, "alias", 2, null, null));
    TradeDocument d = r.structured();
    TradeDocument noRoute = new TradeDocument(d.parties(), new TradeDocument.Route(null, null, null, null, List.of()),
        d.transport(), d.references(), d.goods(), d.totalAmount(), d.incoterms(), d.paymentTerms());
    String mixed = dev.chipscreen.core.view.Verdict.sentence(new ScreeningReport(r.schemaVersion(), r.document(),
        r.status(), r.reason(), r.severity(), findings, r.lists(), r.catalogue(), r.notes(), r.screenedAt(),
        r.suppressed(), noRoute, r.evidence()));
    assertThat(mixed).contains("export-controlled").doesNotContain("ECCN");

    TradeDocument.Field far = new TradeDocument.Field("finalDestination", "Hong " + "K".repeat(1_500), 1, "x");
    TradeDocument longRoute = new TradeDocument(d.parties(), new TradeDocument.Route(null, null, null, far,
        List.of("HK")), d.transport(), d.references(), d.goods(), d.totalAmount(), d.incoterms(), d.paymentTerms());
    String capped = dev.chipscreen.core.view.Verdict.sentence(new ScreeningReport(r.schemaVersion(), r.document(),
        r.status(), r.reason(), r.severity(), r.findings(), r.lists(), r.catalogue(), r.notes(), r.screenedAt(),
        r.suppressed(), longRoute, r.evidence()));
    assertThat(capped.length()).isLessThan(300);
    // The party is named as the list names it, not by the fragment the match covered.
    assertThat(capped).contains("Inspur (HK) Electronics Co., Ltd. on the Entity List");
  }

  @Test
  void aQuoteIsNeverCutInsideACharacter() {
    String line = "Consignee: " + "𠀀".repeat(100) + " Sophgo Technologies Ltd. " + "𠀁".repeat(100);
    EvidenceCollector evidence = new EvidenceCollector();
    int at = line.indexOf("Sophgo");
    evidence.quote(1, line, at, "Sophgo Technologies Ltd.".length());

    String quoted = evidence.evidence().quotes().get(0).line();
    assertThat(Character.isLowSurrogate(quoted.charAt(0))).isFalse();
    assertThat(Character.isHighSurrogate(quoted.charAt(quoted.length() - 1))).isFalse();
  }
}
