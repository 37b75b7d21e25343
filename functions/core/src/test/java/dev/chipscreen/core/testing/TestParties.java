package dev.chipscreen.core.testing;

import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.report.ListVersion;
import java.util.List;

/** A few list entries written by the tests themselves, for tests that must not depend on list data. */
public final class TestParties {

  private TestParties() {
  }

  public static RestrictedParty entity(String listCode, String name, String... aliases) {
    return new RestrictedParty("test", "Test list (" + listCode + ")", listCode, "T-" + Math.abs(name.hashCode()),
        RestrictedParty.ENTITY, name, List.of(aliases), List.of("1 Test Road, Shenzhen, CN"), List.of("CN"),
        List.of(), "99 FR 12345, 1/2/25", null, "0".repeat(64));
  }

  public static PartyList of(RestrictedParty... parties) {
    return new PartyList(List.of(parties), List.of(new ListVersion("test", "test.csv", "0".repeat(64), parties.length)));
  }
}
