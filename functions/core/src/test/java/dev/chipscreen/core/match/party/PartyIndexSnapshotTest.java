package dev.chipscreen.core.match.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.testing.SharedLists;
import dev.chipscreen.core.text.FoldedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartyIndexSnapshotTest {

  /** Exact names, a typo, a name without spaces, a phrase of generic words, and a clean text. */
  private static final List<String> TEXTS = List.of(
      "Consignee: Sophgo Technologies Ltd, Beijing\nNotify: Inspur (HK) Electronics Limited, Hong Kong",
      "Buyer: SOPGHO TECHNOLOGIES LTD.\nShip to: MOORETHREADS, Beijing, China",
      "Harbin Institute of Technology\nNational University of Defense Technology (NUDT)",
      "Seller: Hyundai Merchant Marine\nConsignee: Bauhaus Office Furniture GmbH, Hamburg");

  @TempDir
  Path dir;

  @Test
  void anIndexReadBackMatchesAsTheBuiltOne() {
    PartyList lists = SharedLists.all();
    PartyIndex built = PartyIndex.build(lists);
    Path file = dir.resolve(PartyIndexSnapshot.FILE);

    PartyIndexSnapshot.write(file, PartyIndexSnapshot.fingerprint(lists), built);
    PartyIndex read = PartyIndexSnapshot.read(file, PartyIndexSnapshot.fingerprint(lists), lists);

    assertThat(read).isNotNull();
    assertThat(read.size()).isEqualTo(built.size());
    List<PartyMatcher.Match> fromBuilt = matches(built);
    assertThat(fromBuilt).hasSizeGreaterThan(3);
    assertThat(matches(read)).containsExactlyElementsOf(fromBuilt);
  }

  @Test
  void otherListsOrADamagedFileMeanABuild() throws Exception {
    PartyList lists = SharedLists.all();
    Path file = dir.resolve(PartyIndexSnapshot.FILE);
    PartyIndexSnapshot.loadOrBuild(lists, file);
    assertThat(file).isRegularFile();

    // One entry renamed: the snapshot is not for these lists.
    List<RestrictedParty> changed = new ArrayList<>(lists.parties());
    RestrictedParty first = changed.get(0);
    changed.set(0, new RestrictedParty(first.source(), first.list(), first.listCode(), first.sourceId(), first.type(),
        "Quasar Nebula Systems", List.of(), first.addresses(), first.countries(), first.programs(),
        first.federalRegister(), first.licensePolicy(), first.listVersion()));
    PartyList other = new PartyList(changed, lists.versions());
    assertThat(PartyIndexSnapshot.fingerprint(other)).isNotEqualTo(PartyIndexSnapshot.fingerprint(lists));
    // An update that changes only which aliases OFAC calls weak changes the index too.
    List<RestrictedParty> weakened = new ArrayList<>(lists.parties());
    weakened.set(0, new RestrictedParty(first.source(), first.list(), first.listCode(), first.sourceId(), first.type(),
        first.name(), first.aliases(), first.addresses(), first.countries(), first.programs(), first.federalRegister(),
        first.licensePolicy(), first.listVersion(), List.of("QNS")));
    assertThat(PartyIndexSnapshot.fingerprint(new PartyList(weakened, lists.versions())))
        .isNotEqualTo(PartyIndexSnapshot.fingerprint(lists));
    assertThat(PartyIndexSnapshot.read(file, PartyIndexSnapshot.fingerprint(other), other)).isNull();
    PartyMatcher rebuilt = new PartyMatcher(PartyIndexSnapshot.loadOrBuild(other, file));
    assertThat(rebuilt.match(FoldedText.of("Seller: Quasar Nebula Systems Ltd"))).isNotEmpty();
    assertThat(PartyIndexSnapshot.read(file, PartyIndexSnapshot.fingerprint(other), other)).isNotNull();

    // Cut short: read as absent, and built again.
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(PartyIndexSnapshot.read(file, PartyIndexSnapshot.fingerprint(other), other)).isNull();
    assertThat(new PartyMatcher(PartyIndexSnapshot.loadOrBuild(other, file))
        .match(FoldedText.of("Seller: Quasar Nebula Systems Ltd"))).isNotEmpty();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly(PartyIndexSnapshot.FILE);
    }
  }

  private static List<PartyMatcher.Match> matches(PartyIndex index) {
    PartyMatcher matcher = new PartyMatcher(index);
    List<PartyMatcher.Match> all = new ArrayList<>();
    for (String text : TEXTS) {
      for (PartyMatcher.Match m : matcher.match(FoldedText.of(text))) {
        all.add(m);
        all.addAll(m.others());
      }
    }
    return all;
  }
}
