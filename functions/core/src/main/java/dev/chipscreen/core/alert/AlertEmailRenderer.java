package dev.chipscreen.core.alert;

import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Status;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import dev.chipscreen.core.view.Blocks;
import dev.chipscreen.core.view.FindingFacts;
import dev.chipscreen.core.view.Html;
import dev.chipscreen.core.view.SenderRequest;
import dev.chipscreen.core.view.TextBlocks;
import dev.chipscreen.core.view.Verdict;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Renders a screening report as the alert e-mail an analyst receives, and as an RFC 5322
 * message (.eml) with text and HTML parts. Each finding says what matched, where, against
 * which list entry or catalogue item, and why it matters.
 */
public final class AlertEmailRenderer {

  private static final int MIME_LINE_LENGTH = 76;
  /** 45 bytes encode to 60 base64 characters: with the =?UTF-8?B?...?= frame, under 76. */
  private static final int ENCODED_WORD_BYTES = 45;

  /**
   * Findings written out in one e-mail, the most severe; the rest are counted with a pointer to
   * the report, which has them all with their comparisons. SES
   * refuses a message over 10 MB (40 MB for SESv2), and a refused alert fails forever, so the
   * size is bounded by these three numbers, not by the document.
   */
  public static final int MAX_EMAIL_FINDINGS = 10;
  /** Characters of one table cell or note: matched text and reasons are at most a few hundred. */
  public static final int MAX_EMAIL_CELL_CHARS = 500;
  /** Party blocks written out in one e-mail: a forwarder's manifest names hundreds. */
  public static final int MAX_EMAIL_PARTIES = 20;
  /** Notes written out in one e-mail. */
  public static final int MAX_EMAIL_NOTES = 20;

  private AlertEmailRenderer() {
  }

  public static AlertEmail render(ScreeningReport report) {
    return render(report, (ReportLinks) null);
  }

  /** As {@link #render(ScreeningReport, ReportLinks)}, for a report at {@code reportLocation} (text, or s3://). */
  public static AlertEmail render(ScreeningReport report, String reportLocation) {
    return render(report, ReportLinks.parse(reportLocation, null));
  }

