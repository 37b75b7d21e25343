package dev.chipscreen.core.lists.ofac;

import dev.chipscreen.core.lists.ListFile;
import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.ListSource;
import dev.chipscreen.core.lists.RestrictedParty;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OFAC's legacy CSV files: no header, "-0-" for null, CRLF, a 0x1A byte at the end. The
 * primary file (sdn.csv, or cons_prim.csv for the non-SDN list) is joined with its add.csv and
 * alt.csv by ent_num; either companion may be missing, and the entries then lack addresses or
 * aliases rather than failing.
 */
public final class OfacReader implements ListSource.Reader {

  /** The file names of one OFAC list: primary, addresses, aliases; and the list it is. */
  public record Layout(String primary, String addresses, String aliases, String listName, String defaultCode,
                       String sourceId) {
  }

  public static final Layout SDN = new Layout("sdn.csv", "add.csv", "alt.csv",
      "Specially Designated Nationals (SDN) - Treasury Department", "SDN", "ofac-sdn");
  public static final Layout NON_SDN = new Layout("cons_prim.csv", "cons_add.csv", "cons_alt.csv",
      "Non-SDN Consolidated Sanctions List - Treasury Department", "NS", "ofac-non-sdn");

  /** Columns in sdn.csv; the reader refuses rows with fewer. */
  static final int PRIMARY_COLUMNS = 12;
  static final String NULL = "-0-";
  private static final char END_OF_FILE = 0x1A;

  private final Layout layout;

  public OfacReader(Layout layout) {
    this.layout = layout;
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    if (!file.getFileName().toString().equals(layout.primary())) {
      return false;
    }
    String first = new String(head, StandardCharsets.UTF_8);
    return !first.isEmpty() && Character.isDigit(first.charAt(0)) && first.contains(",\"");
  }

  @Override
  public List<String> companionNames() {
    return List.of(layout.addresses(), layout.aliases());
  }

  @Override
  public List<RestrictedParty> read(ListFile file, String listVersion) throws ListFormatException {
    List<OfacRecords.Entry> entries = parse(file.content(), PRIMARY_COLUMNS, r -> new OfacRecords.Entry(
        get(r, 0), get(r, 1), get(r, 2), get(r, 3), get(r, 4), get(r, 9), get(r, 11)));
    if (entries.isEmpty()) {
      throw new ListFormatException(layout.primary() + " has no rows");
    }
    byte[] add = file.companion(layout.addresses());
    byte[] alt = file.companion(layout.aliases());
    List<OfacRecords.Address> addresses = add == null ? List.of()
        : parse(add, 5, r -> new OfacRecords.Address(get(r, 0), get(r, 2), get(r, 3), get(r, 4)));
    List<OfacRecords.Alias> aliases = alt == null ? List.of()
        : parse(alt, 4, r -> new OfacRecords.Alias(get(r, 0), get(r, 2), get(r, 3)));
    return OfacMapper.toParties(entries, addresses, aliases, layout, listVersion);
  }

  private <T> List<T> parse(byte[] content, int minColumns, Function<CSVRecord, T> row) throws ListFormatException {
    String text = new String(content, StandardCharsets.UTF_8);
    int eof = text.indexOf(END_OF_FILE);
    if (eof >= 0) {
      text = text.substring(0, eof);
    }
    List<T> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      for (CSVRecord record : parser) {
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (record.size() < minColumns) {
          throw new ListFormatException("OFAC file row " + record.getRecordNumber() + " has " + record.size()
              + " columns, expected at least " + minColumns);
        }
        rows.add(row.apply(record));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new ListFormatException("OFAC file could not be parsed: " + e.getMessage(), e);
    }
    return rows;
  }

  /** The column's value, trimmed, or null for OFAC's "-0-". */
  private static String get(CSVRecord record, int column) {
    String value = record.get(column).trim();
    return value.isEmpty() || value.equals(NULL) ? null : value;
  }
}
