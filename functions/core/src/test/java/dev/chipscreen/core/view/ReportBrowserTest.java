package dev.chipscreen.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.alert.AlertEmailRenderer;
import dev.chipscreen.core.alert.ReportLinks;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.party.Allowlist;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.SeverityPolicy;
import dev.chipscreen.core.testing.HeadlessChromium;
import dev.chipscreen.core.testing.InstalledOcr;
import dev.chipscreen.core.testing.SharedLists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Report pages and alert e-mails as a reader sees them, in headless Chromium at a laptop's width:
 * the text is there, nothing ran, nothing was fetched, nothing is cut off or wider than the
 * window. Screenshots are kept in target/screenshots/. Fails when Chromium is missing (scripts/test.sh
 * installs it), as the OCR tests fail without Tesseract.
 */
class ReportBrowserTest {

  /** A laptop's width in CSS pixels: the pages must fit it without scrolling sideways. */
  static final int WIDTH = 1000;
  static final int HEIGHT = 800;
  static final Path PAGES = Path.of("target/browser");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final Path SAMPLES = Path.of("../../samples").toAbsolutePath().normalize();

  /** What the page and the browser say after loading it: everything a test asserts. */
  record Seen(String text, String title, boolean scriptRan, int scrollWidth, List<String> requests,
              int clipped, int wider) {
  }

  private static HeadlessChromium browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  /** Any element whose content is cut off (wider than its box with overflow hidden or clipped). */
  private static final String CLIPPED = """
      [...document.querySelectorAll('body *')].filter(e => { const s = getComputedStyle(e);
        return e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0
          && (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis'); }).length""";
  /** Any element reaching past the window's right edge. */
  private static final String WIDER = "[...document.querySelectorAll('body *')].filter(e => "
      + "e.getBoundingClientRect().right > " + (WIDTH + 1) + ").length";

