package dev.chipscreen.core.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chipscreen.core.match.party.Allowlist;
import dev.chipscreen.core.report.PartyFinding;
import java.io.UncheckedIOException;

/**
 * The allowlist entry that would clear a party finding, in the layout {@link Allowlist#load} reads,
 * ready to paste into the file's {@code entries}. It names the entry by source id and list, and the
 * party as the document writes it, so it clears this counterparty's writing and no other.
 */
public final class AllowlistSnippet {

  /** The reason is required; the analyst replaces this with who cleared the party, when and why. */
  public static final String REASON_PLACEHOLDER = dev.chipscreen.core.match.party.Allowlist.REASON_PLACEHOLDER;

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private AllowlistSnippet() {
  }

  public static Allowlist.Entry entry(PartyFinding finding) {
    return new Allowlist.Entry(finding.listedName(), finding.sourceId(), finding.listCode(),
        finding.matchedText().strip(), REASON_PLACEHOLDER);
  }

  /** The entry as pretty JSON (plain text: the caller escapes it for HTML). */
  public static String json(PartyFinding finding) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(entry(finding));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
