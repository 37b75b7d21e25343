package dev.chipscreen.core.alert;

import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DisguisedChipFinding;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.core.report.UnreadableFinding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
   * Findings written out in one e-mail; the rest are counted with a pointer to the report. SES
   * refuses a message over 10 MB (40 MB for SESv2), and a refused alert fails forever, so the
   * size is bounded by these three numbers, not by the document.
   */
  public static final int MAX_EMAIL_FINDINGS = 50;
  /** Characters of one table cell or note: matched text and reasons are at most a few hundred. */
  public static final int MAX_EMAIL_CELL_CHARS = 500;
  /** Notes written out in one e-mail. */
  public static final int MAX_EMAIL_NOTES = 20;

  private AlertEmailRenderer() {
  }

  public static AlertEmail render(ScreeningReport report) {
    return render(report, null);
  }

  /**
   * The alert e-mail; findings past {@link #MAX_EMAIL_FINDINGS} are counted and pointed to at
   * {@code reportLocation} (where the full report is, or null when the reader has it at hand).
   */
  public static AlertEmail render(ScreeningReport report, String reportLocation) {
    // The subject names the file (the last part of its path or key); the body gives the whole name.
    String name = report.document().name();
    String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String document = Sanitize.headerValue(fileName.isBlank() ? name : fileName, Sanitize.MAX_HEADER_VALUE_CHARS);
    String subject = "[chipscreen] " + report.severity() + ": " + summary(report) + " in " + document;

    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder();
    // The key is the sender's text: no line breaks or control characters of its own in the body.
    text.append("chipscreen screened ").append(Sanitize.terminal(report.document().name())).append('\n')
        .append("Severity: ").append(report.severity()).append('\n')
        .append("Document type: ").append(report.document().type())
        .append(", ").append(report.document().pages()).append(" page(s), ").append(report.document().mediaType())
        .append('\n').append("SHA-256: ").append(report.document().sha256()).append("\n\n");
    html.append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">")
        .append("<h2>chipscreen: ").append(Sanitize.html(report.severity().name())).append("</h2>")
        .append("<p>Document <b>").append(Sanitize.html(report.document().name())).append("</b> (")
        .append(Sanitize.html(report.document().type().name())).append(", ")
        .append(report.document().pages()).append(" page(s), ")
        .append(Sanitize.html(report.document().mediaType())).append(")<br>SHA-256 <code>")
        .append(Sanitize.html(report.document().sha256())).append("</code></p>");
    if (report.document().ocrPages() != null) {
      // The engine name is ours, not the document's; page numbers are integers: nothing here comes from the text.
      String ocr = "Page(s) " + report.document().ocrPages() + " are scans read by OCR ("
          + report.document().ocrEngine() + "): check the findings on them against the page image.";
      text.append(ocr).append("\n\n");
      html.append("<p><b>OCR:</b> ").append(Sanitize.html(ocr)).append("</p>");
    }
    if (report.status() == Status.UNREADABLE) {
      text.append("THE DOCUMENT COULD NOT BE SCREENED: ").append(report.reason()).append('\n')
          .append("An unscreened shipment is a compliance gap: obtain a readable copy and screen it.\n\n");
      html.append("<p style=\"color:#a00\"><b>The document could not be screened:</b> ")
          .append(Sanitize.html(report.reason())).append("<br>An unscreened shipment is a compliance gap: ")
          .append("obtain a readable copy and screen it.</p>");
    }
    html.append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Finding</th><th>Matched</th>")
        .append("<th>Where</th><th>Against</th><th>Why it matters</th></tr>");
    List<Finding> shown = report.findings().subList(0, Math.min(report.findings().size(), MAX_EMAIL_FINDINGS));
    for (Finding finding : shown) {
      List<String> cells = cells(finding).stream().map(cell -> cap(cell, MAX_EMAIL_CELL_CHARS)).toList();
      text.append("- ").append(cells.get(0)).append(": \"").append(cells.get(1)).append("\" (")
          .append(cells.get(2)).append(") against ").append(cells.get(3)).append(". ").append(cells.get(4))
          .append('\n');
      html.append("<tr>");
      for (String cell : cells) {
        html.append("<td>").append(Sanitize.html(cell)).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</table>");
    int hidden = report.findings().size() - shown.size();
    if (hidden > 0) {
      String more = hidden + " more finding(s) are not listed here: see the full report"
          + (reportLocation == null ? "" : " at " + reportLocation) + ".";
      text.append(more).append('\n');
      html.append("<p><b>").append(Sanitize.html(more)).append("</b></p>");
    }
    for (String full : report.notes().subList(0, Math.min(report.notes().size(), MAX_EMAIL_NOTES))) {
      String note = cap(full, MAX_EMAIL_CELL_CHARS);
      text.append("Note: ").append(note).append('\n');
      html.append("<p><i>Note: ").append(Sanitize.html(note)).append("</i></p>");
    }
    html.append("</body></html>");
    return new AlertEmail(subject, text.toString(), html.toString());
  }

  private static String cap(String value, int maxChars) {
    if (value == null || value.length() <= maxChars) {
      return value;
    }
    int cut = Character.isHighSurrogate(value.charAt(maxChars - 2)) ? maxChars - 2 : maxChars - 1;
    return value.substring(0, cut) + "…";
  }

  private static String summary(ScreeningReport report) {
    if (report.status() == Status.UNREADABLE) {
      return "unreadable document";
    }
    long chips = report.findings().stream().filter(f -> f instanceof ChipFinding).count();
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

  /** What, matched text, where, against what, why: the five things an analyst asks. */
  private static List<String> cells(Finding finding) {
    return switch (finding) {
      case ChipFinding c -> List.of("Controlled chip", c.matchedText(), "page " + c.page(),
          c.model() + " (" + c.vendor() + ", ECCN " + c.eccn() + ")",
          c.controlStatus() + ", score " + c.score() + ": " + c.reason()
              + (c.quantity() == null ? "" : "; quantity " + c.quantity())
              + (c.unitValue() == null ? "" : "; unit value " + (c.currency() == null ? "" : c.currency() + " ")
                  + c.unitValue().toPlainString()));
      case PartyFinding p -> List.of("Listed party (" + p.tier() + ")", p.matchedText(), "page " + p.page(),
          p.listedName() + " on " + p.list() + (p.federalRegister() == null ? "" : ", " + p.federalRegister())
              + p.candidatesLine(),
          "score " + p.score() + ": " + p.reason());
      case UnreadableFinding u -> List.of("Unreadable document", "", "whole document", u.reason(), u.detail());
      case IncompleteFinding i -> List.of("Partly screened", "", "see detail", i.reason(), i.detail());
      case dev.chipscreen.core.report.RedFlagFinding r -> List.of("Red flag: " + r.rule().name(), "", "document",
          r.rule().name(), r.explanation());
      case DisguisedChipFinding d -> List.of("Possible disguised accelerator", d.matchedText(), "page " + d.page(),
          "goods line: " + d.description() + (d.hsCode() == null ? "" : ", HS " + d.hsCode()),
          "score " + d.score() + ": " + d.reason());
    };
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
