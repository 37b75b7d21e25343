package dev.chipscreen.core.match.party;

import dev.chipscreen.core.document.PartyRoles;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a page names its parties: after a party label ("Consignee:", "SOLD TO", "发货人"), or in
 * a party field that the document reader found (shipper, consignee, notify party, buyer, seller,
 * forwarder, bank, end user...). A weak name, one that rests on an ordinary word or a short
 * acronym ("Code", "Class", "PKGS"), is a candidate only in such a place or written as a firm's
 * name (followed by a legal form): anywhere else it is the word, not the party.
 */
public final class PartySlots {

  /** No party fields known: only labels on the page itself say where parties stand. */
  public static final PartySlots LABELS_ONLY = new PartySlots(List.of());

  private final List<List<String>> names;

  private PartySlots(List<List<String>> names) {
    this.names = names;
  }

  /** The party names a reader found on the page, as written. */
  public static PartySlots of(List<String> partyNames) {
    List<List<String>> names = new ArrayList<>(partyNames.size());
    for (String name : partyNames) {
      List<String> tokens = NameNormalizer.tokens(name);
      if (!tokens.isEmpty()) {
        names.add(tokens);
      }
    }
    return new PartySlots(List.copyOf(names));
  }

  private static List<String> withoutPlaces(List<String> tokens) {
    return tokens.stream().filter(t -> !NameNormalizer.isPlace(t)).toList();
  }

  /** True when the folded text's {@code [start, end)} stands where the page names a party. */
  boolean holds(String folded, int start, int end) {
    if (PartyRoles.fieldAt(folded, start) != null) {
      return true;
    }
    List<String> written = NameNormalizer.tokens(folded.substring(start, end));
    if (written.isEmpty()) {
      return false;
    }
    // The field holds this name and nothing else ("HS Code" in a misread header row is not "Code").
    List<String> bare = withoutPlaces(written);
    for (List<String> name : names) {
      if (name.equals(written) || withoutPlaces(name).equals(bare)) {
        return true;
      }
    }
    return false;
  }
}
