package dev.chipscreen.cli;

import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.core.lists.store.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chipscreen lists}: manage the restricted-party lists screened against. */
@Command(name = "lists", description = "Manage the restricted-party lists in the local list store.",
    mixinStandardHelpOptions = true,
    subcommands = {ListsCommand.Import.class, ListsCommand.Update.class, ListsCommand.Status.class})
final class ListsCommand {

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import list files (CSL CSV, BIS Entity List/MEU/DPL JSON) found below DIR, offline.")
  static final class Import implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder holding list files, e.g. ../shared/data/lists")
    Path source;

    @Option(names = "--store", paramLabel = "DIR", description = "List store folder (default: $CHIPSCREEN_HOME/lists or ~/.chipscreen/lists)")
    Path store;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      ListStore listStore = new ListStore(store != null ? store : Settings.defaultListStore(), Clock.systemUTC());
      try {
        ListStore.ImportResult result = listStore.importFrom(source);
        for (Manifest.Entry entry : result.imported()) {
          out.printf("imported %-18s %-40s %6d entries  sha256 %s%n", entry.source(), entry.file(), entry.entries(),
              entry.sha256().substring(0, 16));
        }
        if (!result.ignored().isEmpty()) {
          out.printf("ignored %d files of other formats (not read by this version): %s%n", result.ignored().size(),
              String.join(", ", result.ignored()));
        }
        out.println("list store: " + listStore.dir());
        return 0;
      } catch (ListFormatException e) {
        spec.commandLine().getErr().println("chipscreen: import failed, the store is unchanged: " + e.getMessage());
        return Main.EXIT_SOFTWARE;
      }
    }
  }

  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Download the current Consolidated Screening List, validate it and publish it to the store. "
          + "A failed refresh keeps the previous lists.")
  static final class Update implements Callable<Integer> {
    /** Environment variable that overrides the CSL download URL. */
    static final String CSL_URL_VARIABLE = "CHIPSCREEN_CSL_URL";

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "List store folder")
    Path store;

    @Option(names = "--csl-url", paramLabel = "URL",
        description = "Where to download the CSL CSV (default: $CHIPSCREEN_CSL_URL, else trade.gov)")
    java.net.URI cslUrl;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      java.net.URI url = cslUrl;
      if (url == null && System.getenv(CSL_URL_VARIABLE) != null) {
        url = java.net.URI.create(System.getenv(CSL_URL_VARIABLE));
      }
      ListStore listStore = new ListStore(store != null ? store : Settings.defaultListStore(), Clock.systemUTC());
      dev.chipscreen.core.lists.refresh.ListRefresh refresh = new dev.chipscreen.core.lists.refresh.ListRefresh(
          listStore, dev.chipscreen.core.lists.refresh.ListRefresh.defaultClient(), Clock.systemUTC());
      boolean failed = false;
      for (var outcome : refresh.refresh(java.util.List.of(dev.chipscreen.core.lists.refresh.ListRefresh.csl(url)))) {
        boolean ok = outcome.published() || outcome.message().startsWith("unchanged");
        failed |= !ok;
        (ok ? out : spec.commandLine().getErr()).printf("%s %s from %s: %s%n", ok ? "updated" : "FAILED",
            outcome.target().source().id(), outcome.target().url(), outcome.message());
      }
      return failed ? Main.EXIT_SOFTWARE : 0;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Show the lists installed in the store.")
  static final class Status implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "List store folder")
    Path store;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      ListStore listStore = new ListStore(store != null ? store : Settings.defaultListStore(), Clock.systemUTC());
      Manifest manifest = listStore.manifest();
      if (manifest.entries().isEmpty()) {
        out.println("no lists installed in " + listStore.dir() + "; run 'chipscreen lists import DIR'");
        return 0;
      }
      for (Manifest.Entry entry : manifest.entries()) {
        out.printf("%-18s %-40s %6d entries  imported %s  sha256 %s%n", entry.source(), entry.file(), entry.entries(),
            entry.importedAt(), entry.sha256());
      }
      return 0;
    }
  }
}
