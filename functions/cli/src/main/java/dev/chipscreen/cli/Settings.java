package dev.chipscreen.cli;

import dev.chipscreen.core.match.chip.CatalogueException;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the CLI keeps its state, and how it reads user overrides. */
final class Settings {

  /** Overrides the default home folder (~/.chipscreen). */
  static final String HOME_VARIABLE = "CHIPSCREEN_HOME";

  private Settings() {
  }

  static Path defaultListStore() {
    String home = System.getenv(HOME_VARIABLE);
    Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".chipscreen");
    return base.resolve("lists");
  }

  /** The severity policy in {@code file}, or the defaults. */
  static dev.chipscreen.core.report.SeverityPolicy policy(Path file) {
    if (file == null) {
      return dev.chipscreen.core.report.SeverityPolicy.DEFAULTS;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return dev.chipscreen.core.report.SeverityPolicy.load(in, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The allowlist in {@code file}, or an empty one. */
  static dev.chipscreen.core.match.party.Allowlist allowlist(Path file) {
    if (file == null) {
      return dev.chipscreen.core.match.party.Allowlist.EMPTY;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return dev.chipscreen.core.match.party.Allowlist.load(in, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The bundled catalogue, with the user's file merged over it when one is given. */
  static ChipCatalogue catalogue(Path overrides) {
    ChipCatalogue bundled = ChipCatalogue.bundled();
    if (overrides == null) {
      return bundled;
    }
    try (InputStream in = Files.newInputStream(overrides)) {
      return bundled.mergedWith(ChipCatalogue.load(in, overrides.toString()), overrides.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read catalogue file " + overrides + ": " + e.getMessage(), e);
    } catch (CatalogueException e) {
      throw new IllegalArgumentException("invalid catalogue: " + e.getMessage(), e);
    }
  }
}
