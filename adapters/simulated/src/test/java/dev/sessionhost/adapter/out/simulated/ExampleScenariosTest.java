package dev.sessionhost.adapter.out.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped scenarios load, and make the built-in checks with their default settings come out as
 * each file's name promises (judged by {@link DefaultChecks}, which asks what the checks ask).
 */
class ExampleScenariosTest {

  static final Path FOLDER = Path.of("../../examples/scenarios");

  private static final String PASSED = "passed";
  private static final String FAILED = "failed";

  /** What each shipped scenario makes of the checks; a check left out passes. */
  private static final Map<String, Map<String, String>> EXPECTED =
      Map.ofEntries(
          Map.entry("healthy.yaml", Map.of()),
          Map.entry("needs-assistance.yaml", Map.of(DefaultChecks.MONITORING, FAILED)),
          Map.entry("unavailable.yaml", Map.of(DefaultChecks.LISTENER, FAILED)),
          Map.entry(
              "domain-not-joined.yaml",
              Map.of(DefaultChecks.JOINED, FAILED, DefaultChecks.TRUST, FAILED)),
          Map.entry("domain-trust-lost.yaml", Map.of(DefaultChecks.TRUST, FAILED)),
          Map.entry("listener-down.yaml", Map.of(DefaultChecks.LISTENER, FAILED)),
          Map.entry("monitoring-agent-stopped.yaml", Map.of(DefaultChecks.MONITORING, FAILED)),
          Map.entry("metadata-unreachable.yaml", Map.of(DefaultChecks.METADATA, FAILED)),
          Map.entry("metadata-no-vmid.yaml", Map.of(DefaultChecks.METADATA, FAILED)),
          Map.entry("urls-blocked.yaml", Map.of(DefaultChecks.URLS, FAILED)),
          Map.entry("app-attach-missing.yaml", Map.of(DefaultChecks.APP_ATTACH, FAILED)),
          Map.entry("drill-slow-trust.yaml", Map.of(DefaultChecks.TRUST, "delayed 15s")),
          Map.entry("drill-hanging-metadata.yaml", Map.of(DefaultChecks.METADATA, "hangs")),
          Map.entry("drill-throwing-services.yaml", Map.of(DefaultChecks.MONITORING, "unknown")));

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyShippedScenarioLoads(Path file) {
    assertThatCode(() -> SimulatedEnvironment.load(file, ScenarioFiles.CLOCK))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyShippedScenarioMakesTheChecksComeOutAsItsNameSays(Path file) {
    String name = file.getFileName().toString();
    assertThat(EXPECTED).as("expected outcomes of %s", name).containsKey(name);

    Map<String, String> outcomes =
        DefaultChecks.judge(SimulatedEnvironment.load(file, ScenarioFiles.CLOCK));

    for (String check : DefaultChecks.ALL) {
      assertThat(outcomes.get(check))
          .as("%s in %s", check, name)
          .isEqualTo(EXPECTED.get(name).getOrDefault(check, PASSED));
    }
  }

  @Test
  void theRequiredScenariosAreShipped() throws IOException {
    List<String> names = scenarios().map(file -> file.getFileName().toString()).toList();

    assertThat(names).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @Test
  void theHealthyScenarioDocumentsEveryTopLevelKey() throws IOException {
    String healthy = Files.readString(FOLDER.resolve("healthy.yaml"));

    for (String key :
        List.of(
            "description:",
            "directory:",
            "listeners:",
            "services:",
            "http:",
            "network:",
            "files:",
            "faults:")) {
      assertThat(healthy).contains("# " + key);
    }
  }
}
