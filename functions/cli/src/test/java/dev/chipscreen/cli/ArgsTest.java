package dev.chipscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

  private static final Set<String> OPTIONS = Set.of("--lists", "--format");

  @Test
  void optionsGoAnywhereAmongTheOperands_inBothSpellings() {
    Args args = Args.parse(List.of("a.pdf", "--lists", "/tmp/store", "b.pdf", "--format=json"), OPTIONS);

    assertThat(args.operands()).containsExactly("a.pdf", "b.pdf");
    assertThat(args.option("--lists")).isEqualTo("/tmp/store");
    assertThat(args.choice("--format", ScanCommand.Format.class, ScanCommand.Format.text))
        .isEqualTo(ScanCommand.Format.json);
    assertThat(args.help()).isFalse();
  }

  @Test
  void afterADoubleDashEverythingIsAnOperand() {
    Args args = Args.parse(List.of("--", "--lists", "-h"), OPTIONS);

    assertThat(args.operands()).containsExactly("--lists", "-h");
    assertThat(args.options()).isEmpty();
    assertThat(args.help()).isFalse();
  }

  @Test
  void mistakesAreUsageErrorsThatSayWhat() {
    assertThatThrownBy(() -> Args.parse(List.of("--bogus", "x"), OPTIONS)).hasMessageContaining("unknown option '--bogus'");
    assertThatThrownBy(() -> Args.parse(List.of("x", "--lists"), OPTIONS)).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> Args.parse(List.of("--lists", "a", "--lists=b"), OPTIONS)).hasMessageContaining("twice");
    assertThatThrownBy(() -> Args.parse(List.of("--format", "xml"), OPTIONS)
        .choice("--format", ScanCommand.Format.class, ScanCommand.Format.text)).hasMessageContaining("not one of text, json");
  }

  @Test
  void helpAndVersion_exitZero() {
    assertThat(CliRun.of("--version").out()).startsWith("chipscreen ");
    assertThat(CliRun.of("scan", "--help").out()).contains("Usage: chipscreen scan").contains("--fail-on");
    assertThat(CliRun.of("help", "lists").out()).contains("Usage: chipscreen lists");
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
    assertThat(CliRun.of("lists", "frob").exitCode()).isEqualTo(2);
  }
}
