package dev.chipscreen.core.lists.bis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The BIS list JSON as written, field for field.
 *
 * @param listId    list_id: "bis-entity-list", "bis-meu" or "bis-dpl"
 * @param extracted extracted: the date the eCFR text was parsed
 * @param count     count: entries the file claims to hold
 * @param entities  entities
 */
public record BisListFile(@JsonProperty("list_id") String listId, @JsonProperty("extracted") String extracted,
                          @JsonProperty("count") int count, @JsonProperty("entities") List<Entity> entities) {

  /**
   * One entry.
   *
   * @param name            name, as the list writes it
   * @param aliases         aliases
   * @param country         country: the list's destination heading (Hong Kong entries are under China)
   * @param address         address: free text, several joined with "; and"
   * @param federalRegister federal_register: the FR citation(s)
   * @param notes           notes: the licence requirement text
   * @param effectiveDate   effective_date (DPL only)
   */
  public record Entity(@JsonProperty("name") String name, @JsonProperty("aliases") List<String> aliases,
                       @JsonProperty("country") String country, @JsonProperty("address") String address,
                       @JsonProperty("federal_register") String federalRegister, @JsonProperty("notes") String notes,
                       @JsonProperty("effective_date") String effectiveDate) {
  }
}
