package dev.chipscreen.core.report;

import java.util.List;

/**
 * One documented model that combines findings into a document's severity:
 * <ul>
 *   <li>each finding has its own severity and the document takes the highest: a controlled chip,
 *       an ALERT party (in any role but bank) and a transshipment or relabelling red flag are HIGH;
 *       an unreadable or partly read document, a disguised chip, a listed bank (policy), and the
 *       misdeclaration and forwarder/payment red flags around controlled goods are MEDIUM; a REVIEW
 *       party, an unverified chip and a red flag without controlled goods are LOW;</li>
 *   <li>a controlled chip together with an ALERT party in any role but bank is CRITICAL, and so is
 *       a controlled chip bound for China, Hong Kong or Macau (policy: chinaDestinationCritical).</li>
 * </ul>
 */
public final class SeverityModel {

  private SeverityModel() {
  }

  public static Severity of(List<Finding> findings) {
    return of(findings, SeverityPolicy.DEFAULTS);
  }

  public static Severity of(List<Finding> findings, SeverityPolicy policy) {
    Severity severity = Severity.NONE;
    boolean controlledChip = false;
    boolean listedParty = false;
    for (Finding finding : findings) {
      Severity own = finding.severity();
      if (finding instanceof PartyFinding party && party.tier() == PartyFinding.Tier.ALERT) {
        if (party.role() == dev.chipscreen.core.document.PartyRole.BANK) {
          own = policy.listedBankSeverity();
        } else {
          listedParty = true;
        }
      }
      if (finding instanceof RedFlagFinding flag && flag.rule() == RedFlagRule.CHINA_DESTINATION
          && !policy.chinaDestinationCritical()) {
        own = Severity.HIGH;
      }
      severity = Severity.max(severity, own);
      if (finding instanceof ChipFinding chip && chip.controlled()) {
        controlledChip = true;
      }
    }
    if (controlledChip && listedParty) {
      return Severity.CRITICAL;
    }
    return severity;
  }
}
