package dev.chipscreen.core.lists;

import java.util.Map;

/**
 * A list file as read by a source's reader: its name and bytes, and the companion files that
 * complete it (OFAC's add.csv and alt.csv beside sdn.csv), by name.
 */
public record ListFile(String name, byte[] content, Map<String, byte[]> companions) {
  public ListFile {
    companions = Map.copyOf(companions);
  }

  public static ListFile of(String name, byte[] content) {
    return new ListFile(name, content, Map.of());
  }

  /** The companion with this name, or null when it was not there. */
  public byte[] companion(String name) {
    return companions.get(name);
  }
}
