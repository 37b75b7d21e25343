package dev.chipscreen.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: options ({@code --name value} or {@code --name=value}, in any order
 * among the operands), the help and version flags, and the operands. Written out rather than
 * taken from an argument library: the CLI's start-up time is a feature, and the library's
 * reflection over annotations and its old class files (never kept in the AOT cache) were a
 * quarter of a one-page run.
 */
record Args(Map<String, String> options, List<String> operands, boolean help) {

  /** A usage error: the message is printed with a pointer to the command's help, exit code 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Parses {@code args} for a command taking the options named in {@code valueOptions}. */
  static Args parse(List<String> args, Set<String> valueOptions) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> operands = new ArrayList<>();
    boolean help = false;
    boolean onlyOperands = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (onlyOperands || !arg.startsWith("-") || arg.equals("-")) {
        operands.add(arg);
      } else if (arg.equals("--")) {
        onlyOperands = true;
      } else if (arg.equals("-h") || arg.equals("--help")) {
        help = true;
      } else {
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        if (!valueOptions.contains(name)) {
          throw new UsageException("unknown option '" + name + "'");
        }
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("option '" + name + "' needs a value");
        }
        if (options.put(name, value) != null) {
          throw new UsageException("option '" + name + "' given twice");
        }
      }
    }
    return new Args(options, operands, help);
  }

  String option(String name) {
    return options.get(name);
  }

  /** The option's value as a path, or null when it is not given. */
  java.nio.file.Path path(String name) {
    String value = options.get(name);
    return value == null ? null : toPath(value, name + ": ");
  }

  /** {@code value} as a path; a usage error (prefixed with {@code what}) when it cannot be one. */
  static java.nio.file.Path toPath(String value, String what) {
    try {
      return java.nio.file.Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UsageException(what + "not a path: " + value);
    }
  }

  /** The option's value as one of {@code choices} (any case), or {@code fallback} when it is not given. */
  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    throw new UsageException(name + ": '" + value + "' is not one of " + String.join(", ", names));
  }

  /** The option's value as a whole number, or null when it is not given. */
  Integer integer(String name) {
    String value = options.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new UsageException(name + ": '" + value + "' is not a whole number");
    }
  }
}
