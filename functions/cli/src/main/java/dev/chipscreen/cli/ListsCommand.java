package dev.chipscreen.cli;

import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.refresh.ListRefresh;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.core.lists.store.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** {@code chipscreen lists}: manage the restricted-party lists screened against. */
final class ListsCommand {

  /** Environment variable that overrides the CSL download URL. */
  static final String CSL_URL_VARIABLE = "CHIPSCREEN_CSL_URL";

  static final String USAGE = """
      Usage: chipscreen lists COMMAND [OPTIONS]
      Manage the restricted-party lists in the local list store.
        import DIR [--store DIR]      Import list files (CSL CSV, BIS Entity List/MEU/DPL JSON, OFAC,
                                      State) found below DIR, offline.
        update [--store DIR] [--csl-url URL]
                                      Download the current Consolidated Screening List (default
                                      $CHIPSCREEN_CSL_URL, else trade.gov), validate it and publish
                                      it to the store. A failed refresh keeps the previous lists.
        status [--store DIR]          Show the lists installed in the store.
      --store DIR: list store folder (default: $CHIPSCREEN_HOME/lists or ~/.chipscreen/lists)
      """;

  private ListsCommand() {
  }

  static int run(List<String> arguments, PrintWriter out, PrintWriter err) throws IOException {
    if (arguments.isEmpty() || arguments.get(0).equals("-h") || arguments.get(0).equals("--help")) {
      return arguments.isEmpty() ? usage(err) : Main.print(out, USAGE);
    }
    String command = arguments.get(0);
    Args args = Args.parse(arguments.subList(1, arguments.size()),
        command.equals("update") ? Set.of("--store", "--csl-url") : Set.of("--store"));
    if (args.help()) {
      return Main.print(out, USAGE);
    }
    ListStore store = new ListStore(args.path("--store") != null ? args.path("--store") : Settings.defaultListStore(),
        Clock.systemUTC());
    return switch (command) {
      case "import" -> {
        if (args.operands().size() != 1) {
          throw new Args.UsageException("lists import takes one DIR, the folder holding the list files");
        }
        yield importFrom(store, Args.toPath(args.operands().get(0), "lists import: "), out, err);
      }
      case "update" -> {
        noOperands(args, command);
        String url = args.option("--csl-url") != null ? args.option("--csl-url") : System.getenv(CSL_URL_VARIABLE);
        yield update(store, url == null ? null : URI.create(url), out, err);
      }
      case "status" -> {
        noOperands(args, command);
        yield status(store, out);
      }
      default -> throw new Args.UsageException("no command 'lists " + command + "' (import, update, status)");
    };
  }

  private static int usage(PrintWriter err) {
    err.print(USAGE);
    return Main.EXIT_USAGE;
  }

  private static void noOperands(Args args, String command) {
    if (!args.operands().isEmpty()) {
      throw new Args.UsageException("lists " + command + " takes no operand: " + args.operands().get(0));
    }
  }

  private static int importFrom(ListStore store, Path source, PrintWriter out, PrintWriter err) throws IOException {
    try {
      ListStore.ImportResult result = store.importFrom(source);
      for (Manifest.Entry entry : result.imported()) {
        out.printf("imported %-18s %-40s %6d entries  sha256 %s%n", entry.source(), entry.file(), entry.entries(),
            entry.sha256().substring(0, 16));
      }
      if (!result.ignored().isEmpty()) {
        out.printf("ignored %d files of other formats (not read by this version): %s%n", result.ignored().size(),
            String.join(", ", result.ignored()));
      }
      out.println("list store: " + store.dir());
      return 0;
    } catch (ListFormatException e) {
      err.println("chipscreen: import failed, the store is unchanged: " + e.getMessage());
      return Main.EXIT_SOFTWARE;
    }
  }

  private static int update(ListStore store, URI url, PrintWriter out, PrintWriter err) throws IOException {
    ListRefresh refresh = new ListRefresh(store, ListRefresh.defaultClient(), Clock.systemUTC());
    boolean failed = false;
    for (var outcome : refresh.refresh(List.of(ListRefresh.csl(url)))) {
      boolean ok = outcome.published() || outcome.message().startsWith("unchanged");
      failed |= !ok;
      (ok ? out : err).printf("%s %s from %s: %s%n", ok ? "updated" : "FAILED", outcome.target().source().id(),
          outcome.target().url(), outcome.message());
    }
    return failed ? Main.EXIT_SOFTWARE : 0;
  }

  private static int status(ListStore store, PrintWriter out) throws IOException {
    Manifest manifest = store.manifest();
    if (manifest.entries().isEmpty()) {
      out.println("no lists installed in " + store.dir() + "; run 'chipscreen lists import DIR'");
      return 0;
    }
    for (Manifest.Entry entry : manifest.entries()) {
      out.printf("%-18s %-40s %6d entries  imported %s  sha256 %s%n", entry.source(), entry.file(), entry.entries(),
          entry.importedAt(), entry.sha256());
    }
    return 0;
  }
}
