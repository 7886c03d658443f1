package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sessionhost check} and {@code checks} of the assembled distribution, on every scenario.
 */
class CheckCommandIT {

  /** Wide enough for every row of the table to stay on one line. */
  private static final String WIDE = "1000";

  private static Distribution distribution;

  @TempDir Path work;

  /** What a check's row must say when it does not succeed. */
  record Expected(String check, String result, List<String> says) {

    static Expected failed(String check, String... says) {
      return new Expected(check, "Failed", List.of(says));
    }

    static Expected unknown(String check, String... says) {
      return new Expected(check, "Unknown", List.of(says));
    }
  }

  /** What a run needs beyond the scenario. */
  enum Setup {
    /** Nothing: the standard configuration. */
    PLAIN,
    /** The shipped example configuration of app attach packages. */
    APP_ATTACH_EXAMPLE,
    /** A one-second timeout for the check the drill slows down (the first expected problem). */
    ONE_SECOND_TIMEOUT
  }

  /**
   * One run of {@code check} on a shipped scenario.
   *
   * @param scenario the scenario's file name
   * @param setup what the run needs beyond the scenario
   * @param exitCode the exit code, which follows the status
   * @param status the status printed
   * @param problems the checks that do not succeed; every other check must
   */
  record Case(String scenario, Setup setup, int exitCode, String status, List<Expected> problems) {

    @Override
    public String toString() {
      return scenario + (setup == Setup.PLAIN ? "" : " with " + setup);
    }
  }

