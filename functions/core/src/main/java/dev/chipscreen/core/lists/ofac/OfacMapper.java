package dev.chipscreen.core.lists.ofac;

import dev.chipscreen.core.lists.RestrictedParty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Joins OFAC entries with their addresses and aliases into the common {@link RestrictedParty} model. */
final class OfacMapper {

  /** Non-SDN program tags and the CSL list codes they belong to. */
  private static final Map<String, String> NON_SDN_CODES = Map.of(
      "CMIC-EO13959", "CMIC", "UKRAINE-EO13662", "SSI", "NS-PLC", "PLC", "561-RELATED", "CAP");

  private OfacMapper() {
  }

  static List<RestrictedParty> toParties(List<OfacRecords.Entry> entries, List<OfacRecords.Address> addresses,
                                         List<OfacRecords.Alias> aliases, OfacReader.Layout layout,
                                         String listVersion) {
    Map<String, List<String>> addressesById = new HashMap<>();
    Map<String, List<String>> countriesById = new HashMap<>();
    for (OfacRecords.Address a : addresses) {
      StringBuilder line = new StringBuilder();
      for (String part : new String[] {a.address(), a.cityStateZip(), a.country()}) {
        if (part != null) {
          line.append(line.isEmpty() ? "" : ", ").append(part);
        }
      }
      if (!line.isEmpty()) {
        addressesById.computeIfAbsent(a.entNum(), k -> new ArrayList<>()).add(line.toString());
      }
      if (a.country() != null) {
        List<String> countries = countriesById.computeIfAbsent(a.entNum(), k -> new ArrayList<>());
        if (!countries.contains(a.country())) {
          countries.add(a.country());
        }
      }
    }
    Map<String, List<String>> aliasesById = new HashMap<>();
    for (OfacRecords.Alias a : aliases) {
      if (a.altName() != null) {
        aliasesById.computeIfAbsent(a.entNum(), k -> new ArrayList<>()).add(a.altName());
      }
    }
    List<RestrictedParty> parties = new ArrayList<>(entries.size());
    for (OfacRecords.Entry e : entries) {
      if (e.name() == null || e.entNum() == null) {
        continue;
      }
      List<String> programs = e.program() == null ? List.of()
          : List.of(e.program().replace("[", "").replace("]", "|").split("\\|\\s*"));
      programs = programs.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
      parties.add(new RestrictedParty(layout.sourceId(), layout.listName(), listCode(layout, programs), e.entNum(),
          type(e.type()), e.name(), aliasesById.getOrDefault(e.entNum(), List.of()),
          addressesById.getOrDefault(e.entNum(), List.of()), countriesById.getOrDefault(e.entNum(), List.of()),
          programs, null, null, listVersion, OfacWeakAliases.of(e.remarks())));
    }
    return parties;
  }


  private static String listCode(OfacReader.Layout layout, List<String> programs) {
    if (layout == OfacReader.SDN) {
      return layout.defaultCode();
    }
    for (String program : programs) {
      String code = NON_SDN_CODES.get(program.toUpperCase(Locale.ROOT));
      if (code != null) {
        return code;
      }
    }
    return "MBS";
  }

  private static String type(String ofacType) {
    if (ofacType == null) {
      return RestrictedParty.ENTITY;
    }
    return switch (ofacType.toLowerCase(Locale.ROOT)) {
      case "individual" -> RestrictedParty.INDIVIDUAL;
      case "vessel" -> RestrictedParty.VESSEL;
      case "aircraft" -> RestrictedParty.AIRCRAFT;
      default -> RestrictedParty.UNKNOWN;
    };
  }
}
