package dev.chipscreen.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** {@code chipscreen}: screens trade documents for controlled AI chips and restricted parties. */
public final class Main {

  static final String VERSION = "chipscreen 0.1.0";

  /** Exit code when a report reaches --fail-on. */
  static final int EXIT_FINDINGS = 1;
  /** Exit code for usage errors. */
  static final int EXIT_USAGE = 2;
  /** Exit code when the tool itself cannot run (corrupt list store, unreadable catalogue). */
  static final int EXIT_SOFTWARE = 3;

  static final String USAGE = """
      Usage: chipscreen [-hV] COMMAND
      Screens trade documents for export-controlled AI chips and restricted parties.
        -h, --help      Show this help message and exit.
        -V, --version   Print version information and exit.
      Commands:
        scan    Screen files and directories (recursively); print one report per file.
        lists   Manage the restricted-party lists in the local list store.
        help    Show the help of a command: chipscreen help scan
      """;

  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI on the process's streams and returns its exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the CLI with the given streams; the entry point for tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    List<String> argv = Arrays.asList(args);
    String command = argv.isEmpty() ? "" : argv.get(0);
    List<String> rest = argv.isEmpty() ? List.of() : argv.subList(1, argv.size());
    try {
      return switch (command) {
        case "scan" -> new ScanCommand(out, err).run(rest);
        case "lists" -> ListsCommand.run(rest, out, err);
        case "-h", "--help" -> print(out, USAGE);
        case "-V", "--version" -> print(out, VERSION);
        case "help" -> print(out, rest.isEmpty() ? USAGE : switch (rest.get(0)) {
          case "scan" -> ScanCommand.USAGE;
          case "lists" -> ListsCommand.USAGE;
          default -> throw new Args.UsageException("no command '" + rest.get(0) + "'");
        });
        case "" -> usageError(err, "a command is needed", "chipscreen --help");
        default -> usageError(err, "no command '" + command + "'", "chipscreen --help");
      };
    } catch (Args.UsageException e) {
      return usageError(err, e.getMessage(), "chipscreen " + command + " --help");
    } catch (IllegalArgumentException e) {
      err.println("chipscreen: " + e.getMessage());
      return EXIT_USAGE;
    } catch (Exception e) {
      err.println("chipscreen: " + e.getMessage());
      return EXIT_SOFTWARE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  static int print(PrintWriter out, String text) {
    out.print(text.endsWith("\n") ? text : text + "\n");
    return 0;
  }

  private static int usageError(PrintWriter err, String message, String help) {
    err.println("chipscreen: " + message + " (see '" + help + "')");
    return EXIT_USAGE;
  }
}
