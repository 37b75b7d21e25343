package dev.chipscreen.functions.notify;

import dev.chipscreen.core.report.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who receives alerts of each severity. Configured per severity (RECIPIENTS_CRITICAL, ...,
 * RECIPIENTS_MEDIUM); an alert goes to the recipients of its severity and of every lower one,
 * so the people who want MEDIUM alerts also get the CRITICAL ones.
 */
public record Recipients(Map<Severity, List<String>> bySeverity) {

  public static Recipients fromEnvironment(Map<String, String> env) {
    Map<Severity, List<String>> map = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      String value = env.get("RECIPIENTS_" + severity.name());
      if (value != null && !value.isBlank()) {
        List<String> addresses = new ArrayList<>();
        for (String address : value.split(",")) {
          if (!address.isBlank()) {
            addresses.add(address.trim());
          }
        }
        map.put(severity, List.copyOf(addresses));
      }
    }
    return new Recipients(map);
  }

  public List<String> forSeverity(Severity severity) {
    List<String> to = new ArrayList<>();
    for (Map.Entry<Severity, List<String>> entry : bySeverity.entrySet()) {
      if (severity.atLeast(entry.getKey())) {
        for (String address : entry.getValue()) {
          if (!to.contains(address)) {
            to.add(address);
          }
        }
      }
    }
    return to;
  }
}
