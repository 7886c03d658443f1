package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as a real process from the distribution: its schedule, its HTTP API and log, its
 * history across a restart, and its stop on SIGTERM, including with a check that hangs.
 */
class AgentIT {

  /** The promise of the agent: a stop ends within five seconds, whatever a check does. */
  private static final Duration STOP_LIMIT = Duration.ofSeconds(5);

  /** Generous waits for what depends on scheduling on a loaded machine. */
  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(30);

  private static Distribution distribution;

  @TempDir Path work;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  private Path scenario(String shipped) throws IOException {
    return Files.copy(
        distribution.scenario(shipped),
        work.resolve("scenario.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private Path config(Path scenario, String cycleInterval) throws IOException {
    return Files.writeString(
        work.resolve("sessionhost.yaml"),
        String.join(
            "\n",
            "agent:",
            "  hostName: agent-it",
            "  cycleInterval: " + cycleInterval,
            "  environment: simulated",
            "  scenario: " + scenario,
            "  pluginsDir: " + distribution.plugins(),
            "  stateDir: " + work.resolve("state"),
            "http:",
            "  port: 0",
            ""));
  }

  private AgentProcess start(Path config) throws IOException, InterruptedException {
    return AgentProcess.start(distribution.launcher(), config, work.resolve("state"));
  }

  private static long statusLines(String stdout) {
    return stdout.lines().filter(line -> line.contains(" status ")).count();
  }

  @Test
  void followsTheHostLogsOnlyChangesAndReportsShutdownOnSigterm() throws Exception {
    Path scenario = scenario("healthy.yaml");
    Path config = config(scenario, "1s");
    try (AgentProcess agent = start(config)) {
      HttpResponse<String> healthy = agent.awaitCode("/v1/health", 200, FOLLOW_LIMIT);
      assertThat(healthy.body()).contains("\"status\":\"Available\"");
      Thread.sleep(2500); // a few healthy cycles, which must not be logged
      long linesWhileHealthy = statusLines(agent.stdout());

      // swapped in whole, as an editor saving the file would: the agent never sees it missing
      Path next = work.resolve("next.yaml");
      Files.copy(distribution.scenario("unavailable.yaml"), next);
      Files.move(
          next, scenario, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      HttpResponse<String> down = agent.awaitCode("/v1/health", 503, FOLLOW_LIMIT);
      assertThat(down.body()).contains("\"status\":\"Unavailable\"");

      Launcher.Run status = distribution.launch(work).run("status", "--config", config.toString());
      assertThat(status.exitCode()).as(status.toString()).isEqualTo(2);
      assertThat(status.out()).contains("Unavailable");

      AgentProcess.Stopped stopped = agent.stop(STOP_LIMIT);
      assertThat(stopped.exitCode()).as(stopped.output()).isZero();
      assertThat(stopped.took()).isLessThan(STOP_LIMIT);
      assertThat(linesWhileHealthy).as(stopped.output()).isEqualTo(1);
      assertThat(stopped.output())
          .contains("status Available -> Unavailable")
          .contains("status Unavailable -> Shutdown");
      assertThat(statusLines(agent.stdout())).isEqualTo(3);
    }
    try (AgentProcess again = start(config)) {
      HttpResponse<String> history = again.get("/v1/history");
      assertThat(history.statusCode()).isEqualTo(200);
      assertThat(history.body())
          .as("the history survives a restart")
          .contains("\"Available\"")
          .contains("\"Unavailable\"")
          .contains("\"Shutdown\"");
      assertThat(again.stop(STOP_LIMIT).exitCode()).isZero();
    }
  }

  @Test
  void aCheckThatHangsDoesNotDelayTheStop() throws Exception {
    Path config = config(scenario("drill-hanging-metadata.yaml"), "30s");
    try (AgentProcess agent = start(config)) {
      Thread.sleep(1500); // the first cycle is running, its metadata check hanging
      AgentProcess.Stopped stopped = agent.stop(STOP_LIMIT);

      assertThat(stopped.exitCode()).as(stopped.output()).isZero();
      assertThat(stopped.took()).isLessThan(STOP_LIMIT);
      assertThat(ProcessHandle.of(agent.pid())).isEmpty();
    }
  }

  @Test
  void adminRequestsNeedTheTokenAndNeverRunOnRead() throws Exception {
    Path config = config(scenario("healthy.yaml"), "1h");
    try (AgentProcess agent = start(config)) {
      agent.awaitCode("/v1/health", 200, FOLLOW_LIMIT);
      String before = agent.get("/v1/health").body();
      Thread.sleep(20);
      assertThat(agent.get("/v1/health").body()).as("a read never runs a check").isEqualTo(before);

      assertThat(agent.post("/v1/cycle", null).statusCode()).isEqualTo(401);
      assertThat(agent.post("/v1/cycle", "wrong-token-wrong-token").statusCode()).isEqualTo(401);
      HttpResponse<String> cycle = agent.post("/v1/cycle", agent.adminToken());
      assertThat(cycle.statusCode()).as(cycle.body()).isEqualTo(200);
      assertThat(agent.get("/v1/health").body())
          .as("the cycle made a new snapshot")
          .isNotEqualTo(before);
      assertThat(Files.getPosixFilePermissions(work.resolve("state/admin-token")))
          .extracting(Object::toString)
          .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");

      assertThat(agent.get("/v1/nothing-here").statusCode()).isEqualTo(404);
      assertThat(agent.stop(STOP_LIMIT).exitCode()).isZero();
    }
  }

  @Test
  void theRealMetricsPassPromtool() throws Exception {
    Path config = config(scenario("needs-assistance.yaml"), "1h");
    try (AgentProcess agent = start(config)) {
      agent.awaitCode("/v1/health", 200, FOLLOW_LIMIT);
      String metrics = agent.get("/metrics").body();
      assertThat(metrics).contains("sessionhost_");

      Path file = Files.writeString(work.resolve("metrics.txt"), metrics);
      Process promtool =
          new ProcessBuilder(List.of("promtool", "check", "metrics"))
              .redirectInput(file.toFile())
              .redirectErrorStream(true)
              .start();
      assertThat(promtool.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String said = new String(promtool.getInputStream().readAllBytes());
      assertThat(promtool.exitValue()).as(said).isZero();
      assertThat(said.strip()).isEmpty();
      assertThat(agent.stop(STOP_LIMIT).exitCode()).isZero();
    }
  }
}
