package dev.chipscreen.core.lists;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a restricted-party list, in the model shared by every source.
 *
 * @param source          the list source id this entry was read from, e.g. "csl", "bis-entity-list"
 * @param list            the list's full name, e.g. "Entity List (EL) - Bureau of Industry and Security"
 * @param listCode        short list code: EL, MEU, UVL, DPL, SDN, SSI, ISN, DTC, CMIC, CAP, PLC, MBS, FSE
 * @param sourceId        the entry's id in its source file (or a stable hash of its name where the file has none)
 * @param type            ENTITY, INDIVIDUAL, VESSEL, AIRCRAFT or UNKNOWN
 * @param name            the name exactly as the list writes it
 * @param aliases         other names the list gives (a.k.a., f.k.a.)
 * @param addresses       addresses as the list writes them
 * @param countries       countries of the addresses (ISO-2 codes or names, as the source gives)
 * @param programs        sanction programs or legal bases
 * @param federalRegister Federal Register citation of the listing, or null
 * @param licensePolicy   licence requirement and review policy, or null
 * @param listVersion     hex SHA-256 of the source file the entry came from
 * @param weakAliases     aliases the list itself calls weak (OFAC's single-quoted a.k.a.s: nicknames,
 *                        unusually common acronyms, short strings); screened only to confirm a hit
 *                        made on other information (OFAC FAQ 122)
 */
public record RestrictedParty(String source, String list, String listCode, String sourceId, String type,
                              String name, List<String> aliases, List<String> addresses, List<String> countries,
                              List<String> programs, String federalRegister, String licensePolicy,
                              String listVersion, List<String> weakAliases) {

  /** An entry whose list marks no alias weak. */
  public RestrictedParty(String source, String list, String listCode, String sourceId, String type, String name,
                         List<String> aliases, List<String> addresses, List<String> countries, List<String> programs,
                         String federalRegister, String licensePolicy, String listVersion) {
    this(source, list, listCode, sourceId, type, name, aliases, addresses, countries, programs, federalRegister,
        licensePolicy, listVersion, List.of());
  }

  public RestrictedParty {
    weakAliases = List.copyOf(weakAliases);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(listCode, "listCode");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    addresses = List.copyOf(addresses);
    countries = List.copyOf(countries);
    programs = List.copyOf(programs);
  }

  public static final String ENTITY = "ENTITY";
  public static final String INDIVIDUAL = "INDIVIDUAL";
  public static final String VESSEL = "VESSEL";
  public static final String AIRCRAFT = "AIRCRAFT";
  public static final String UNKNOWN = "UNKNOWN";
}
