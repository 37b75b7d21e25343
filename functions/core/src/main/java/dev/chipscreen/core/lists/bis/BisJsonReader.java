package dev.chipscreen.core.lists.bis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.ListSource;
import dev.chipscreen.core.lists.RestrictedParty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the BIS lists (Entity List, MEU, DPL) in the JSON layout parsed from the eCFR:
 * {@code {list_id, source_file, extracted, count, entities: [{name, aliases, country, address,
 * federal_register, notes, effective_date}]}}. One reader serves the three lists; each
 * instance accepts only files whose list_id is its own.
 */
public final class BisJsonReader implements ListSource.Reader {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final String listId;
  private final String listCode;
  private final String listName;

  public BisJsonReader(String listId, String listCode, String listName) {
    this.listId = listId;
    this.listCode = listCode;
    this.listName = listName;
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String start = new String(head, StandardCharsets.UTF_8).replaceAll("\\s+", "");
    return file.getFileName().toString().endsWith(".json") && start.contains("\"list_id\":\"" + listId + "\"");
  }

  public BisListFile readFile(byte[] content) throws ListFormatException {
    BisListFile file;
    try {
      file = MAPPER.readValue(content, BisListFile.class);
    } catch (IOException e) {
      throw new ListFormatException("the " + listId + " JSON could not be parsed: " + e.getMessage(), e);
    }
    if (!listId.equals(file.listId())) {
      throw new ListFormatException("expected list_id " + listId + " but the file says " + file.listId());
    }
    if (file.entities() == null || file.entities().isEmpty()) {
      throw new ListFormatException("the " + listId + " file has no entities");
    }
    return file;
  }

  @Override
  public List<RestrictedParty> read(dev.chipscreen.core.lists.ListFile file, String listVersion)
      throws ListFormatException {
    return BisMapper.toParties(readFile(file.content()), listId, listCode, listName, listVersion);
  }
}
