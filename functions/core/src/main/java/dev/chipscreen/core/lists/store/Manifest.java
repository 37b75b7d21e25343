package dev.chipscreen.core.lists.store;

import java.util.List;

/** The list store's table of contents. */
public record Manifest(List<Entry> entries) {
  public Manifest {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  /**
   * One imported file.
   *
   * @param source     the list source id
   * @param file       path of the file inside the store
   * @param sha256     hex SHA-256 of the file: the list version
   * @param entries    entries parsed from it
   * @param importedAt ISO-8601 instant of the import
   * @param companions files imported with this one (OFAC add.csv, alt.csv), by name, with their SHA-256
   */
  public record Entry(String source, String file, String sha256, int entries, String importedAt,
                      java.util.Map<String, String> companions) {
    public Entry {
      companions = companions == null ? java.util.Map.of() : java.util.Map.copyOf(companions);
    }
  }
}
