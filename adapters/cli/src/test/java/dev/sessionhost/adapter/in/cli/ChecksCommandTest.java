package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.in.cli.CliHarness.Run;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.wire.WireJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ChecksCommandTest {

  private static Run checks(int width, String... args) {
    List<String> all = new ArrayList<>(List.of("checks"));
    all.addAll(List.of(args));
    return new CliHarness(new ChecksCommand(Catalogues.builtInOnly(), width))
        .run(all.toArray(String[]::new));
  }

  @Test
  void tableListsTheElevenKnownChecksByCodeInOrder() {
    Run run = checks(120);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> rows = run.out().lines().filter(line -> line.matches("\\d+ {2,}\\S.*")).toList();
    assertThat(rows).hasSize(11);
    for (KnownCheck known : KnownCheck.values()) {
      assertThat(rows.get(known.code()))
          .startsWith(known.code() + " ")
          .contains(known.id().value());
    }
  }

  @Test
  void tableShowsEffectEnablementAndProviderOfEachCheck() {
    String out = checks(200).out();

    assertThat(out.lines().findFirst().orElseThrow())
        .containsSubsequence(
            "CODE", "CHECK", "EFFECT", "ENABLED", "PROVIDER", "VERIFIES", "ON FAILURE");
    assertThat(line(out, "DomainJoinedCheck")).contains("fatal", "yes", "not installed");
    assertThat(line(out, "MonitoringAgentCheck")).contains("non-fatal", "yes");
    assertThat(line(out, "FSLogixHealthCheck")).contains("fatal", " no ");
    assertThat(out).contains("11 checks, 7 enabled.", "No check plugin is installed");
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 100, 120, 160})
  void tableKeepsEveryLineWithinTheTerminalWidth(int width) {
    String out = checks(width).out();

    assertThat(out.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
    // wrapping must not lose words: the longest remediation is there, word for word
    String remediation = KnownCheck.MONITORING_AGENT.definition().remediation();
    assertThat(Arrays.asList(out.split("\\s+"))).containsSubsequence(remediation.split("\\s+"));
  }

  @Test
  void jsonIsAnArrayOfTheElevenChecksWithTheirCodesAndEffects() {
    Run run = checks(120, "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode array = WireJson.MAPPER.readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(11);
    for (KnownCheck known : KnownCheck.values()) {
      JsonNode check = array.get(known.code());
      assertThat(check.get("code").asInt()).isEqualTo(known.code());
      assertThat(check.get("name").asString()).isEqualTo(known.id().value());
      assertThat(check.get("defaultEffect").asString())
          .isEqualTo(known.definition().defaultEffect().name());
      assertThat(check.get("enabled").asBoolean()).isEqualTo(known.enabledByDefault());
      assertThat(check.get("defaultTimeout").asString()).isEqualTo("PT10S");
    }
  }

  @Test
  void jsonObjectsCarryEveryFieldInAStableOrder() {
    JsonNode first = WireJson.MAPPER.readTree(checks(120, "--format=json").out()).get(0);

    assertThat(first.propertyNames())
        .containsExactly(
            "code",
            "name",
            "displayName",
            "defaultEffect",
            "enabled",
            "provider",
            "verifies",
            "remediation",
            "defaultTimeout");
    assertThat(first.get("provider").asString()).isEqualTo("not installed");
    assertThat(first.get("verifies").asString()).isNotBlank();
    assertThat(first.get("remediation").asString()).isNotBlank();
  }

  @Test
  void aCheckTheApiDoesNotNameHasNoCode() {
    CliHarness cli = new CliHarness(new ChecksCommand(Catalogues.withACustomCheck(), 200));

    String table = cli.run("checks").out();
    JsonNode json = WireJson.MAPPER.readTree(cli.run("checks", "--format", "json").out());

    assertThat(line(table, Catalogues.CUSTOM_ID))
        .startsWith("    ")
        .contains("report only", Catalogues.CUSTOM_PROVIDER);
    assertThat(json.size()).isEqualTo(12);
    JsonNode custom = json.get(11);
    assertThat(custom.get("name").asString()).isEqualTo(Catalogues.CUSTOM_ID);
    assertThat(custom.get("code").isNull()).isTrue();
    assertThat(custom.get("defaultEffect").asString()).isEqualTo("NONE");
    assertThat(custom.get("defaultTimeout").asString()).isEqualTo("PT3S");
  }

  @Test
  void formatIsAcceptedInAnyCase() {
    Run run = checks(120, "--format", "JSON");

    assertThat(run.exitCode()).isZero();
    assertThat(WireJson.MAPPER.readTree(run.out()).size()).isEqualTo(11);
  }

  @Test
  void anUnknownFormatIsRejectedNamingTheOptionAndTheValidValues() {
    Run run = checks(120, "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--format", "table", "json", "xml");
    assertThat(run.err().lines().count()).isLessThan(5);
  }

  @Test
  void helpDescribesTheFormats() {
    Run run = checks(120, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--format", "table, json");
  }

  private static String line(String text, String containing) {
    return text.lines()
        .filter(l -> l.contains(containing))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line with " + containing + " in\n" + text));
  }
}
