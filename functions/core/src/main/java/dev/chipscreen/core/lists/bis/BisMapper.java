package dev.chipscreen.core.lists.bis;

import dev.chipscreen.core.lists.Hashes;
import dev.chipscreen.core.lists.RestrictedParty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Maps BIS list JSON entries into the common {@link RestrictedParty} model. */
public final class BisMapper {

  private static final Pattern ADDRESS_SEPARATOR = Pattern.compile(";\\s*and\\s+|;\\s+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private BisMapper() {
  }

  public static List<RestrictedParty> toParties(BisListFile file, String listId, String listCode, String listName,
                                                String listVersion) {
    List<RestrictedParty> parties = new ArrayList<>(file.entities().size());
    for (BisListFile.Entity e : file.entities()) {
      if (e.name() == null || e.name().isBlank()) {
        continue;
      }
      List<String> addresses = new ArrayList<>();
      if (e.address() != null && !e.address().isBlank()) {
        for (String address : ADDRESS_SEPARATOR.split(e.address())) {
          if (!address.isBlank()) {
            addresses.add(address.trim());
          }
        }
      }
      List<String> countries = e.country() == null || e.country().isBlank() ? List.of() : List.of(e.country().trim());
      String fr = e.federalRegister() == null ? null : WHITESPACE.matcher(e.federalRegister()).replaceAll(" ").trim();
      parties.add(new RestrictedParty(listId, listName, listCode, stableId(listId, e.name()), RestrictedParty.UNKNOWN,
          e.name().trim(), e.aliases() == null ? List.of() : e.aliases(), addresses, countries, List.of(),
          fr, e.notes(), listVersion));
    }
    return parties;
  }

  /** The eCFR text gives no entry ids; a hash of the name is stable across re-parses of the same entry. */
  private static String stableId(String listId, String name) {
    return listId + ":" + Hashes.sha256(name.trim().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
  }
}
