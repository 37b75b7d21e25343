package dev.chipscreen.core.lists.csl;

import dev.chipscreen.core.lists.RestrictedParty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps CSL rows into the common {@link RestrictedParty} model. */
public final class CslMapper {

  /** The short code in parentheses in the CSL "source" column: "(EL)", "(SDN)", "(NS-MBS List)". */
  private static final Pattern LIST_CODE = Pattern.compile("\\(([A-Z-]+)(?: List)?\\)");
  /** Each CSL address ends with ", CC", an ISO-2 country code. */
  private static final Pattern TRAILING_COUNTRY = Pattern.compile("(?:^|,\\s*)([A-Z]{2})\\s*$");
  private static final Pattern MULTI_VALUE_SEPARATOR = Pattern.compile(";\\s+");
  /** Alias lists in the EL often read "X; and Y". */
  private static final Pattern LEADING_AND = Pattern.compile("^(?:and|or)\\s+", Pattern.CASE_INSENSITIVE);

  private CslMapper() {
  }

  public static List<RestrictedParty> toParties(List<CslRecord> records, String listVersion) {
    List<RestrictedParty> parties = new ArrayList<>(records.size());
    for (CslRecord r : records) {
      if (r.name().isBlank() || r.source().isBlank()) {
        continue;
      }
      List<String> addresses = split(r.addresses());
      List<String> countries = new ArrayList<>();
      for (String address : addresses) {
        Matcher m = TRAILING_COUNTRY.matcher(address);
        if (m.find() && !countries.contains(m.group(1))) {
          countries.add(m.group(1));
        }
      }
      String policy = join(r.licenseRequirement(), r.licensePolicy());
      parties.add(new RestrictedParty("csl", r.source(), listCode(r.source()),
          r.entityNumber().isBlank() ? r.id() : r.entityNumber(), type(r.type()), r.name(),
          split(r.altNames()), addresses, countries, split(r.programs()),
          r.federalRegister().isBlank() ? null : r.federalRegister(), policy, listVersion));
    }
    return parties;
  }

  static String listCode(String source) {
    Matcher m = LIST_CODE.matcher(source);
    String code = m.find() ? m.group(1) : source;
    return code.startsWith("NS-MBS") ? "MBS" : code;
  }

  private static String type(String cslType) {
    return switch (cslType.toLowerCase(Locale.ROOT)) {
      case "individual" -> RestrictedParty.INDIVIDUAL;
      case "entity" -> RestrictedParty.ENTITY;
      case "vessel" -> RestrictedParty.VESSEL;
      case "aircraft" -> RestrictedParty.AIRCRAFT;
      // The BIS lists in the CSL leave the type empty; their entries are mostly firms.
      default -> RestrictedParty.UNKNOWN;
    };
  }

  private static List<String> split(String multiValue) {
    List<String> values = new ArrayList<>();
    if (multiValue.isBlank()) {
      return values;
    }
    for (String value : MULTI_VALUE_SEPARATOR.split(multiValue)) {
      String cleaned = LEADING_AND.matcher(value.trim()).replaceFirst("").trim();
      if (!cleaned.isEmpty()) {
        values.add(cleaned);
      }
    }
    return values;
  }

  private static String join(String a, String b) {
    String joined = (a + " " + b).trim();
    return joined.isEmpty() ? null : joined;
  }
}