  static Seen render(String name, String html) throws Exception {
    Files.createDirectories(PAGES);
    Path file = PAGES.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, html, StandardCharsets.UTF_8);
    browser.open(file, WIDTH, HEIGHT);
    String self = file.toUri().toString();
    List<String> requests = new ArrayList<>();
    for (JsonNode e : browser.events("Network.requestWillBeSent")) {
      String url = e.path("params").path("request").path("url").asText();
      if (!url.equals(self) && !url.equals(file.toUri().toASCIIString())) {
        requests.add(url);
      }
    }
    Seen seen = new Seen(browser.eval("document.body.innerText").asText(), browser.eval("document.title").asText(),
        browser.eval("window.pwned === 1").asBoolean(), browser.eval("document.documentElement.scrollWidth").asInt(),
        requests, browser.eval(CLIPPED).asInt(), browser.eval(WIDER).asInt());
    browser.screenshot(SCREENSHOTS.resolve(name + ".png"), WIDTH);
    return seen;
  }

  static void fitsAndRanNothing(Seen seen) {
    assertThat(seen.scriptRan()).as("a script ran").isFalse();
    assertThat(seen.title()).as("the title a payload would set").isNotEqualTo("PWNED");
    assertThat(seen.requests()).as("requests the page attempted").isEmpty();
    assertThat(seen.scrollWidth()).as("page width").isLessThanOrEqualTo(WIDTH);
    assertThat(seen.clipped()).as("elements cut off").isZero();
    assertThat(seen.wider()).as("elements past the right edge").isZero();
  }

  @Test
  void everyFixtureReport_andItsEmail_readsAndFits() throws Exception {
    Map<String, ScreeningReport> reports = new LinkedHashMap<>(ViewFixtures.all());
    ReportLinks links = ReportLinks.s3("docs-bucket", "reports/incoming/x.pdf.report.json", "us-east-1");
    for (var entry : reports.entrySet()) {
      Seen page = render("report-" + entry.getKey(), ReportPage.render(entry.getValue()));
      fitsAndRanNothing(page);
      assertThat(page.text()).as(entry.getKey()).contains(entry.getValue().severity().name())
          .contains(Verdict.sentence(entry.getValue()).replace("\u202E", " ").replace("\u202C", " ").substring(0, 20));
      Seen email = render("email-" + entry.getKey(), AlertEmailRenderer.render(entry.getValue(), links).html());
      fitsAndRanNothing(email);
      assertThat(email.text()).contains("s3://docs-bucket/reports/incoming/x.pdf.report.html");
    }
    List<IndexPage.Entry> index = reports.entrySet().stream()
        .map(e -> IndexPage.Entry.of(e.getValue(), "report-" + e.getKey() + ".html")).toList();
    fitsAndRanNothing(render("index", IndexPage.render(index)));
  }

  @Test
  void hostileStrings_showAsText_andRunNothing() throws Exception {
    Seen page = render("report-hostile", ReportPage.render(ViewFixtures.hostile()));

    fitsAndRanNothing(page);
    assertThat(page.text()).contains("<script>document.title='PWNED';window.pwned=1</script>")
        .contains("\"><img src=x onerror=").contains("深圳市龙岗区华为技术有限公司").contains("مرحبا")
        .contains(ViewFixtures.LONG.substring(0, 200)).doesNotContain("\u202E");
  }

  @Test
  void criticalReport_showsTheVerdictFirst_andThePartyBesideTheListEntry() throws Exception {
    Seen page = render("report-critical", ReportPage.render(ViewFixtures.critical()));

    fitsAndRanNothing(page);
    assertThat(page.text()).containsSubsequence("CRITICAL", "NVIDIA H100 SXM5 to Hong Kong", "The document as read",
        "Findings", "Notify party: Inspur (HK) Electronics Co., Limited", "On the list", "90 FR 14048",
        "How to clear", "Screened against");
  }

  private static Screener samples;

  /** The samples' screener: the real lists, and Tesseract for the scanned one (the OCR tests' own). */
  private static synchronized Screener samples() {
    if (samples == null) {
      samples = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), SharedLists.all(), Allowlist.EMPTY,
          SeverityPolicy.DEFAULTS, Clock.systemUTC(), InstalledOcr.tesseract());
    }
    return samples;
  }

  /** Every sample, screened for real (the scanned bill of lading by OCR): its page reads and fits, on screen and in print. */
  @Test
  void everySample_readsAndFits_onScreenAndInPrint() throws Exception {
    try (var files = Files.list(SAMPLES)) {
      for (Path sample : files.sorted().toList()) {
        ScreeningReport report = samples().screen(sample.getFileName().toString(), Files.readAllBytes(sample));
        String name = "sample-" + sample.getFileName().toString().replaceAll("[^A-Za-z0-9.-]", "_");
        Seen page = render(name, ReportPage.render(report));
        fitsAndRanNothing(page);
        assertThat(page.text()).as(name).contains(report.severity().name())
            .contains(sample.getFileName().toString());
        browser.call("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
          assertThat(browser.eval("document.documentElement.scrollWidth").asInt()).as(name + " in print")
              .isLessThanOrEqualTo(WIDTH);
          assertThat(browser.eval(WIDER).asInt()).as(name + " in print").isZero();
        } finally {
          browser.call("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
      }
    }
  }

  /** A real sample screened against the real lists: the README's screenshots of a report and its e-mail. */
  @Test
  void criticalSample_reportAndEmail_forTheReadme() throws Exception {
    Path sample = SAMPLES.resolve("bl-hgx-h100-notify-inspur-hk.pdf");
    ScreeningReport report = samples().screen("incoming/" + sample.getFileName(), Files.readAllBytes(sample));

    Seen page = render("sample-critical-report", ReportPage.render(report));
    Seen email = render("sample-critical-email", AlertEmailRenderer.render(report, ReportLinks.s3(
        "chipscreen-documents", "reports/incoming/bl-hgx-h100-notify-inspur-hk.pdf.report.json", "us-east-1")).html());

    fitsAndRanNothing(page);
    fitsAndRanNothing(email);
    assertThat(report.severity().name()).isEqualTo("CRITICAL");
    assertThat(page.text()).contains("CRITICAL").contains("notify party Inspur (HK) Electronics Co., Ltd. on the Entity List")
        .contains("Inspur (HK) Electronics Co., Limited").contains("90 FR 14048");
    assertThat(email.text()).contains("CRITICAL").contains("Inspur (HK) Electronics")
        .contains("s3://chipscreen-documents/reports/incoming/bl-hgx-h100-notify-inspur-hk.pdf.report.html");
  }
}
