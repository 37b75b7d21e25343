package dev.chipscreen.core.report;

import java.util.List;

/**
 * What an analyst needs beside each finding to judge it without opening the document or the lists:
 * the line a match stands in, the list entries' addresses and programs, the catalogue's basis and
 * sources. Added to the report as {@code evidence} (contract v1 unchanged), so that every view of the
 * report (the HTML page, the e-mail) shows facts the JSON holds and adds none of its own.
 *
 * @param quotes      one per matched span: the line around it, keyed by page and offset like the finding
 * @param listEntries the list entries that findings and their candidates name, keyed by list code and source id
 * @param catalogue   the catalogue entries that chip findings name, keyed by model
 */
public record Evidence(List<Quote> quotes, List<ListEntry> listEntries, List<CatalogueFacts> catalogue) {

  public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

  public Evidence {
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    listEntries = listEntries == null ? List.of() : List.copyOf(listEntries);
    catalogue = catalogue == null ? List.of() : List.copyOf(catalogue);
  }

  /**
   * The line a match stands in.
   *
   * @param page   1-based page, as in the finding
   * @param offset the finding's offset in the page's text
   * @param line   the line (cut around the match when long), as written
   * @param start  where the match starts in {@code line}
   * @param end    where it ends in {@code line} (exclusive)
   */
  public record Quote(int page, int offset, String line, int start, int end) {
  }

  /**
   * A list entry as the list gives it.
   *
   * @param listCode      short code of the list
   * @param sourceId      the entry's id in its source file
   * @param type          ENTITY, INDIVIDUAL, VESSEL, AIRCRAFT or UNKNOWN
   * @param addresses     addresses as the list writes them
   * @param countries     countries of the addresses
   * @param programs      sanction programs or legal bases
   * @param licensePolicy licence requirement and review policy, or null
   */
  public record ListEntry(String listCode, String sourceId, String type, List<String> addresses,
                          List<String> countries, List<String> programs, String licensePolicy) {
    public ListEntry {
      addresses = addresses == null ? List.of() : List.copyOf(addresses);
      countries = countries == null ? List.of() : List.copyOf(countries);
      programs = programs == null ? List.of() : List.copyOf(programs);
    }
  }

  /**
   * A catalogue entry's facts that a chip finding does not carry itself.
   *
   * @param model   the model, as in the finding
   * @param kind    ACCELERATOR, GRAPHICS_CARD, SYSTEM or SERVER
   * @param tpp     total processing performance, when known
   * @param basis   the rule and date the control status rests on
   * @param sources where the facts come from
   */
  public record CatalogueFacts(String model, String kind, Integer tpp, String basis, List<String> sources) {
    public CatalogueFacts {
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  /** The quote for a finding at this page and offset, or null. */
  public Quote quote(int page, int offset) {
    return quotes.stream().filter(q -> q.page() == page && q.offset() == offset).findFirst().orElse(null);
  }

  /** The list entry with this code and id, or null. */
  public ListEntry listEntry(String listCode, String sourceId) {
    return listEntries.stream().filter(e -> java.util.Objects.equals(e.listCode(), listCode)
        && java.util.Objects.equals(e.sourceId(), sourceId)).findFirst().orElse(null);
  }

  /** The catalogue facts for this model, or null. */
  public CatalogueFacts catalogueFacts(String model) {
    return catalogue.stream().filter(c -> c.model().equals(model)).findFirst().orElse(null);
  }
}
