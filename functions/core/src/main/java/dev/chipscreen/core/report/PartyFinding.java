package dev.chipscreen.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.chipscreen.core.document.PartyRole;
import java.util.List;
import java.util.Objects;

/**
 * A party in the document that resembles an entry of a restricted-party list.
 *
 * @param listedName     the entry's name exactly as the list writes it
 * @param list           the source list, e.g. "Entity List (EL) - Bureau of Industry and Security"
 * @param listCode       short code of the list: EL, MEU, UVL, DPL, SDN, ...
 * @param sourceId       the entry's id in its source file
 * @param federalRegister the Federal Register citation of the listing, when the list gives one
 * @param matchedText    the text as written in the document
 * @param page           1-based page (or part) of the document
 * @param offset         character offset of the match within that page's text
 * @param score          similarity in [0, 1]
 * @param tier           ALERT (score at or above the alert threshold) or REVIEW
 * @param reason         which name or alias matched, and how
 * @param role           the party's role where the layout shows it (SHIPPER, CONSIGNEE, NOTIFY_PARTY, ...), or null
 * @param ocr            set when the page's text was read by OCR
 * @param candidates     other list entries the same written name matches, best first: one finding per
 *                       party in the document, with the entries it could also be beside it
 */
public record PartyFinding(String listedName, String list, String listCode, String sourceId, String federalRegister,
                           String matchedText, int page, int offset, double score, Tier tier,
                           String reason, PartyRole role, OcrRead ocr, List<Candidate> candidates) implements Finding {
  /** How sure the match is: the severity policy's alert threshold divides the two. */
  public enum Tier {
    /** Score at or above the alert threshold: the party is taken to be the listed one. */
    ALERT,
    /** Below it: an analyst decides. */
    REVIEW
  }

  /**
   * Another entry the written name matches, ranked below the finding's own.
   *
   * @param listedName the entry's name as the list writes it
   * @param list       the source list
   * @param listCode   short code of the list
   * @param sourceId   the entry's id in its source file
   * @param score      similarity in [0, 1]
   * @param reason     which name or alias matched, how, and why it ranks lower
   */
  public record Candidate(String listedName, String list, String listCode, String sourceId, double score,
                          String reason) {
  }

  public PartyFinding(String listedName, String list, String listCode, String sourceId, String federalRegister,
                      String matchedText, int page, int offset, double score, Tier tier, String reason, PartyRole role,
                      OcrRead ocr) {
    this(listedName, list, listCode, sourceId, federalRegister, matchedText, page, offset, score, tier, reason, role,
        ocr, List.of());
  }

  public PartyFinding(String listedName, String list, String listCode, String sourceId, String federalRegister,
                      String matchedText, int page, int offset, double score, Tier tier, String reason, PartyRole role) {
    this(listedName, list, listCode, sourceId, federalRegister, matchedText, page, offset, score, tier, reason, role,
        null);
  }

  public PartyFinding {
    Objects.requireNonNull(listedName, "listedName");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(matchedText, "matchedText");
    Objects.requireNonNull(tier, "tier");
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  /** At most this many candidates are named in one line of a text report or an e-mail; the report has all. */
  public static final int CANDIDATES_NAMED = 3;

  /**
   * "; also matches: X [EL] 0.8, Y [SDN] 0.8" for the candidates, or "" when there are none: the
   * one line that text reports and e-mails add to a grouped finding.
   */
  @JsonIgnore
  public String candidatesLine() {
    if (candidates.isEmpty()) {
      return "";
    }
    StringBuilder line = new StringBuilder("; also matches: ");
    for (int i = 0; i < candidates.size() && i < CANDIDATES_NAMED; i++) {
      Candidate c = candidates.get(i);
      line.append(i == 0 ? "" : ", ").append(c.listedName()).append(" [").append(c.listCode()).append("] ")
          .append(c.score());
    }
    if (candidates.size() > CANDIDATES_NAMED) {
      line.append(" and ").append(candidates.size() - CANDIDATES_NAMED).append(" more");
    }
    return line.toString();
  }

  @JsonIgnore
  @Override
  public Severity severity() {
    return tier == Tier.ALERT ? Severity.HIGH : Severity.LOW;
  }
}
