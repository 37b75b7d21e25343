package dev.chipscreen.core.view;

import dev.chipscreen.core.document.PartyRole;
import dev.chipscreen.core.report.RedFlagRule;
import dev.chipscreen.core.report.ControlStatus;
import dev.chipscreen.core.document.TradeDocument;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DocumentInfo;
import dev.chipscreen.core.report.DocumentType;
import dev.chipscreen.core.report.Evidence;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.ListVersion;
import dev.chipscreen.core.report.OcrRead;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.RedFlagFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.core.report.Suppression;
import dev.chipscreen.core.report.UnreadableFinding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reports for the view tests: clean, critical, unreadable, OCRed, hostile. Shared by unit and browser tests. */
public final class ViewFixtures {

  public static final String SCRIPT = "<script>document.title='PWNED';window.pwned=1</script>";
  public static final String IMG = "\"><img src=x onerror=\"document.title='PWNED';window.pwned=1\">";
  public static final String RLO = "Acme \u202Efdp.exe\u202C Trading";
  public static final String LONG = "LONGNAME".repeat(250);
  public static final String CHINESE = "深圳市龙岗区华为技术有限公司 Huawei 技术 (Shenzhen) مرحبا";

  private static final List<ListVersion> LISTS = List.of(
      new ListVersion("bis-entity-list", "bis-entity-list/bis/bis_entity_list.json", "2a8f".repeat(16), 3409));
  private static final String AT = "2026-12-02T10:00:00Z";

  private ViewFixtures() {
  }

  static DocumentInfo doc(String name, DocumentType type) {
    return new DocumentInfo(name, "ab".repeat(32), "application/pdf", type, 2, 1738);
  }

  public static ScreeningReport critical() {
    return critical("Inspur (HK) Electronics", "Inspur (HK) Electronics Co., Limited",
        "Billion Center, 1 Wang Kwong Road, Kowloon Bay, Hong Kong", "bl-hgx-h100-notify-inspur-hk.pdf");
  }

  /** A CRITICAL bill of lading whose party (and document name) are the given strings. */
  public static ScreeningReport critical(String matched, String partyName, String address, String name) {
    String partyLine = "Notify party: " + partyName;
    String goodsLine = "8 x NVIDIA HGX H100 8-GPU baseboard P/N 935-24287-0000-000 HS 8473.30 USD 250000.00";
    PartyFinding party = new PartyFinding("Inspur (HK) Electronics Co., Ltd.",
        "Entity List (EL) - Bureau of Industry and Security", "EL", "bis-entity-list:b561f1243893",
        "90 FR 14048, 3/28/25", matched, 1, 303, 1.0, PartyFinding.Tier.ALERT,
        "name: words INSPUR, HK, ELECTRONIC; address agrees (HK)", PartyRole.NOTIFY_PARTY, null,
        List.of(new PartyFinding.Candidate("Inspur Electronic Information (Hong Kong) Co., Ltd.",
            "Entity List (EL) - Bureau of Industry and Security", "EL", "bis-entity-list:385dac18d4b0", 0.905,
            "alias: words INSPUR, ELECTRONIC; ranks lower: score 0.905 < 1.0")));
    ChipFinding chip = new ChipFinding("NVIDIA H100 SXM5", "NVIDIA", "3A090.a", ControlStatus.CONTROLLED, "HGX H100", 1, 795,
        0.97, "alias 'HGX H100'; context: vendor NVIDIA, 'GPU', HS 8473.30; CONTROLLED (3A090.a)", 8,
        new BigDecimal("250000.00"), "USD");
    List<Finding> findings = List.of(
        new RedFlagFinding(RedFlagRule.CHINA_DESTINATION, "controlled items (NVIDIA H100 SXM5) go to [CN, HK]: a licence is "
            + "required to export or reexport 3A090/4A090 items to China, Hong Kong or Macau", Severity.CRITICAL),
        chip, party,
        new RedFlagFinding(RedFlagRule.TRANSSHIPMENT, "controlled items pass through [HK, SG] while a party points to China",
            Severity.HIGH));
    TradeDocument.Field pol = new TradeDocument.Field("portOfLoading", "Singapore", 1,
        "Vessel / Voyage: WAN HAI 316 / N118  Port of Loading: Singapore  Port of Discharge: Hong Kong");
    TradeDocument.Field pod = new TradeDocument.Field("portOfDischarge", "Hong Kong", 1, pol.text());
    TradeDocument structured = new TradeDocument(
        List.of(new TradeDocument.Party(PartyRole.SHIPPER, "Northwind Compute Pte. Ltd.",
                "71 Ayer Rajah Crescent #06-14, Singapore 139951", "SG", 1),
            new TradeDocument.Party(PartyRole.CONSIGNEE, "To order of Lucky Harbour Supply Chain Management Co., Ltd.",
                "Qianhai, Shenzhen, China", "CN", 1),
            new TradeDocument.Party(PartyRole.NOTIFY_PARTY, partyName, address, "HK", 1)),
        new TradeDocument.Route(pol, pod, null, null, List.of("SG", "HK")),
        new TradeDocument.Transport(new TradeDocument.Field("vessel", "WAN HAI 316", 1, pol.text()),
            new TradeDocument.Field("voyage", "N118", 1, pol.text()), null),
        List.of(new TradeDocument.Field("billOfLading", "NWCS-2511-0042", 1, "B/L No. NWCS-2511-0042")),
        List.of(new TradeDocument.GoodsLine("NVIDIA HGX H100 8-GPU baseboard", "8473.30", 8,
            new BigDecimal("250000.00"), new BigDecimal("2000000.00"), "USD", 1)),
        new TradeDocument.Field("totalAmount", "USD 2,000,000.00", 1, "TOTAL USD 2,000,000.00"),
        new TradeDocument.Field("incoterms", "FOB Singapore", 1, "Terms: FOB Singapore"), null);
    Evidence evidence = new Evidence(
        List.of(new Evidence.Quote(1, 303, partyLine, "Notify party: ".length(),
                "Notify party: ".length() + matched.length()),
            new Evidence.Quote(1, 795, goodsLine, goodsLine.indexOf("HGX H100"), goodsLine.indexOf("HGX H100") + 8)),
        List.of(new Evidence.ListEntry("EL", "bis-entity-list:b561f1243893", "ENTITY",
            List.of("Billion Center, 1 Wang Kwong Road, Kowloon Bay, Hong Kong"), List.of("HK"),
            List.of("EAR Part 744, Supplement No. 4"), "Presumption of denial")),
        List.of(new Evidence.CatalogueFacts("NVIDIA H100 SXM5", "ACCELERATOR", 15832,
            "ECCN 3A090.a since 17 Oct 2023 (88 FR 73458)", List.of("NVIDIA H100 datasheet"))));
    return new ScreeningReport(1, doc(name, DocumentType.BILL_OF_LADING), Status.SCREENED, null, Severity.CRITICAL,
        findings, LISTS, "2026-11-29.1", List.of(), AT, List.of(), structured, evidence);
  }

