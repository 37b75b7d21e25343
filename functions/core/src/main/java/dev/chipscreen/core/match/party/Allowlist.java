package dev.chipscreen.core.match.party;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Parties a compliance team has cleared: a finding against the named list entry, for the name as
 * the counterparty writes it, is suppressed, and the suppression (with its reason) is recorded in
 * the report instead of disappearing. File layout:
 * {@code {"entries": [{"listedName": "...", "sourceId": "...", "listCode": "EL",
 * "writtenAs": "Apex Infra Solutions LLC", "reason": "cleared 2025-10-02, ticket CS-118"}]}}.
 * An entry names the list entry by listedName or sourceId (listCode narrows it); writtenAs, when
 * given, must appear in the matched text; reason is required.
 */
public record Allowlist(List<Entry> entries) {

  public static final Allowlist EMPTY = new Allowlist(List.of());

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public Allowlist {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  /**
   * One cleared party.
   *
   * @param listedName the list entry's name as the list writes it
   * @param sourceId   the list entry's source id
   * @param listCode   the list it is on (optional)
   * @param writtenAs  the name as the counterparty writes it (optional)
   * @param reason     who cleared it, when, and why
   */
  /** The reason a report's ready-to-paste entry carries until someone fills it in: refused as it is. */
  public static final String REASON_PLACEHOLDER = "cleared YYYY-MM-DD by NAME: why (ticket)";

  /** True when a reason still holds a part of {@link #REASON_PLACEHOLDER} to fill in (a date, a name, a why). */
  static boolean stillPlaceholder(String reason) {
    String r = reason.toUpperCase(java.util.Locale.ROOT);
    return r.contains("YYYY-MM-DD") || r.contains("BY NAME") || r.contains("WHY (TICKET)");
  }

  public record Entry(String listedName, String sourceId, String listCode, String writtenAs, String reason) {
  }

  public static Allowlist load(InputStream in, String origin) throws IOException {
    Allowlist allowlist;
    try {
      allowlist = MAPPER.readValue(in, Allowlist.class);
    } catch (IOException e) {
      throw new IOException(origin + ": not a valid allowlist: " + e.getMessage(), e);
    }
    for (int i = 0; i < allowlist.entries().size(); i++) {
      Entry e = allowlist.entries().get(i);
      if (blank(e.listedName()) && blank(e.sourceId())) {
        throw new IOException(origin + ": entry " + (i + 1) + " names no list entry (listedName or sourceId)");
      }
      if (blank(e.reason())) {
        throw new IOException(origin + ": entry " + (i + 1) + " has no reason: say who cleared it and why");
      }
      if (stillPlaceholder(e.reason())) {
        throw new IOException(origin + ": entry " + (i + 1) + " still has the placeholder reason of the report's"
            + " snippet: say who cleared it, when and why");
      }
    }
    return allowlist;
  }

  /** The entry that clears this finding, or null. */
  public Entry clearing(PartyFinding finding) {
    for (Entry e : entries) {
      boolean sameEntry = !blank(e.sourceId()) ? e.sourceId().equals(finding.sourceId())
          : TextNormalizer.fold(e.listedName()).equals(TextNormalizer.fold(finding.listedName()));
      boolean sameList = blank(e.listCode()) || e.listCode().equalsIgnoreCase(finding.listCode());
      boolean sameWriting = blank(e.writtenAs()) || compact(finding.matchedText()).contains(compact(e.writtenAs()))
          || compact(e.writtenAs()).contains(compact(finding.matchedText()));
      if (sameEntry && sameList && sameWriting) {
        return e;
      }
    }
    return null;
  }

  private static String compact(String text) {
    return TextNormalizer.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
