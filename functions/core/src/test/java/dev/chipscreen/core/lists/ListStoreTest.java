package dev.chipscreen.core.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chipscreen.core.lists.csl.CslReader;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.core.lists.store.Manifest;
import dev.chipscreen.core.testing.SharedLists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListStoreTest {

  @TempDir
  Path store;

  @Test
  void importOfTheSharedSnapshots_recordsEachSourceWithItsHashAndCount() throws Exception {
    ListStore listStore = new ListStore(store, Clock.systemUTC());

    ListStore.ImportResult result = listStore.importFrom(SharedLists.directory());

    Map<String, Integer> counts = result.imported().stream()
        .collect(Collectors.toMap(Manifest.Entry::file, Manifest.Entry::entries));
    assertThat(counts).containsEntry("csl/csl/consolidated_2022.csv", 14_160)
        .containsEntry("bis-entity-list/bis/bis_entity_list.json", 3_409)
        .containsEntry("bis-meu/bis/bis_meu.json", 70)
        .containsEntry("bis-dpl/bis/bis_dpl.json", 564)
        .containsEntry("ofac-sdn/sdn_2023-12-28/sdn.csv", 13_821)
        .containsEntry("ofac-sdn/sdn_2024-05-03/sdn.csv", 14_965)
        .containsEntry("ofac-non-sdn/ofac_nonsdn/cons_prim.csv", 442)
        .containsEntry("dow-1260h/other_us/dow_1260h.json", 80);
    assertThat(result.ignored()).contains("PROVENANCE.md", "csl/consolidated_sample_2025.csv",
        "ofac/addalt_2026/add.csv", "other_us/dhs_uflpa.json");
    assertThat(result.imported()).filteredOn(e -> e.file().equals("ofac-sdn/sdn_2023-12-28/sdn.csv")).singleElement()
        .satisfies(e -> assertThat(e.companions()).containsOnlyKeys("add.csv", "alt.csv"));
    Manifest.Entry el = result.imported().stream().filter(e -> e.source().equals("bis-entity-list")).findFirst()
        .orElseThrow();
    assertThat(el.sha256()).isEqualTo(Hashes.sha256(
        Files.readAllBytes(SharedLists.directory().resolve("bis/bis_entity_list.json"))));

    PartyList loaded = listStore.load();
    assertThat(loaded.versions()).hasSize(result.imported().size());
    // The two SDN snapshots share most entries: each appears once, with the fuller record.
    assertThat(loaded.parties().stream().filter(p -> p.listCode().equals("SDN") && p.source().equals("ofac-sdn"))
        .count()).isBetween(14_965L, 13_821L + 14_965L - 1);
    assertThat(loaded.parties()).anySatisfy(p -> {
      assertThat(p.source()).isEqualTo("ofac-sdn");
      assertThat(p.name()).isEqualTo("BANCO NACIONAL DE CUBA");
      assertThat(p.aliases()).contains("NATIONAL BANK OF CUBA");
      assertThat(p.addresses()).anySatisfy(a -> assertThat(a).contains("Zurich"));
    });
    assertThat(loaded.parties()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Sophgo Technologies Ltd.");
      assertThat(p.aliases()).contains("Sophgo");
      assertThat(p.listCode()).isEqualTo("EL");
      assertThat(p.listVersion()).isEqualTo(el.sha256());
    });
  }

  @Test
  void theSecondLoadReadsTheSnapshot_andAStaleOrDamagedOneIsIgnored() throws Exception {
    ListStore listStore = new ListStore(SharedLists.store(), Clock.systemUTC());
    PartyList parsed = listStore.load();
    Path snapshot = SharedLists.store().resolve(".snapshot.bin");
    assertThat(snapshot).exists();

    PartyList fromSnapshot = listStore.load();
    assertThat(fromSnapshot).isEqualTo(parsed);
    assertThat(fromSnapshot.parties()).hasSizeGreaterThan(30_000);

    byte[] good = Files.readAllBytes(snapshot);
    try {
      Files.write(snapshot, java.util.Arrays.copyOf(good, good.length / 2));
      assertThat(listStore.load()).isEqualTo(parsed);
    } finally {
      Files.write(snapshot, good);
    }
  }

  @Test
  void aFileChangedAfterASnapshot_isStillRefused() throws Exception {
    Path lists = Files.createDirectories(store.resolve("in"));
    Files.writeString(lists.resolve("csl.csv"), CSL_HEADER + "\n" + CSL_ROW + "\n");
    ListStore listStore = new ListStore(store.resolve("store"), Clock.systemUTC());
    listStore.importFrom(lists);
    assertThat(listStore.load().parties()).hasSize(1);
    assertThat(store.resolve("store/.snapshot.bin")).exists();

    Path file = store.resolve("store/csl/in/csl.csv");
    Files.writeString(file, CSL_HEADER + "\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));

    assertThatThrownBy(listStore::load).isInstanceOf(ListFormatException.class).hasMessageContaining("changed");
  }

  @Test
  void aFileChangedAfterImport_isRefused() throws Exception {
    Path lists = Files.createDirectories(store.resolve("in"));
    Files.writeString(lists.resolve("csl.csv"), CSL_HEADER + "\n" + CSL_ROW + "\n");
    ListStore listStore = new ListStore(store.resolve("store"), Clock.systemUTC());
    listStore.importFrom(lists);

    Files.writeString(store.resolve("store/csl/in/csl.csv"), CSL_HEADER + "\n", StandardCharsets.UTF_8);

    assertThatThrownBy(listStore::load).isInstanceOf(ListFormatException.class).hasMessageContaining("changed");
  }

  @Test
  void aBadImport_leavesThePreviousListsInPlace() throws Exception {
    Path good = Files.createDirectories(store.resolve("good"));
    Files.writeString(good.resolve("csl.csv"), CSL_HEADER + "\n" + CSL_ROW + "\n");
    Path bad = Files.createDirectories(store.resolve("bad"));
    Files.writeString(bad.resolve("csl.csv"), CSL_HEADER + "\n");
    ListStore listStore = new ListStore(store.resolve("store"), Clock.systemUTC());
    listStore.importFrom(good);

    assertThatThrownBy(() -> listStore.importFrom(bad)).isInstanceOf(ListFormatException.class)
        .hasMessageContaining("no rows");

    assertThat(listStore.load().parties()).singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("Quantum Lattice Trading Co., Ltd."));
  }

  @Test
  void cslRows_mapToTheCommonModel() throws Exception {
    List<RestrictedParty> parties = new CslReader().read(ListFile.of("csl.csv",
        (CSL_HEADER + "\n" + CSL_ROW + "\n").getBytes(StandardCharsets.UTF_8)), "v1");

    assertThat(parties).singleElement().satisfies(p -> {
      assertThat(p.listCode()).isEqualTo("EL");
      assertThat(p.aliases()).containsExactly("QL Trading", "Quantum Lattice HK");
      assertThat(p.countries()).containsExactly("CN", "HK");
      assertThat(p.federalRegister()).isEqualTo("90 FR 4622");
      assertThat(p.listVersion()).isEqualTo("v1");
    });
  }

  private static final String CSL_HEADER = "_id,source,entity_number,type,programs,name,title,addresses,"
      + "federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,"
      + "vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,"
      + "alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids";
  private static final String CSL_ROW = "abc123,Entity List (EL) - Bureau of Industry and Security,,,,"
      + "\"Quantum Lattice Trading Co., Ltd.\",,\"1 Test Road, Shenzhen, CN; 2 Queen's Road, Hong Kong, HK\","
      + "90 FR 4622,2025-01-16,,,For all items subject to the EAR.,Presumption of denial.,,,,,,,,"
      + "http://example,QL Trading; and Quantum Lattice HK,,,,,http://example,";
}
