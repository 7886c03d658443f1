package dev.sessionhost.bootstrap.dist;

import static dev.sessionhost.bootstrap.dist.UpgradeDrill.CHECK_ID;
import static dev.sessionhost.bootstrap.dist.UpgradeDrill.PLUGIN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.bootstrap.dist.UpgradeDrill.Fault;
import dev.sessionhost.bootstrap.dist.drill.UpgradeDrillCheck;
import dev.sessionhost.bootstrap.dist.drill.UpgradeDrillCheckV2;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plugin upgrades with the real launcher, plugins folder and jars: directly on the folder when no
 * agent runs, through a running agent's admin API, and through the drop folder. Whichever way a new
 * version fails, the old one keeps running and the host reports UpgradeFailed, from the saved
 * update state, until a later upgrade succeeds.
 */
class PluginUpgradeIT {

  /** The promise of the agent: a stop ends within five seconds. */
  private static final Duration STOP_LIMIT = Duration.ofSeconds(5);

  /** Generous waits for what depends on scheduling on a loaded machine. */
  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(30);

  /** The agent polls the drop folder every 5 s: a jar dropped should be taken at the next poll. */
  private static final Duration DROP_LIMIT = Duration.ofSeconds(15);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Distribution distribution;

  @TempDir Path work;

  private Path plugins;
  private Path jars;
  private Path state;
  private Path config;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  @BeforeEach
  void giveTheHostAPluginsFolderOfItsOwn() throws IOException {
    plugins = distribution.copyPluginsTo(work.resolve("plugins"));
    jars = Files.createDirectories(work.resolve("jars"));
    state = work.resolve("state");
    config =
        Files.writeString(
            work.resolve("sessionhost.yaml"),
            """
            agent:
              hostName: upgrade-it
              cycleInterval: 1h
              environment: simulated
              scenario: "%s"
              pluginsDir: "%s"
              stateDir: "%s"
            http:
              port: 0
            """
                .formatted(distribution.scenario("healthy.yaml"), plugins, state));
  }

  @Test
  void aGoodUpgradeRunsTheNewVersionAndKeepsTheOldOneAsPrevious() throws Exception {
    Launcher.Run install =
        sessionhost("plugins", "install", UpgradeDrill.versionOne(jar("drill-1.jar")).toString());
    assertThat(install.exitCode()).as("%s", install).isZero();
    assertThat(install.out()).contains("installed " + PLUGIN_ID + " 1.0.0");

    Launcher.Run upgrade = sessionhost("plugins", "upgrade", versionTwo().toString());

    assertThat(upgrade.exitCode()).as("%s", upgrade).isZero();
    assertThat(upgrade.out())
        .contains("upgraded " + PLUGIN_ID + " 1.0.0 -> 2.0.0", "update state: Succeeded");
    assertThat(drillVersions()).containsExactly("2.0.0 active", "1.0.0 previous");
    assertHost(check(), 0, "Available", "Succeeded", UpgradeDrillCheckV2.MESSAGE);
  }

  /** The faults found while the file is validated: refused before any upgrade starts. */
  static Stream<Fault> refused() {
    return Stream.of(Fault.values()).filter(fault -> !fault.getsSwappedIn());
  }

