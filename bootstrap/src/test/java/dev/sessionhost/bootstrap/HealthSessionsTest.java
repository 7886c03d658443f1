package dev.sessionhost.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.adapter.in.cli.CheckSetup;
import dev.sessionhost.adapter.in.cli.CheckSetupException;
import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.bootstrap.dist.PluginJar;
import dev.sessionhost.bootstrap.dist.drill.StrictCommandChecksProvider;
import dev.sessionhost.domain.health.PluginProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wiring the application per command: configuration, environment, plugins. */
class HealthSessionsTest {

  @TempDir Path home;

  private CheckSetup setup(String environment, Path scenario, Path config) {
    return new CheckSetup(
        Optional.ofNullable(environment),
        Optional.ofNullable(scenario),
        Optional.ofNullable(config));
  }

  @Test
  void aConfigErrorNamesFileLineAndKey() throws Exception {
    Path config = Files.writeString(home.resolve("bad.yaml"), "agent:\n  cycleIntervall: 30s\n");
    assertThatThrownBy(() -> new HealthSessions(home).open(setup(null, null, config)))
        .isInstanceOf(CheckSetupException.class)
        .hasMessageContaining("bad.yaml:2:")
        .hasMessageContaining("agent.cycleIntervall");
  }

  @Test
  void theSimulatedEnvironmentWithoutAScenarioIsRefusedWithTheFix() {
    assertThatThrownBy(() -> new HealthSessions(home).open(setup("simulated", null, null)))
        .isInstanceOf(CheckSetupException.class)
        .hasMessageContaining("--scenario");
  }

  @Test
  void aMissingScenarioFileIsNamed() {
    Path missing = home.resolve("nope.yaml");
    assertThatThrownBy(() -> new HealthSessions(home).open(setup(null, missing, null)))
        .isInstanceOf(CheckSetupException.class)
        .hasMessageContaining("nope.yaml");
  }

  @Test
  void aBrokenScenarioIsNamedWithItsLine() throws Exception {
    Path scenario = Files.writeString(home.resolve("s.yaml"), "services:\n  x: { activ: true }\n");
    assertThatThrownBy(() -> new HealthSessions(home).open(setup(null, scenario, null)))
        .isInstanceOf(CheckSetupException.class)
        .hasMessageContaining("s.yaml:2:")
        .hasMessageContaining("activ");
  }

  @Test
  void aScenarioAloneMeansTheSimulatedEnvironmentAndAMissingPluginsFolderFailsClosed()
      throws Exception {
    Path scenario = Files.writeString(home.resolve("s.yaml"), "description: nothing here\n");
    try (var session = new HealthSessions(home).open(setup(null, scenario, null))) {
      var health = session.cycle().runCycle(RunHealthCycleCommand.now());
      // no plugins folder in this home: the seven built-in checks are missing, hence unknown
      assertThat(health.pluginProblems()).extracting(PluginProblem::reason).isNotEmpty();
      assertThat(health.results()).hasSize(7);
      assertThat(health.status().wireName()).isEqualTo("Unavailable");
    }
  }

  @Test
  void aCommandCheckEntryAPluginRefusesAtLoadIsAConfigurationErrorAtItsPlace() throws Exception {
    Path plugins = Files.createDirectories(home.resolve("plugins"));
    PluginJar.withId("strict-command-checks")
        .extension(StrictCommandChecksProvider.class)
        .writeTo(plugins.resolve("strict.jar"));
    Path scenario = Files.writeString(home.resolve("s.yaml"), "description: nothing here\n");
    Path config =
        Files.writeString(
            home.resolve("slow.yaml"),
            "agent:\n  pluginsDir: plugins\n"
                + "commandChecks:\n  - id: Slow\n    command: [/bin/true]\n    timeout: 30s\n");

    assertThatThrownBy(() -> new HealthSessions(home).open(setup(null, scenario, config)))
        .isInstanceOf(CheckSetupException.class)
        .hasMessage(
            config
                + ":6:14: commandChecks[0].timeout: expected a duration of at most 5s, found"
                + " \"30s\"");
  }
}
