package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.bootstrap.dist.drill.StrictCommandChecksProvider;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A setting the configuration got wrong, on the assembled distribution: one a check reads when it
 * runs shows as a configuration error whose remediation names the key and the file; one found at
 * start (an entry of {@code commandChecks}) stops {@code check} and {@code agent} with exit code 3,
 * naming the file, the line and the key.
 */
class InvalidSettingIT {

  private static final String WIDE = "1000";
  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(30);

  private static Distribution distribution;

  @TempDir Path work;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  @Test
  void aSettingACheckRefusesWhenItRunsIsToBeFixedInTheConfiguration() throws Exception {
    Path config =
        config(
            distribution.plugins(),
            "checks:\n  SxSStackListenerCheck:\n" + "    settings:\n      port: 70000\n");
    String fix =
        "Fix the configuration: checks.SxSStackListenerCheck.settings.port in "
            + config
            + " (expected a whole number between 1 and 65535).";

    Launcher.Run json =
        distribution.launch(work).run("check", "--config", config.toString(), "--format", "json");
    Launcher.Run table =
        distribution.launch(work).with("COLUMNS", WIDE).run("check", "--config", config.toString());

    assertThat(json.exitCode()).as("%s", json).isEqualTo(2);
    JsonNode reason = JsonMapper.builder().build().readTree(json.out()).get("reasons").get(0);
    assertThat(reason.get("check").asString()).isEqualTo("SxSStackListenerCheck");
    assertThat(reason.get("healthCheckResult").asString()).isEqualTo("Unknown");
    assertThat(reason.get("message").asString())
        .isEqualTo(
            "configuration error: setting 'port' of SxSStackListenerCheck: expected a whole"
                + " number between 1 and 65535, found 70000");
    assertThat(reason.get("remediation").asString()).isEqualTo(fix);
    assertThat(table.exitCode()).as("%s", table).isEqualTo(2);
    assertThat(HealthTable.parse(table.out()).rows().get("SxSStackListenerCheck").result())
        .isEqualTo("Unknown");
    assertThat(table.out()).contains("Fix: " + fix);
  }

  @Test
  void theAgentsHealthGivesTheSameRemediation() throws Exception {
    Path config =
        config(
            distribution.plugins(),
            "checks:\n  SxSStackListenerCheck:\n    settings:\n      port: 70000\n");
    try (AgentProcess agent = AgentProcess.start(distribution.launcher(), config, state())) {
      HttpResponse<String> health = agent.awaitCode("/v1/health", 503, FOLLOW_LIMIT);
      // the first 503 may still be "checks have not run yet": wait for the cycle's reasons
      long until = System.nanoTime() + FOLLOW_LIMIT.toNanos();
      while (!health.body().contains("SxSStackListenerCheck") && System.nanoTime() < until) {
        Thread.sleep(200);
        health = agent.get("/v1/health");
      }
      JsonNode reason = JsonMapper.builder().build().readTree(health.body()).get("reasons").get(0);
      assertThat(reason.get("check").asString())
          .as(health.body())
          .isEqualTo("SxSStackListenerCheck");
      assertThat(reason.get("remediation").asString())
          .isEqualTo(
              "Fix the configuration: checks.SxSStackListenerCheck.settings.port in "
                  + config
                  + " (expected a whole number between 1 and 65535).");
      assertThat(agent.stop(Duration.ofSeconds(5)).exitCode()).isZero();
    }
  }

  @Test
  void aCommandCheckEntryTheCommandChecksPluginRefusesStopsTheCheckWithExit3() throws Exception {
    // the keys of an entry are the plugin's alone: the host reads none of them, and the plugin's
    // refusal at load still names the file, the line and column, and the key
    Map<String, String> refusals =
        Map.of(
            "    timeout: 0s\n",
            "commandChecks[0].timeout: expected a duration above 0 and at most 10m",
            "    timout: 5s\n",
            "commandChecks[0].timout: expected one of the keys id, command,",
            "    environment:\n      1BAD: x\n",
            "commandChecks[0].environment.1BAD: expected a variable name");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      Path config =
          config(
              distribution.plugins(),
              "commandChecks:\n  - id: Quick\n    command: [\"/bin/true\"]\n" + refusal.getKey());
      String written = refusal.getKey().strip().lines().reduce((a, b) -> b).orElseThrow();

      Launcher.Run run = distribution.launch(work).run("check", "--config", config.toString());

      assertThat(run.exitCode()).as("%s", run).isEqualTo(3);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .contains(config + ":" + lineOf(config, written) + ":", refusal.getValue())
          .doesNotContain("\tat ");
    }
  }

  @Test
  void aCommandCheckEntryAPluginRefusesAtLoadStopsCheckAndAgentWithExit3() throws Exception {
    Path plugins = distribution.copyPluginsTo(work.resolve("plugins"));
    PluginJar.withId("strict-command-checks")
        .extension(StrictCommandChecksProvider.class)
        .writeTo(plugins.resolve("strict-command-checks.jar"));
    Path config =
        config(
            plugins,
            "commandChecks:\n  - id: Slow\n    command: [\"/bin/true\"]\n    timeout: 30s\n");
    String expected =
        config
            + ":"
            + lineOf(config, "timeout: 30s")
            + ":14: commandChecks[0].timeout: expected a duration of at most 5s, found \"30s\"";

    Launcher.Run check = distribution.launch(work).run("check", "--config", config.toString());
    Launcher.Run agent = distribution.launch(work).run("agent", "--config", config.toString());

    assertThat(check.exitCode()).as("%s", check).isEqualTo(3);
    assertThat(check.out()).isEmpty();
    assertThat(check.err()).contains(expected).doesNotContain("\tat ");
    assertThat(agent.exitCode()).as("%s", agent).isEqualTo(3);
    assertThat(agent.err()).contains(expected);
    assertThat(agent.out()).doesNotContain("listening on");
  }

  private Path state() {
    return work.resolve("state");
  }

  /** The simulated healthy host with these plugins and {@code more} at the end. */
  private Path config(Path plugins, String more) throws IOException {
    // absolute paths: relative ones would be taken from the configuration file's folder
    String text =
        String.join(
                "\n",
                "agent:",
                "  cycleInterval: 1h",
                "  environment: simulated",
                "  scenario: \"" + distribution.scenario("healthy.yaml") + "\"",
                "  pluginsDir: \"" + plugins + "\"",
                "  stateDir: \"" + state() + "\"",
                "http:",
                "  port: 0",
                "")
            + more;
    return Files.writeString(work.resolve("sessionhost.yaml"), text);
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }
}
