package dev.chipscreen.core.report;

import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.match.chip.CatalogueEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers a report's {@link Evidence} while the screener matches, page by page. Not thread-safe. */
public final class EvidenceCollector {

  /**
   * Characters of a quoted line kept on each side of the match: a goods line or an address line is
   * shorter; a page without line breaks (a table read as one run) is cut around the match.
   */
  static final int QUOTE_CONTEXT_CHARS = 160;

  private final List<Evidence.Quote> quotes = new ArrayList<>();
  private final Map<String, Evidence.ListEntry> entries = new LinkedHashMap<>();
  private final Map<String, Evidence.CatalogueFacts> chips = new LinkedHashMap<>();

  /** Quotes the line of {@code pageText} that holds the match at [offset, offset + length). */
  public void quote(int page, String pageText, int offset, int length) {
    if (offset < 0 || offset > pageText.length()) {
      return;
    }
    int end = Math.min(pageText.length(), offset + Math.max(0, length));
    int lineStart = Math.max(pageText.lastIndexOf('\n', Math.max(0, offset - 1)) + 1,
        offset - QUOTE_CONTEXT_CHARS);
    int newline = pageText.indexOf('\n', end);
    int lineEnd = Math.min(newline < 0 ? pageText.length() : newline, end + QUOTE_CONTEXT_CHARS);
    lineStart = Math.max(0, lineStart);
    // A cut never halves a character written as two chars (a supplementary CJK ideograph, an emoji):
    // half of one is no text, and writing it fails.
    if (lineStart > 0 && lineStart < offset && Character.isLowSurrogate(pageText.charAt(lineStart))) {
      lineStart++;
    }
    if (lineEnd < pageText.length() && lineEnd > end && Character.isLowSurrogate(pageText.charAt(lineEnd))) {
      lineEnd--;
    }
    // A match may span a line break (a name wrapped in its box): the quote then holds both lines.
    // Leading and trailing blanks (a column's indentation in the PDF's text) are not part of the line.
    while (lineStart < offset && Character.isWhitespace(pageText.charAt(lineStart))) {
      lineStart++;
    }
    while (lineEnd > end && Character.isWhitespace(pageText.charAt(lineEnd - 1))) {
      lineEnd--;
    }
    String line = pageText.substring(lineStart, lineEnd).replace('\r', ' ');
    quotes.add(new Evidence.Quote(page, offset, line, offset - lineStart, end - lineStart));
  }

  public void listEntry(RestrictedParty party) {
    entries.putIfAbsent(party.listCode() + "\u0000" + party.sourceId(), new Evidence.ListEntry(party.listCode(),
        party.sourceId(), text(party.type()), party.addresses(), party.countries(), party.programs(),
        party.licensePolicy()));
  }

  public void catalogueEntry(CatalogueEntry entry) {
    chips.putIfAbsent(entry.model(), new Evidence.CatalogueFacts(entry.model(), text(entry.kind()), entry.tpp(),
        entry.basis(), entry.sources()));
  }

  /** Codes (type, kind) as text, whether the model holds them as strings or enums. */
  private static String text(Object code) {
    return code == null ? null : code.toString();
  }

  public Evidence evidence() {
    return new Evidence(quotes, List.copyOf(entries.values()), List.copyOf(chips.values()));
  }
}
