package dev.chipscreen.core.lists;

import dev.chipscreen.core.lists.bis.BisJsonReader;
import dev.chipscreen.core.lists.csl.CslReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The list sources chipscreen reads, each with its reader. Adding a source is one constant and
 * one package with a reader and a mapper.
 */
public enum ListSource {
  /** trade.gov Consolidated Screening List, CSV (13 US lists in one file). */
  CSL("csl", new CslReader()),
  /** BIS Entity List, Supplement No. 4 to Part 744, as JSON parsed from the eCFR. */
  BIS_ENTITY_LIST("bis-entity-list", new BisJsonReader("bis-entity-list", "EL",
      "Entity List (EL) - Bureau of Industry and Security")),
  /** BIS Military End-User List, Supplement No. 7 to Part 744. */
  BIS_MEU("bis-meu", new BisJsonReader("bis-meu", "MEU",
      "Military End User (MEU) List - Bureau of Industry and Security")),
  /** BIS Denied Persons List. */
  BIS_DPL("bis-dpl", new BisJsonReader("bis-dpl", "DPL",
      "Denied Persons List (DPL) - Bureau of Industry and Security"));

  private final String id;
  private final Reader reader;

  ListSource(String id, Reader reader) {
    this.id = id;
    this.reader = reader;
  }

  public String id() {
    return id;
  }

  public Reader reader() {
    return reader;
  }

  public static ListSource byId(String id) {
    for (ListSource source : values()) {
      if (source.id.equals(id)) {
        return source;
      }
    }
    throw new IllegalArgumentException("unknown list source '" + id + "'");
  }

  /** Reads one file of a source into the common model. */
  public interface Reader {
    /** True when the file looks like this source's format (by name and first bytes). */
    boolean accepts(Path file, byte[] head);

    List<RestrictedParty> read(byte[] content, String listVersion) throws ListFormatException;
  }
}
