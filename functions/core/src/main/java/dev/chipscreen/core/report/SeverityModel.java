package dev.chipscreen.core.report;

import java.util.List;

/**
 * Combines findings into one document severity. Each finding has a severity of its own; the
 * document takes the highest, and a controlled chip together with a listed party in the same
 * document is CRITICAL: the combination the export rules exist to stop.
 */
public final class SeverityModel {

  private SeverityModel() {
  }

  public static Severity of(List<Finding> findings) {
    Severity severity = Severity.NONE;
    boolean controlledChip = false;
    boolean listedParty = false;
    for (Finding finding : findings) {
      severity = Severity.max(severity, finding.severity());
      if (finding instanceof ChipFinding chip && chip.severity() == Severity.HIGH) {
        controlledChip = true;
      }
      if (finding instanceof PartyFinding party && PartyFinding.TIER_ALERT.equals(party.tier())) {
        listedParty = true;
      }
    }
    if (controlledChip && listedParty) {
      return Severity.CRITICAL;
    }
    return severity;
  }
}
