package dev.chipscreen.core.lists;

import dev.chipscreen.core.lists.bis.BisJsonReader;
import dev.chipscreen.core.lists.csl.CslJsonReader;
import dev.chipscreen.core.lists.csl.CslReader;
import dev.chipscreen.core.lists.ofac.OfacReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The list sources chipscreen reads, each with its reader. Adding a source is one constant and
 * one package with a reader and a mapper.
 */
public enum ListSource {
  /** trade.gov Consolidated Screening List, CSV (13 US lists in one file). */
  CSL("csl", new CslReader()),
  /** trade.gov Consolidated Screening List, JSON. */
  CSL_JSON("csl-json", new CslJsonReader()),
  /** OFAC Specially Designated Nationals, legacy CSV: sdn.csv with add.csv and alt.csv beside it. */
  OFAC_SDN("ofac-sdn", new OfacReader(OfacReader.SDN)),
  /** OFAC Consolidated (non-SDN) list, same format: cons_prim.csv with cons_add.csv and cons_alt.csv. */
  OFAC_NON_SDN("ofac-non-sdn", new OfacReader(OfacReader.NON_SDN)),
  /** BIS Entity List, Supplement No. 4 to Part 744, as JSON parsed from the eCFR. */
  BIS_ENTITY_LIST("bis-entity-list", new BisJsonReader("bis-entity-list", "EL",
      "Entity List (EL) - Bureau of Industry and Security")),
  /** BIS Military End-User List, Supplement No. 7 to Part 744. */
  BIS_MEU("bis-meu", new BisJsonReader("bis-meu", "MEU",
      "Military End User (MEU) List - Bureau of Industry and Security")),
  /** BIS Denied Persons List. */
  BIS_DPL("bis-dpl", new BisJsonReader("bis-dpl", "DPL",
      "Denied Persons List (DPL) - Bureau of Industry and Security")),
  // The lists below come in the same derived JSON layout as the BIS files, so the same reader serves.
  /** State Department nonproliferation sanctions. */
  STATE_ISN("state-nonproliferation", new BisJsonReader("state-nonproliferation", "ISN",
      "Nonproliferation Sanctions (ISN) - State Department")),
  /** State Department (DDTC) statutorily debarred parties. */
  STATE_DTC("state-debarred-statutory", new BisJsonReader("state-debarred-statutory", "DTC",
      "ITAR Debarred (DTC) - State Department")),
  /** State Department (DDTC) administratively debarred parties. */
  STATE_DTC_ADMIN("state-debarred-admin", new BisJsonReader("state-debarred-admin", "DTC",
      "ITAR Debarred (DTC) - State Department")),
  /** Treasury Non-SDN Chinese Military-Industrial Complex companies. */
  OFAC_NSCMIC("ofac-nscmic", new BisJsonReader("ofac-nscmic", "CMIC",
      "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department")),
  /** Department of Defense Section 1260H list of Chinese military companies. */
  DOW_1260H("dow-1260h", new BisJsonReader("dow-1260h", "1260H",
      "Section 1260H Chinese Military Companies - Department of Defense"));

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

    List<RestrictedParty> read(ListFile file, String listVersion) throws ListFormatException;

    /** Names of files that complete the primary one and are imported with it (none by default). */
    default List<String> companionNames() {
      return List.of();
    }
  }
}
