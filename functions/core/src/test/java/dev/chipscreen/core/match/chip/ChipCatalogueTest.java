package dev.chipscreen.core.match.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChipCatalogueTest {

  private static ChipCatalogue load(String json) throws CatalogueException {
    return ChipCatalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  private static String entry(String model, String alias, String status) {
    return "{\"model\":\"" + model + "\",\"vendor\":\"ACME\",\"family\":\"X\",\"kind\":\"ACCELERATOR\","
        + "\"aliases\":[\"" + alias + "\"],\"eccn\":\"3A090.a\",\"controlStatus\":\"" + status + "\","
        + "\"basis\":\"test rule, 2026\"}";
  }

  @Test
  void bundledCatalogue_isValidAndCitesItsSources() {
    ChipCatalogue catalogue = ChipCatalogue.bundled();

    assertThat(catalogue.entries()).hasSizeGreaterThan(50);
    assertThat(catalogue.entries()).allSatisfy(e -> {
      assertThat(e.sources()).isNotEmpty();
      assertThat(e.basis()).isNotBlank();
    });
    assertThat(catalogue.byModel("NVIDIA H100 SXM5").partNumbers()).contains("935-24287-0000-000");
  }

  @Test
  void userFile_extendsAndOverridesTheBundledCatalogue() throws Exception {
    ChipCatalogue user = load("{\"catalogueVersion\":\"site-1\",\"entries\":[" + entry("ACME Z9 Accelerator",
        "ACME Z9", "CONTROLLED") + "," + entry("NVIDIA L20", "NVIDIA L20", "UNVERIFIED") + "]}");

    ChipCatalogue merged = ChipCatalogue.bundled().mergedWith(user, "site.json");

    assertThat(merged.byModel("ACME Z9 Accelerator")).isNotNull();
    assertThat(merged.byModel("NVIDIA L20").controlStatus()).isEqualTo(dev.chipscreen.core.report.ControlStatus.UNVERIFIED);
    assertThat(merged.version()).endsWith("+site-1");
    assertThat(new ChipMatcher(merged).match(dev.chipscreen.core.text.FoldedText.of("2 x ACME Z9"))).hasSize(1);
  }

  @Test
  void invalidFiles_failWithAClearMessage() {
    assertThatThrownBy(() -> load("{\"catalogueVersion\":\"1\",\"entries\":[" + entry("A", "A1", "BANNED") + "]}"))
        .hasMessageContaining("entry 1 (A)").hasMessageContaining("controlStatus");
    assertThatThrownBy(() -> load("{\"catalogueVersion\":\"1\",\"entries\":[" + entry("A", "Z 9", "CONTROLLED") + ","
        + entry("B", "Z-9", "CONTROLLED") + "]}")).hasMessageContaining("'Z-9' is also an alias of A");
    assertThatThrownBy(() -> load("{\"catalogueVersion\":\"1\",\"entries\":[]}")).hasMessageContaining("no entries");
    assertThatThrownBy(() -> load("{\"catalogueVersion\":\"1\",\"entries\":[{\"model\":\"A\",\"colour\":1}]}"))
        .hasMessageContaining("test.json");
    assertThatThrownBy(() -> load("not json")).hasMessageContaining("not a valid catalogue file");
  }

  @Test
  void ocrCompatibility_allowsOnlyLettersReadForDigits() {
    assertThat(AliasKey.ocrCompatible("H1OO", "H100")).isTrue();
    assertThat(AliasKey.ocrCompatible("HIOO", "H100")).isTrue();
    assertThat(AliasKey.ocrCompatible("8200", "B200")).isFalse();
    assertThat(AliasKey.ocrCompatible("H1O0", "H100")).isTrue();
    assertThat(AliasKey.ocrCompatible("HX00", "H100")).isFalse();
    assertThat(AliasKey.of("h-100 sxm5")).isEqualTo("H100SXM5");
  }
}