  public static ScreeningReport clean() {
    return new ScreeningReport(1, doc("invoice-office-furniture-clean.pdf", DocumentType.COMMERCIAL_INVOICE),
        Status.SCREENED, null, Severity.NONE, List.of(), LISTS, "2026-11-29.1", List.of(), AT, List.of(),
        new TradeDocument(List.of(new TradeDocument.Party(PartyRole.SELLER, "Oak & Co Furniture", "Leeds, UK", "GB", 1)),
            null, null, List.of(), List.of(new TradeDocument.GoodsLine("Office chairs", "9401.30", 20,
            new BigDecimal("120.00"), new BigDecimal("2400.00"), "GBP", 1)), null, null, null), Evidence.NONE);
  }

  public static ScreeningReport unreadable() {
    String reason = "ENCRYPTED: the PDF is password-protected and could not be opened";
    return new ScreeningReport(1, new DocumentInfo("invoice-password-protected.pdf", "cd".repeat(32),
        "application/pdf", DocumentType.OTHER, 0, 5120), Status.UNREADABLE, reason, Severity.MEDIUM,
        List.of(new UnreadableFinding("ENCRYPTED", "the PDF is password-protected and could not be opened")), LISTS,
        "2026-11-29.1", List.of(), AT);
  }

  /** A scan read by OCR, with one suppressed party. */
  public static ScreeningReport ocred() {
    String line = "CONSIGNEE: SMARTECH HK LIMITED, Kwun Tong, Hong Kong";
    PartyFinding party = new PartyFinding("Smartech HK Limited", "Entity List (EL) - Bureau of Industry and Security",
        "EL", "bis-entity-list:1", null, "SMARTECH HK LIMITED", 1, 11, 0.93, PartyFinding.Tier.ALERT, "name",
        PartyRole.CONSIGNEE, new OcrRead(0.81), List.of());
    return new ScreeningReport(1, new DocumentInfo("scanned-bl.pdf", "ef".repeat(32), "application/pdf",
        DocumentType.BILL_OF_LADING, 1, 90_000, List.of(1), "tesseract 5 (eng+chi_sim)"), Status.SCREENED, null,
        Severity.HIGH, List.of(party), LISTS, "2026-11-29.1", List.of("page 1 was read by OCR"), AT,
        List.of(new Suppression("Smart Tech Ltd", "SDN", "ofac-sdn:9", "SMARTECH", 1, 0.81,
            "cleared 2026-10-02, ticket CS-118")),
        null, new Evidence(List.of(new Evidence.Quote(1, 11, line, 11, 30)), List.of(), List.of()));
  }

  /** Every hostile string at once: markup, attribute break-out, bidi override, a very long name, mixed scripts. */
  public static ScreeningReport hostile() {
    return critical(SCRIPT + IMG, SCRIPT + IMG + " " + RLO + " " + CHINESE, LONG + " " + IMG,
        "bl-" + SCRIPT + IMG + RLO + ".pdf");
  }

  public static Map<String, ScreeningReport> all() {
    return Map.of("critical", critical(), "clean", clean(), "unreadable", unreadable(), "ocred", ocred(),
        "hostile", hostile());
  }
}
