package dev.chipscreen.core.lists;

import dev.chipscreen.core.report.ListVersion;
import java.util.List;

/**
 * The restricted parties screened against, with the versions of the files they came from.
 * Empty when no lists are installed: chips are still screened, and reports say so.
 */
public record PartyList(List<RestrictedParty> parties, List<ListVersion> versions) {
  public static final PartyList EMPTY = new PartyList(List.of(), List.of());

  public PartyList {
    parties = List.copyOf(parties);
    versions = List.copyOf(versions);
  }

  public boolean isEmpty() {
    return parties.isEmpty();
  }
}
