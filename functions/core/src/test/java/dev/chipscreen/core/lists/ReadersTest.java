package dev.chipscreen.core.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chipscreen.core.lists.csl.CslJsonReader;
import dev.chipscreen.core.lists.ofac.OfacReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readers on small files in each source's own format, written here. */
class ReadersTest {

  @Test
  void cslJson_mapsResultsLikeTheCsv() throws Exception {
    String json = """
        {"total": 1, "sources_used": [], "results": [{"id": "x1",
          "source": "Entity List (EL) - Bureau of Industry and Security", "entity_number": null, "type": null,
          "programs": [], "name": "Quantum Lattice Trading Co., Ltd.",
          "addresses": [{"address": "1 Test Road", "city": "Shenzhen", "state": null, "postal_code": "518000",
                         "country": "CN"}],
          "federal_register_notice": "90 FR 4622", "license_requirement": "For all items subject to the EAR.",
          "license_policy": "Presumption of denial.", "alt_names": ["QL Trading"]}]}""";

    List<RestrictedParty> parties = new CslJsonReader().read(ListFile.of("c.json",
        json.getBytes(StandardCharsets.UTF_8)), "v");

    assertThat(parties).singleElement().satisfies(p -> {
      assertThat(p.listCode()).isEqualTo("EL");
      assertThat(p.aliases()).containsExactly("QL Trading");
      assertThat(p.addresses()).containsExactly("1 Test Road, Shenzhen, 518000, CN");
      assertThat(p.countries()).containsExactly("CN");
    });
    assertThatThrownBy(() -> new CslJsonReader().read(ListFile.of("c.json", "{}".getBytes(StandardCharsets.UTF_8)),
        "v")).isInstanceOf(ListFormatException.class);
  }

  @Test
  void ofac_joinsAddressesAndAliases_andReadsNulls() throws Exception {
    byte[] sdn = ("101,\"QUANTUM LATTICE TRADING CO., LTD.\",-0- ,\"CHINA-EO13846] [IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,"
        + "-0- ,-0- ,-0- \r\n102,\"DOE, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a")
        .getBytes(StandardCharsets.UTF_8);
    byte[] add = "101,1,\"1 Test Road\",\"Shenzhen\",\"China\",-0- \r\n\u001a".getBytes(StandardCharsets.UTF_8);
    byte[] alt = "101,7,\"aka\",\"QL TRADING\",-0- \r\n\u001a".getBytes(StandardCharsets.UTF_8);

    List<RestrictedParty> parties = new OfacReader(OfacReader.SDN).read(
        new ListFile("sdn.csv", sdn, Map.of("add.csv", add, "alt.csv", alt)), "v");

    assertThat(parties).hasSize(2);
    assertThat(parties.get(0)).satisfies(p -> {
      assertThat(p.listCode()).isEqualTo("SDN");
      assertThat(p.sourceId()).isEqualTo("101");
      assertThat(p.type()).isEqualTo(RestrictedParty.ENTITY);
      assertThat(p.programs()).containsExactly("CHINA-EO13846", "IRAN");
      assertThat(p.aliases()).containsExactly("QL TRADING");
      assertThat(p.addresses()).containsExactly("1 Test Road, Shenzhen, China");
      assertThat(p.countries()).containsExactly("China");
    });
    assertThat(parties.get(1).type()).isEqualTo(RestrictedParty.INDIVIDUAL);
    assertThat(parties.get(1).aliases()).isEmpty();
  }
}
