package dev.chipscreen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chipscreen}: screens trade documents for controlled AI chips and restricted parties. */
@Command(name = "chipscreen", mixinStandardHelpOptions = true, version = "chipscreen 0.1.0",
    description = "Screens trade documents for export-controlled AI chips and restricted parties.",
    subcommands = {ScanCommand.class, ListsCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  /** Exit code when a report reaches --fail-on. */
  static final int EXIT_FINDINGS = 1;
  /** Exit code for usage errors (picocli's default too). */
  static final int EXIT_USAGE = 2;
  /** Exit code when the tool itself cannot run (corrupt list store, unreadable catalogue). */
  static final int EXIT_SOFTWARE = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI on the process's streams and returns its exit code. */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the CLI with the given streams; the entry point for tests. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("chipscreen: " + e.getMessage());
      return e instanceof IllegalArgumentException ? EXIT_USAGE : EXIT_SOFTWARE;
    });
    return cli.execute(args);
  }
}
