package dev.chipscreen.core.match.chip;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chipscreen.core.report.ControlStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue of controlled chips, kept as reviewable data ({@code catalogue.json} beside this
 * class). Users extend or override it without rebuilding: a file with the same layout is merged
 * over the bundled one, entry by model name, and validated on load.
 */
public final class ChipCatalogue {

  private static final String BUNDLED = "catalogue.json";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** The file layout. */
  record CatalogueFile(String catalogueVersion, String description, List<CatalogueEntry> entries) {
  }

  private final String version;
  private final List<CatalogueEntry> entries;

  private ChipCatalogue(String version, List<CatalogueEntry> entries) {
    this.version = version;
    this.entries = List.copyOf(entries);
  }

  /** The catalogue shipped in the jar. */
  public static ChipCatalogue bundled() {
    try (InputStream in = ChipCatalogue.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED + " is missing from the classpath");
      }
      return load(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CatalogueException e) {
      throw new IllegalStateException("the bundled catalogue is invalid: " + e.getMessage(), e);
    }
  }

  /** Parses and validates a catalogue file; {@code origin} names it in error messages. */
  public static ChipCatalogue load(InputStream in, String origin) throws CatalogueException {
    CatalogueFile file;
    try {
      com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(in);
      checkStatuses(tree, origin);
      file = MAPPER.treeToValue(tree, CatalogueFile.class);
    } catch (IOException e) {
      throw new CatalogueException(origin + ": not a valid catalogue file: " + e.getMessage(), e);
    }
    if (file == null || file.entries() == null || file.entries().isEmpty()) {
      throw new CatalogueException(origin + ": no entries");
    }
    if (file.catalogueVersion() == null || file.catalogueVersion().isBlank()) {
      throw new CatalogueException(origin + ": catalogueVersion is missing");
    }
    ChipCatalogue catalogue = new ChipCatalogue(file.catalogueVersion(), file.entries());
    catalogue.validate(origin);
    return catalogue;
  }

  /** Names the entry whose control status is unknown, which the enum's own parse error would not. */
  private static void checkStatuses(com.fasterxml.jackson.databind.JsonNode tree, String origin)
      throws CatalogueException {
    com.fasterxml.jackson.databind.JsonNode entries = tree == null ? null : tree.get("entries");
    if (entries == null || !entries.isArray()) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      com.fasterxml.jackson.databind.JsonNode status = entries.get(i).get("controlStatus");
      if (status == null || status.isNull()) {
        continue;
      }
      boolean known = java.util.Arrays.stream(ControlStatus.values()).anyMatch(v -> v.name().equals(status.asText()));
      com.fasterxml.jackson.databind.JsonNode model = entries.get(i).get("model");
      require(known, origin + ": entry " + (i + 1) + (model == null ? "" : " (" + model.asText() + ")")
          + ": controlStatus must be one of " + java.util.Arrays.toString(ControlStatus.values()) + ", was "
          + status.asText());
    }
  }

  /** This catalogue with {@code overrides} merged over it: same model name replaces, new names add. */
  public ChipCatalogue mergedWith(ChipCatalogue overrides, String origin) throws CatalogueException {
    Map<String, CatalogueEntry> byModel = new LinkedHashMap<>();
    for (CatalogueEntry entry : entries) {
      byModel.put(entry.model(), entry);
    }
    for (CatalogueEntry entry : overrides.entries) {
      byModel.put(entry.model(), entry);
    }
    ChipCatalogue merged = new ChipCatalogue(version + "+" + overrides.version, new ArrayList<>(byModel.values()));
    merged.validate(origin);
    return merged;
  }

  private void validate(String origin) throws CatalogueException {
    Map<String, String> modelByAlias = new HashMap<>();
    Set<String> models = new java.util.HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      CatalogueEntry e = entries.get(i);
      String where = origin + ": entry " + (i + 1) + (e.model() == null ? "" : " (" + e.model() + ")");
      require(e.model() != null && !e.model().isBlank(), where + ": model is missing");
      require(models.add(e.model()), where + ": model appears twice");
      require(e.vendor() != null && !e.vendor().isBlank(), where + ": vendor is missing");
      require(e.family() != null && !e.family().isBlank(), where + ": family is missing");
      require(e.controlStatus() != null, where + ": controlStatus must be one of "
          + java.util.Arrays.toString(ControlStatus.values()) + ", was missing");
      require(e.basis() != null && !e.basis().isBlank(), where + ": basis (rule and date) is missing");
      require(!e.aliases().isEmpty() || !e.contextAliases().isEmpty() || !e.partNumbers().isEmpty(),
          where + ": needs at least one alias, context alias or part number");
      List<String> names = new ArrayList<>(e.aliases());
      names.addAll(e.contextAliases());
      names.addAll(e.partNumbers());
      for (String name : names) {
        String key = AliasKey.of(name);
        require(!key.isEmpty(), where + ": alias '" + name + "' has no letters or digits");
        String previous = modelByAlias.putIfAbsent(key, e.model());
        require(previous == null || previous.equals(e.model()),
            where + ": alias '" + name + "' is also an alias of " + previous);
      }
    }
    for (CatalogueEntry e : entries) {
      for (Map.Entry<String, String> hint : e.variantHints().entrySet()) {
        require(models.contains(hint.getValue()), origin + ": " + e.model() + ": variant hint " + hint.getKey()
            + " names an unknown model " + hint.getValue());
      }
    }
  }

  private static void require(boolean condition, String message) throws CatalogueException {
    if (!condition) {
      throw new CatalogueException(message);
    }
  }

  public String version() {
    return version;
  }

  public List<CatalogueEntry> entries() {
    return entries;
  }

  public CatalogueEntry byModel(String model) {
    for (CatalogueEntry e : entries) {
      if (e.model().equals(model)) {
        return e;
      }
    }
    return null;
  }
}
