package dev.chipscreen.core.report;

import java.util.Objects;

/**
 * A diversion red flag the document shows: controlled items to China, a transshipment hub on the
 * way there, a freight forwarder as consignee, payment through a third country, a value or HS code
 * that does not fit the goods, relabelling. Each says why it matters.
 *
 * @param rule        the rule that fired
 * @param explanation what the document shows and why it matters
 * @param level       the severity this red flag carries on its own
 */
public record RedFlagFinding(RedFlagRule rule, String explanation, Severity level) implements Finding {
  public RedFlagFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(level, "level");
  }

  @Override
  public Severity severity() {
    return level;
  }
}
