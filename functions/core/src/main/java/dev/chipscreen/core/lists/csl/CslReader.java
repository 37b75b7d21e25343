package dev.chipscreen.core.lists.csl;

import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.ListSource;
import dev.chipscreen.core.lists.RestrictedParty;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the Consolidated Screening List CSV (RFC 4180, UTF-8, with a header row). */
public final class CslReader implements ListSource.Reader {

  /** Columns the reader needs; a file without them is not a CSL file. */
  static final Set<String> REQUIRED_COLUMNS = Set.of("_id", "source", "name", "addresses", "alt_names");

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString();
    String first = new String(head, StandardCharsets.UTF_8);
    return name.endsWith(".csv") && first.startsWith("_id,source,") || first.startsWith("\"_id\",\"source\",");
  }

  public List<CslRecord> readRecords(byte[] content) throws ListFormatException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<CslRecord> records = new ArrayList<>();
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      if (!header.containsAll(REQUIRED_COLUMNS)) {
        throw new ListFormatException("not a CSL file: the header lacks one of " + REQUIRED_COLUMNS + ": " + header);
      }
      for (CSVRecord row : parser) {
        records.add(new CslRecord(get(row, "_id"), get(row, "source"), get(row, "entity_number"), get(row, "type"),
            get(row, "programs"), get(row, "name"), get(row, "addresses"), get(row, "federal_register_notice"),
            get(row, "license_requirement"), get(row, "license_policy"), get(row, "alt_names")));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new ListFormatException("the CSL file could not be parsed: " + e.getMessage(), e);
    }
    if (records.isEmpty()) {
      throw new ListFormatException("the CSL file has no rows");
    }
    return records;
  }

  @Override
  public List<RestrictedParty> read(dev.chipscreen.core.lists.ListFile file, String listVersion)
      throws ListFormatException {
    return CslMapper.toParties(readRecords(file.content()), listVersion);
  }

  private static String get(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column).trim() : "";
  }
}
