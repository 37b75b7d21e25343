package dev.chipscreen.core.report;

import java.util.Locale;

/** How urgently an analyst should look at a document. Ordered: a later constant is more severe. */
public enum Severity {
  NONE, LOW, MEDIUM, HIGH, CRITICAL;

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  public static Severity max(Severity a, Severity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Parses a user-supplied name, case-insensitively, with an error that lists the choices. */
  public static Severity parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown severity '" + name + "'; expected one of NONE, LOW, MEDIUM, HIGH, CRITICAL", e);
    }
  }
}