  /** The faults found after the swap: the upgrade started and is rolled back. */
  static Stream<Fault> rolledBack() {
    return Stream.of(Fault.values()).filter(Fault::getsSwappedIn);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aFileRefusedWhileBeingValidatedLeavesTheUpdateStateAndStatusAsTheyWere(Fault fault)
      throws Exception {
    UpgradeDrill.versionOne(plugins.resolve("upgrade-drill-1.jar"));
    Path bad = fault.writeTo(jar("drill-2-refused.jar"));

    Launcher.Run refused = sessionhost("plugins", "upgrade", bad.toString());

    assertThat(refused.exitCode()).as("%s", refused).isEqualTo(1);
    assertThat(refused.out())
        .contains(fault.cause(), "the host's status is unchanged")
        .doesNotContain("update state: Failed");
    assertThat(drillVersions()).containsExactly("1.0.0 active");
    JsonNode host = assertHost(check(), 0, "Available", "Initial", UpgradeDrillCheck.MESSAGE);
    assertThat(host.get("updateErrorMessage").asString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rolledBack")
  void aFailedUpgradeKeepsTheOldVersionAndTheHostUpgradeFailedUntilAGoodOne(Fault fault)
      throws Exception {
    UpgradeDrill.versionOne(plugins.resolve("upgrade-drill-1.jar"));
    Path bad = fault.writeTo(jar("drill-2-bad.jar"));

    Launcher.Run failed = sessionhost("plugins", "upgrade", bad.toString());

    assertThat(failed.exitCode()).as("%s", failed).isEqualTo(1);
    assertThat(failed.out()).contains(fault.cause(), "update state: Failed");
    assertThat(failed.out()).contains("version 1.0.0 restored");
    assertThat(drillVersions()).containsExactly("1.0.0 active");
    JsonNode saved = assertHost(check(), 1, "UpgradeFailed", "Failed", UpgradeDrillCheck.MESSAGE);
    assertThat(saved.get("updateErrorMessage").asString()).contains(fault.cause());

    Launcher.Run retried = sessionhost("plugins", "upgrade", versionTwo().toString());

    assertThat(retried.exitCode()).as("%s", retried).isZero();
    assertThat(retried.out()).contains("upgraded " + PLUGIN_ID + " 1.0.0 -> 2.0.0");
    JsonNode healed = assertHost(check(), 0, "Available", "Succeeded", UpgradeDrillCheckV2.MESSAGE);
    assertThat(healed.get("updateErrorMessage").asString()).isEmpty();
  }

  @Test
  void thePreviousFolderKeepsOnlyTheLastThreeVersions() throws Exception {
    UpgradeDrill.versionOne(plugins.resolve("upgrade-drill-1.jar"));
    // through the admin API, which costs no JVM start per upgrade
    try (AgentProcess agent = AgentProcess.start(distribution.launcher(), config, state)) {
      for (int major = 2; major <= 6; major++) {
        Path jar = UpgradeDrill.goodVersion(major + ".0.0", jar("drill-" + major + ".jar"));
        HttpResponse<String> upgrade = upload(agent, jar);
        assertThat(upgrade.statusCode()).as(upgrade.body()).isEqualTo(200);
        assertThat(JSON.readTree(upgrade.body()).get("updateState").asString())
            .as(upgrade.body())
            .isEqualTo("Succeeded");
      }
      assertThat(activeDrillVersion(agent)).isEqualTo("6.0.0");
      assertThat(agent.stop(STOP_LIMIT).exitCode()).isZero();
    }

    assertThat(drillVersions())
        .containsExactly("6.0.0 active", "5.0.0 previous", "4.0.0 previous", "3.0.0 previous");
    try (Stream<Path> kept = Files.list(plugins.resolve("previous"))) {
      assertThat(kept.map(file -> file.getFileName().toString()))
          .hasSize(3)
          .allMatch(name -> name.startsWith(PLUGIN_ID + "-"));
    }
  }

  @Test
  void throughARunningAgentFailuresShowInTheHealthUntilAGoodUpgrade() throws Exception {
    UpgradeDrill.versionOne(plugins.resolve("upgrade-drill-1.jar"));
    // the fault that leaves the most behind in the agent's plugin runtime: a plugin failed to start
    Fault fault = Fault.START_THROWS;
    try (AgentProcess agent = AgentProcess.start(distribution.launcher(), config, state)) {
      agent.awaitCode("/v1/health", 200, FOLLOW_LIMIT);

      Launcher.Run failed =
          sessionhost("plugins", "upgrade", fault.writeTo(jar("drill-2-bad.jar")).toString());

      assertThat(failed.exitCode()).as("%s", failed).isEqualTo(1);
      assertThat(failed.out()).contains(fault.cause());
      // only the agent logs status changes: the upgrade went through it, not around it
      awaitLog(agent, "status Available -> Upgrading", "status Upgrading -> UpgradeFailed");
      HttpResponse<String> health = agent.get("/v1/health");
      assertThat(health.statusCode()).as("UpgradeFailed still takes connections").isEqualTo(200);
      JsonNode failedHealth = assertHealth(health.body(), "UpgradeFailed", "Failed");
      assertThat(failedHealth.get("updateErrorMessage").asString())
          .contains(fault.cause(), "version 1.0.0 restored");

      HttpResponse<String> corrupt =
          upload(agent, Fault.CORRUPT_JAR.writeTo(jar("drill-2-corrupt.jar")));

      assertThat(corrupt.statusCode()).as(corrupt.body()).isEqualTo(422);
      assertThat(JSON.readTree(corrupt.body()).get("rejected").asBoolean()).isTrue();
      assertThat(JSON.readTree(corrupt.body()).get("message").asString())
          .contains(Fault.CORRUPT_JAR.cause());
      JsonNode stillFailed =
          assertHealth(agent.get("/v1/health").body(), "UpgradeFailed", "Failed");
      assertThat(stillFailed.get("updateErrorMessage").asString())
          .as("a refused file leaves the last upgrade's failure as it was")
          .contains(fault.cause());

      Launcher.Run upgraded = sessionhost("plugins", "upgrade", versionTwo().toString());

      assertThat(upgraded.exitCode()).as("%s", upgraded).isZero();
      assertThat(upgraded.out()).contains("upgraded " + PLUGIN_ID + " 1.0.0 -> 2.0.0");
      JsonNode healed = assertHealth(agent.get("/v1/health").body(), "Available", "Succeeded");
      assertThat(healed.get("updateErrorMessage").asString()).isEmpty();
      assertThat(activeDrillVersion(agent)).isEqualTo("2.0.0");
      HttpResponse<String> cycle = agent.post("/v1/cycle", agent.adminToken());
      assertThat(HealthJson.parse(cycle.body()).result(CHECK_ID).message())
          .isEqualTo(UpgradeDrillCheckV2.MESSAGE);
      String log = agent.stdout();
      assertThat(agent.stop(STOP_LIMIT).exitCode()).isZero();
      assertThat(log)
          .as("UpgradeFailed lasts until a later upgrade succeeds, through the next one's Pending")
          .contains("status UpgradeFailed -> Upgrading")
          .doesNotContain("status UpgradeFailed -> Available");
    }
  }

  @Test
  void theDropFolderTakesAGoodJarAndRejectsACorruptOne() throws Exception {
    UpgradeDrill.versionOne(plugins.resolve("upgrade-drill-1.jar"));
    // dated in the past, so the folder takes them at its next poll rather than waiting for them
    // to settle, and the good one first
    Instant now = Instant.now();
    Path good = versionTwo();
    Files.setLastModifiedTime(good, FileTime.from(now.minusSeconds(20)));
    Path corrupt = Fault.CORRUPT_JAR.writeTo(jar("drill-corrupt.jar"));
    Files.setLastModifiedTime(corrupt, FileTime.from(now.minusSeconds(10)));
    try (AgentProcess agent = AgentProcess.start(distribution.launcher(), config, state)) {
      agent.awaitCode("/v1/health", 200, FOLLOW_LIMIT);
      Path updates = Files.createDirectories(plugins.resolve("updates"));

      // moved in whole, as an operator should: a rename keeps the dates
      Path droppedGood = Files.move(good, updates.resolve(good.getFileName()));
      Path droppedCorrupt = Files.move(corrupt, updates.resolve(corrupt.getFileName()));
      Path rejected = updates.resolve("rejected").resolve(corrupt.getFileName());
      long dropped = System.nanoTime();
      while (Files.exists(droppedGood) || !Files.exists(rejected)) {
        assertThat(Duration.ofNanos(System.nanoTime() - dropped))
            .as("both dropped jars taken; the agent said:%n%s", agent.output())
            .isLessThan(DROP_LIMIT);
        Thread.sleep(100);
      }

      assertThat(droppedCorrupt).doesNotExist();
      assertThat(activeDrillVersion(agent)).isEqualTo("2.0.0");
      JsonNode health = assertHealth(agent.get("/v1/health").body(), "Available", "Succeeded");
      assertThat(health.get("updateErrorMessage").asString())
          .as("a rejected file changes no status")
          .isEmpty();
      awaitLog(
          agent,
          "upgraded from updates/drill-2.jar: " + PLUGIN_ID + " 1.0.0 -> 2.0.0",
          "rejected updates/drill-corrupt.jar (moved to updates/rejected/): cannot install"
              + " drill-corrupt.jar");
      HttpResponse<String> cycle = agent.post("/v1/cycle", agent.adminToken());
      assertThat(HealthJson.parse(cycle.body()).result(CHECK_ID).message())
          .isEqualTo(UpgradeDrillCheckV2.MESSAGE);
      assertThat(agent.stop(STOP_LIMIT).exitCode()).isZero();
    }
  }

  private Path jar(String fileName) {
    return jars.resolve(fileName);
  }

  private Path versionTwo() throws IOException {
    return UpgradeDrill.goodVersion("2.0.0", jar("drill-2.jar"));
  }

  /** Runs the distribution's launcher with the test's configuration. */
  private Launcher.Run sessionhost(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(args));
    command.addAll(List.of("--config", config.toString()));
    return distribution.launch(work).run(command.toArray(String[]::new));
  }

  private Launcher.Run check() throws IOException, InterruptedException {
    return sessionhost("check", "--format", "json");
  }

  /** The drill's rows of {@code plugins list}, as "VERSION STATE". */
  private List<String> drillVersions() throws IOException, InterruptedException {
    Launcher.Run list = sessionhost("plugins", "list");
    assertThat(list.exitCode()).as("%s", list).isZero();
    return list.out()
        .lines()
        .filter(line -> line.startsWith(PLUGIN_ID + " "))
        .map(line -> line.split("\\s+"))
        .map(row -> row[1] + " " + row[2])
        .toList();
  }

  /** Checks what a {@code check --format json} run says of the host, and returns its report. */
  private static JsonNode assertHost(
      Launcher.Run check, int exitCode, String status, String updateState, String drillMessage) {
    assertThat(check.exitCode()).as("%s", check).isEqualTo(exitCode);
    assertThat(HealthJson.parse(check.out()).result(CHECK_ID))
        .isEqualTo(new HealthJson.Result("HealthCheckSucceeded", drillMessage));
    return assertHealth(check.out(), status, updateState);
  }

  private static JsonNode assertHealth(String body, String status, String updateState) {
    JsonNode health = JSON.readTree(body);
    assertThat(health.get("status").asString()).as(body).isEqualTo(status);
    assertThat(health.get("updateState").asString()).as(body).isEqualTo(updateState);
    return health;
  }

  /** The version of the drill that the agent's {@code GET /v1/plugins} lists as active. */
  private static String activeDrillVersion(AgentProcess agent)
      throws IOException, InterruptedException {
    HttpResponse<String> list = agent.get("/v1/plugins");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    List<String> active =
        JSON.readTree(list.body())
            .valueStream()
            .filter(plugin -> plugin.get("id").asString().equals(PLUGIN_ID))
            .filter(plugin -> plugin.get("active").asBoolean())
            .map(plugin -> plugin.get("version").asString())
            .toList();
    assertThat(active).as(list.body()).hasSize(1);
    return active.get(0);
  }

  /**
   * {@code POST /v1/plugins/upgrade} with the jar as the body, as {@code plugins upgrade} sends it.
   */
  private static HttpResponse<String> upload(AgentProcess agent, Path jar)
      throws IOException, InterruptedException {
    try {
      return agent.uploadPlugin(jar, FOLLOW_LIMIT).get();
    } catch (ExecutionException e) {
      throw new IOException("the upload of " + jar + " failed", e.getCause());
    }
  }

  /** Waits until the agent's log has every one of these lines. */
  private static void awaitLog(AgentProcess agent, String... expected)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      String log = agent.stdout();
      if (Stream.of(expected).allMatch(log::contains)) {
        return;
      }
      Thread.sleep(50);
    }
    assertThat(agent.stdout()).contains(expected);
  }
}