  /**
   * The alert e-mail, built from the report page's blocks: the verdict, the document, one row per
   * party, the top {@link #MAX_EMAIL_FINDINGS} findings with their lines highlighted, and where
   * to read the rest ({@code links}, or null when the reader has the report at hand).
   */
  public static AlertEmail render(ScreeningReport original, ReportLinks links) {
    // Every value the document wrote is cut before any block sees it: the e-mail's size follows
    // these limits, never the document (SES refuses messages over 10 MB).
    ScreeningReport report = bounded(original);
    // The subject names the file (the last part of its path or key); the body gives the whole name.
    String name = report.document().name();
    String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String document = Sanitize.headerValue(fileName.isBlank() ? name : fileName, Sanitize.MAX_HEADER_VALUE_CHARS);
    String subject = "[chipscreen] " + report.severity() + ": " + summary(report) + " in " + document;

    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder(8_192);
    text.append("chipscreen: ").append(report.severity()).append('\n')
        .append(Sanitize.terminal(Verdict.sentence(report)).replace('\n', ' ')).append("\n\n")
        .append(TextBlocks.documentSummary(report));
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.CSP).append("\">")
        .append("<title>").append(Html.text(subject)).append("</title></head>")
        .append("<body style=\"font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;")
        .append("line-height:1.4;color:#111;margin:0;padding:12px\"><div style=\"max-width:56rem;margin:0 auto\">")
        .append(Blocks.verdict(report));
    if (report.status() == Status.UNREADABLE) {
      text.append("\nTHE DOCUMENT COULD NOT BE SCREENED: ").append(oneLine(report.reason())).append('\n')
          .append("An unscreened shipment is a compliance gap. ").append(SenderRequest.of(report.reason()))
          .append('\n');
      html.append(Blocks.unreadable(report));
    }
    html.append(Blocks.documentSummary(report));
    if (report.structured() != null && !report.structured().parties().isEmpty()) {
      text.append('\n').append(TextBlocks.parties(report, MAX_EMAIL_PARTIES, MAX_EMAIL_CELL_CHARS));
      html.append("<h3>Parties</h3>").append(Blocks.parties(report, MAX_EMAIL_PARTIES, MAX_EMAIL_CELL_CHARS));
    }
    List<Finding> shown = report.findings().subList(0, Math.min(report.findings().size(), MAX_EMAIL_FINDINGS));
    if (!shown.isEmpty()) {
      text.append("\nFindings, most severe first:\n");
      html.append("<h3>Findings, most severe first</h3>");
    }
    for (Finding finding : shown) {
      text.append(TextBlocks.findingBrief(report, finding, MAX_EMAIL_CELL_CHARS));
      html.append(Blocks.findingBrief(report, finding, MAX_EMAIL_CELL_CHARS));
    }
    int hidden = report.findings().size() - shown.size();
    if (hidden > 0) {
      String more = hidden + " more finding(s) are not listed here: see the full report.";
      text.append(more).append('\n');
      html.append("<p><b>").append(Html.text(more)).append("</b></p>");
    }
    for (String full : report.notes().subList(0, Math.min(report.notes().size(), MAX_EMAIL_NOTES))) {
      String note = FindingFacts.cap(full, MAX_EMAIL_CELL_CHARS);
      text.append("Note: ").append(Sanitize.terminal(note)).append('\n');
      html.append("<p><i>Note: ").append(Html.text(note)).append("</i></p>");
    }
    appendLinks(links, text, html);
    html.append("</div></body></html>");
    return new AlertEmail(subject, text.toString(), html.toString());
  }

  /** Where to read the rest: the report page and the JSON in S3, and a console link (sign-in required). */
  private static void appendLinks(ReportLinks links, StringBuilder text, StringBuilder html) {
    if (links == null) {
      return;
    }
    text.append("\nThe full report");
    html.append("<h3>The full report</h3><p>");
    if (links.page() != null) {
      text.append(": ").append(oneLine(links.page())).append('\n');
      html.append("Report page <code style=\"overflow-wrap:anywhere\">").append(Html.text(links.page())).append("</code><br>");
    } else {
      text.append(":\n");
    }
    text.append("Report (JSON): ").append(oneLine(links.report())).append('\n');
    html.append("Report (JSON) <code style=\"overflow-wrap:anywhere\">").append(Html.text(links.report())).append("</code>");
    if (links.consoleUrl() != null) {
      text.append("Open it in the AWS console (sign in first): ").append(links.consoleUrl()).append('\n');
      html.append("<br><a href=\"").append(Html.text(links.consoleUrl()))
          .append("\">Open the report page in the AWS console</a> (sign in first)");
    }
    if (links.signedUrl() != null) {
      String warning = "works for " + links.signedMinutes() + " minutes without signing in, for anyone who has it:"
          + " do not forward it";
      text.append("Direct link (").append(warning).append("): ").append(links.signedUrl()).append('\n');
      html.append("<br><a href=\"").append(Html.text(links.signedUrl())).append("\">Open the report page</a> (")
          .append(Html.text(warning)).append(")");
    }
    html.append("</p>");
  }

  /** The report with every string the document wrote into its structured part cut to {@link #MAX_EMAIL_CELL_CHARS}. */
  static ScreeningReport bounded(ScreeningReport r) {
    dev.chipscreen.core.document.TradeDocument d = r.structured();
    if (d == null) {
      return r;
    }
    java.util.function.UnaryOperator<String> cap = v -> FindingFacts.cap(v, MAX_EMAIL_CELL_CHARS);
    java.util.function.UnaryOperator<dev.chipscreen.core.document.TradeDocument.Field> field = f -> f == null ? null
        : new dev.chipscreen.core.document.TradeDocument.Field(f.name(), cap.apply(f.value()), f.page(),
            cap.apply(f.text()));
    var route = d.route() == null ? null : new dev.chipscreen.core.document.TradeDocument.Route(
        field.apply(d.route().portOfLoading()), field.apply(d.route().portOfDischarge()),
        field.apply(d.route().placeOfDelivery()), field.apply(d.route().finalDestination()), d.route().countries());
    var transport = d.transport() == null ? null : new dev.chipscreen.core.document.TradeDocument.Transport(
        field.apply(d.transport().vessel()), field.apply(d.transport().voyage()), field.apply(d.transport().flight()));
    var parties = d.parties().stream().map(p -> new dev.chipscreen.core.document.TradeDocument.Party(p.role(),
        cap.apply(p.name()), cap.apply(p.address()), p.country(), p.page())).toList();
    var goods = d.goods().stream().map(g -> new dev.chipscreen.core.document.TradeDocument.GoodsLine(
        cap.apply(g.description()), cap.apply(g.hsCode()), g.quantity(), g.unitPrice(), g.amount(), g.currency(),
        g.page())).toList();
    var bounded = new dev.chipscreen.core.document.TradeDocument(parties, route, transport,
        d.references().stream().map(field).toList(), goods, field.apply(d.totalAmount()),
        field.apply(d.incoterms()), field.apply(d.paymentTerms()));
    return new ScreeningReport(r.schemaVersion(), r.document(), r.status(), cap.apply(r.reason()), r.severity(),
        r.findings(), r.lists(), r.catalogue(), r.notes(), r.screenedAt(), r.suppressed(), bounded, r.evidence());
  }

  /**
   * A value of the object's key or the document on one line of the text part: S3 keys may hold
   * line breaks, and a line of its own ("CLEARED by compliance") must not be the sender's to write.
   */
  private static String oneLine(String value) {
    return Sanitize.terminal(value).replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
  }

  private static String summary(ScreeningReport report) {
    if (report.status() == Status.UNREADABLE) {
      return "unreadable document";
    }
    // Controlled models, each counted once: a not-controlled variant is no "controlled chip".
    long chips = report.findings().stream().filter(f -> f instanceof ChipFinding c && c.controlled())
        .map(f -> ((ChipFinding) f).model()).distinct().count();
    long parties = report.findings().stream().filter(f -> f instanceof PartyFinding).count();
    List<String> parts = new ArrayList<>();
    if (chips > 0) {
      parts.add(chips + " controlled chip" + (chips == 1 ? "" : "s"));
    }
    if (parties > 0) {
      parts.add(parties + " listed part" + (parties == 1 ? "y" : "ies"));
    }
    if (parts.isEmpty()) {
      parts.add(report.findings().size() + " finding" + (report.findings().size() == 1 ? "" : "s"));
    }
    return String.join(", ", parts);
  }

  /** The alert as an RFC 5322 message with text and HTML alternatives, base64-encoded UTF-8. */
  public static String toEml(AlertEmail email, String from, List<String> to, Instant date) {
    String boundary = "chipscreen-" + Long.toHexString(email.html().hashCode() & 0xffffffffL)
        + Long.toHexString(date.toEpochMilli());
    StringBuilder eml = new StringBuilder();
    eml.append("From: ").append(Sanitize.headerValue(from, 200)).append("\r\n");
    eml.append("To: ").append(Sanitize.headerValue(String.join(", ", to), 1000)).append("\r\n");
    eml.append("Subject: ").append(encodeHeader(email.subject())).append("\r\n");
    eml.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
        .format(date.atOffset(ZoneOffset.UTC))).append("\r\n");
    eml.append("MIME-Version: 1.0\r\n");
    eml.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append("\"\r\n\r\n");
    part(eml, boundary, "text/plain", email.text());
    part(eml, boundary, "text/html", email.html());
    eml.append("--").append(boundary).append("--\r\n");
    return eml.toString();
  }

  private static void part(StringBuilder eml, String boundary, String type, String body) {
    eml.append("--").append(boundary).append("\r\n")
        .append("Content-Type: ").append(type).append("; charset=UTF-8\r\n")
        .append("Content-Transfer-Encoding: base64\r\n\r\n")
        .append(Base64.getMimeEncoder(MIME_LINE_LENGTH, new byte[] {'\r', '\n'})
            .encodeToString(body.getBytes(StandardCharsets.UTF_8)))
        .append("\r\n");
  }

  /** RFC 2047 encoded-word when the value is not plain ASCII; the value is sanitised first. */
  public static String encodeHeader(String value) {
    String clean = Sanitize.headerValue(value, 998);
    boolean ascii = clean.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    if (ascii) {
      return clean;
    }
    // Encoded words stay under 76 characters (RFC 2047), split on character boundaries.
    StringBuilder out = new StringBuilder();
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      String next = new String(Character.toChars(cp));
      if ((chunk + next).getBytes(StandardCharsets.UTF_8).length > ENCODED_WORD_BYTES) {
        appendEncodedWord(out, chunk.toString());
        chunk.setLength(0);
      }
      chunk.append(next);
      i += Character.charCount(cp);
    }
    appendEncodedWord(out, chunk.toString());
    return out.toString();
  }

  private static void appendEncodedWord(StringBuilder out, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty()) {
      out.append("\r\n ");
    }
    out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)))
        .append("?=");
  }
}
