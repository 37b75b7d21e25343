package dev.chipscreen.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.chip.ChipMatcher;
import dev.chipscreen.core.match.party.PartyIndex;
import dev.chipscreen.core.match.party.PartyMatcher;
import dev.chipscreen.core.testing.TestParties;
import dev.chipscreen.core.text.FoldedText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Whatever text a document holds, the matchers return (never throw) and point inside it. */
class MatcherProperties {

  private static final ChipMatcher CHIPS = new ChipMatcher(ChipCatalogue.bundled());
  private static final PartyMatcher PARTIES = new PartyMatcher(PartyIndex.build(TestParties.of(
      TestParties.entity("EL", "Sophgo Technologies Ltd.", "Sophgo"),
      TestParties.entity("EL", "Harbin Institute of Technology"))));

  @Property(tries = 500)
  void chipMatcher_neverThrows_andStaysInBounds(@ForAll @StringLength(max = 400) String text) {
    FoldedText folded = FoldedText.of(text);
    for (ChipMatcher.Match m : CHIPS.match(folded)) {
      assertThat(m.start()).isBetween(0, m.end());
      assertThat(folded.originalSpan(m.start(), m.end())).isNotEmpty();
    }
  }

  @Property(tries = 500)
  void partyMatcher_neverThrows_andStaysInBounds(@ForAll @StringLength(max = 400) String text) {
    FoldedText folded = FoldedText.of(text + " Sophgo " + text);
    for (PartyMatcher.Match m : PARTIES.match(folded)) {
      assertThat(m.score()).isBetween(0.0, 1.0);
      assertThat(m.end()).isLessThanOrEqualTo(folded.folded().length());
    }
  }

  @Property(tries = 300)
  void folding_mapsEveryCharacterBackIntoTheOriginal(@ForAll @StringLength(max = 200) String text) {
    FoldedText folded = FoldedText.of(text);
    for (int i = 0; i <= folded.folded().length(); i++) {
      assertThat(folded.originalOffset(i)).isBetween(0, text.length());
    }
  }
}