  static Stream<Case> scenarios() {
    return Stream.of(
        new Case("healthy.yaml", Setup.PLAIN, 0, "Available", List.of()),
        new Case(
            "needs-assistance.yaml",
            Setup.PLAIN,
            1,
            "NeedsAssistance",
            List.of(Expected.failed("MonitoringAgentCheck", "installed but not active"))),
        new Case(
            "unavailable.yaml",
            Setup.PLAIN,
            2,
            "Unavailable",
            List.of(Expected.failed("SxSStackListenerCheck", "nothing listens on TCP port 3389"))),
        new Case(
            "domain-not-joined.yaml",
            Setup.PLAIN,
            2,
            "Unavailable",
            List.of(
                Expected.failed("DomainJoinedCheck", "not joined to a domain"),
                Expected.failed("DomainTrustCheck", "no trust to test"))),
        new Case(
            "domain-trust-lost.yaml",
            Setup.PLAIN,
            2,
            "Unavailable",
            List.of(Expected.failed("DomainTrustCheck", "the domain refused the machine account"))),
        new Case(
            "listener-down.yaml",
            Setup.PLAIN,
            2,
            "Unavailable",
            List.of(Expected.failed("SxSStackListenerCheck", "nothing listens on TCP port 3389"))),
        new Case(
            "monitoring-agent-stopped.yaml",
            Setup.PLAIN,
            1,
            "NeedsAssistance",
            List.of(Expected.failed("MonitoringAgentCheck", "ActiveState=failed"))),
        new Case(
            "metadata-no-vmid.yaml",
            Setup.PLAIN,
            1,
            "NeedsAssistance",
            List.of(
                Expected.failed(
                    "MetaDataServiceCheck", "answered HTTP 200", "but the body holds no"))),
        new Case(
            "metadata-unreachable.yaml",
            Setup.PLAIN,
            1,
            "NeedsAssistance",
            List.of(Expected.failed("MetaDataServiceCheck", "did not answer"))),
        new Case(
            "urls-blocked.yaml",
            Setup.PLAIN,
            1,
            "NeedsAssistance",
            List.of(
                Expected.failed(
                    "UrlsAccessibleCheck",
                    "2 of 10 endpoints are unreachable: login.microsoftonline.com:443",
                    "catalogartifact.azureedge.net:443"))),
        // without packages configured the app attach check has nothing to look for
        new Case("app-attach-missing.yaml", Setup.PLAIN, 0, "Available", List.of()),
        // crm is Unhealthy in the example configuration: its run chooses the fatal effect
        new Case(
            "app-attach-missing.yaml",
            Setup.APP_ATTACH_EXAMPLE,
            2,
            "Unavailable",
            List.of(
                Expected.failed(
                    "AppAttachHealthCheck",
                    "fatal*",
                    "1 of 2 app attach packages failed: crm: /srv/appattach/crm.vhdx does not exist"))),
        new Case(
            "drill-throwing-services.yaml",
            Setup.PLAIN,
            1,
            "NeedsAssistance",
            List.of(
                Expected.unknown(
                    "MonitoringAgentCheck",
                    "the check failed: ProbeException: cannot ask systemd"))),
        new Case(
            "drill-hanging-metadata.yaml",
            Setup.ONE_SECOND_TIMEOUT,
            1,
            "NeedsAssistance",
            List.of(Expected.unknown("MetaDataServiceCheck", "timed out after 1 s"))),
        new Case(
            "drill-slow-trust.yaml",
            Setup.ONE_SECOND_TIMEOUT,
            2,
            "Unavailable",
            List.of(Expected.unknown("DomainTrustCheck", "timed out after 1 s"))));
  }

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  @Test
  void everyShippedScenarioHasACase() throws IOException {
    Set<String> shipped;
    try (Stream<Path> files = Files.list(distribution.home().resolve("examples/scenarios"))) {
      shipped =
          files
              .map(file -> file.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> covered =
        scenarios().map(Case::scenario).collect(Collectors.toCollection(TreeSet::new));

    assertThat(shipped).hasSizeGreaterThanOrEqualTo(10).isEqualTo(covered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void eachScenarioGivesItsStatusExitCodeAndFailingChecks(Case expected) throws Exception {
    List<String> args = new ArrayList<>(List.of("check"));
    if (expected.setup() == Setup.APP_ATTACH_EXAMPLE) {
      args.addAll(
          List.of(
              "--scenario",
              distribution.scenario(expected.scenario()).toString(),
              "--config",
              distribution.home().resolve("examples/conf/app-attach.yaml").toString()));
    } else if (expected.setup() == Setup.ONE_SECOND_TIMEOUT) {
      // the drills wait 10 s and more; one second is enough to prove the timeout cuts them off
      String slowed = expected.problems().get(0).check();
      args.addAll(List.of("--config", oneSecondFor(slowed, expected.scenario())));
    } else {
      args.addAll(List.of("--scenario", distribution.scenario(expected.scenario()).toString()));
    }

    Launcher.Run run =
        distribution.launch(work).with("COLUMNS", WIDE).run(args.toArray(String[]::new));

    assertThat(run.exitCode()).as("%s", run).isEqualTo(expected.exitCode());
    assertThat(run.err()).as("%s", run).isEmpty();
    HealthTable table = HealthTable.parse(run.out());
    assertThat(table.status()).isEqualTo(expected.status());
    Map<String, String> results = new LinkedHashMap<>();
    Distribution.BUILT_IN_PLUGINS.keySet().forEach(check -> results.put(check, "Succeeded"));
    expected.problems().forEach(problem -> results.put(problem.check(), problem.result()));
    assertThat(table.results()).isEqualTo(results);
    for (Expected problem : expected.problems()) {
      assertThat(table.rows().get(problem.check()).rest()).contains(problem.says());
      assertThat(run.out()).containsPattern("(?m)^ +\\d+\\. " + problem.check() + " \\(");
    }
    if (expected.problems().isEmpty()) {
      assertThat(run.out()).contains("What to do: nothing.");
    }
    if (expected.setup() == Setup.ONE_SECOND_TIMEOUT) {
      // the 1 s timeout plus a JVM start on a busy machine, below the 10 s or more that the
      // drills' own waits (cut at the standard 10 s timeout) would take with a JVM start on top
      assertThat(run.wallTime()).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void jsonFormatIsTheSnapshotWithEveryCheck() throws Exception {
    Launcher.Run run =
        distribution
            .launch(work)
            .run("check", "--scenario", scenario("needs-assistance.yaml"), "--format", "json");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    HealthJson json = HealthJson.parse(run.out());
    assertThat(json.status()).isEqualTo("NeedsAssistance");
    assertThat(json.results()).containsOnlyKeys(Distribution.BUILT_IN_PLUGINS.keySet());
    json.results()
        .forEach(
            (check, result) ->
                assertThat(result.result())
                    .as(check)
                    .isEqualTo(
                        check.equals("MonitoringAgentCheck")
                            ? "HealthCheckFailed"
                            : "HealthCheckSucceeded"));
    assertThat(json.pluginProblems()).isEmpty();
  }

  @Test
  void azureFormatHasTheSessionHostShape() throws Exception {
    Launcher.Run run =
        distribution
            .launch(work)
            .run("check", "--scenario", scenario("unavailable.yaml"), "--format", "azure");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    JsonNode host = JsonMapper.builder().build().readTree(run.out());
    assertThat(host.get("name").asString()).isNotBlank();
    assertThat(host.get("properties").get("status").asString()).isEqualTo("Unavailable");
    Map<String, String> results = new LinkedHashMap<>();
    host.get("properties")
        .get("sessionHostHealthCheckResults")
        .forEach(
            check ->
                results.put(
                    check.get("healthCheckName").asString(),
                    check.get("healthCheckResult").asString()));
    assertThat(results)
        .containsOnlyKeys(Distribution.BUILT_IN_PLUGINS.keySet())
        .containsEntry("SxSStackListenerCheck", "HealthCheckFailed")
        .containsEntry("DomainJoinedCheck", "HealthCheckSucceeded");
  }

  @Test
  void onlyRunsTheNamedCheck() throws Exception {
    Launcher.Run run =
        distribution
            .launch(work)
            .with("COLUMNS", WIDE)
            .run(
                "check",
                "--scenario",
                scenario("unavailable.yaml"),
                "--only",
                "SxSStackListenerCheck");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(HealthTable.parse(run.out()).results())
        .isEqualTo(Map.of("SxSStackListenerCheck", "Failed"));
  }

  @Test
  void onlyWithAnUnknownCheckExitsWith3AndListsTheKnownOnes() throws Exception {
    Launcher.Run run =
        distribution
            .launch(work)
            .run("check", "--scenario", scenario("healthy.yaml"), "--only", "Nope");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("'Nope'").contains(Distribution.BUILT_IN_PLUGINS.keySet());
  }

  @Test
  void anUnknownConfigurationKeyExitsWith3NamingFileLineAndKey() throws Exception {
    Path config =
        Files.writeString(
            work.resolve("typo.yaml"),
            """
            checks:
              DomainTrustCheck:
                timeot: 1s
            """);

    Launcher.Run run =
        distribution
            .launch(work)
            .run("check", "--scenario", scenario("healthy.yaml"), "--config", config.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(config + ":3:", "checks.DomainTrustCheck.timeot", "unknown key")
        .doesNotContain("\tat ");
  }

  @Test
  void theSimulatedEnvironmentWithoutAScenarioExitsWith3AndSaysHowToGiveOne() throws Exception {
    Launcher.Run run = distribution.launch(work).run("check", "--environment", "simulated");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("needs a scenario", "--scenario FILE", "agent.scenario");
  }

  @Test
  void checksListsEveryBuiltInCheckWithItsPluginAndVersion() throws Exception {
    Launcher.Run run = distribution.launch(work).run("checks", "--format", "json");

    assertThat(run.exitCode()).as("%s", run).isZero();
    Map<String, String> providers = new LinkedHashMap<>();
    for (JsonNode check : JsonMapper.builder().build().readTree(run.out())) {
      if (check.get("enabled").asBoolean()) {
        providers.put(check.get("name").asString(), check.get("provider").asString());
      }
    }
    Map<String, String> expected = new LinkedHashMap<>();
    Distribution.BUILT_IN_PLUGINS.forEach(
        (check, plugin) -> expected.put(check, plugin + " " + distribution.version()));
    assertThat(providers).isEqualTo(expected);
  }

  private static String scenario(String fileName) {
    return distribution.scenario(fileName).toString();
  }

  /** A configuration of the simulated scenario that gives one check a one-second timeout. */
  private String oneSecondFor(String check, String scenarioFile) throws IOException {
    // absolute paths: relative ones would be taken from the configuration file's folder
    String config =
        """
        agent:
          environment: simulated
          scenario: "%s"
          pluginsDir: "%s"
        checks:
          %s: { timeout: 1s }
        """
            .formatted(distribution.scenario(scenarioFile), distribution.plugins(), check);
    return Files.writeString(work.resolve("one-second.yaml"), config).toString();
  }
}
