package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** The metrics line that counts published snapshots, and its value. */
  private static final Pattern PUBLISHED =
      Pattern.compile("(?m)^sessionhost_snapshots_published_total (\\S+)$");

  /** Where a scenario's {@code hang: true} fault holds the probe's caller. */
  private static final String HANG_FRAME = "dev.sessionhost.adapter.out.simulated.Fault.hold";

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

  private Path withCheckTimeout(Path config, String check, String timeout) throws IOException {
    return Files.writeString(
        config,
        Files.readString(config) + "checks:\n  " + check + ": { timeout: " + timeout + " }\n");
  }

  private AgentProcess start(Path config) throws IOException, InterruptedException {
    return AgentProcess.start(distribution.launcher(), config, work.resolve("state"));
  }

  private static long statusLines(String stdout) {
    return stdout.lines().filter(line -> line.contains(" status ")).count();
  }

  /** How many snapshots the agent has published: one per cycle here, as its metrics count them. */
  private static long snapshotsPublished(AgentProcess agent)
      throws IOException, InterruptedException {
    String metrics = agent.get("/metrics").body();
    Matcher count = PUBLISHED.matcher(metrics);
    assertThat(count.find()).as("the metrics count published snapshots:%n%s", metrics).isTrue();
    return (long) Double.parseDouble(count.group(1));
  }

  /** Waits until the agent has published at least {@code count} snapshots. */
  private static void awaitSnapshotsPublished(AgentProcess agent, long count)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
    long published = snapshotsPublished(agent);
    while (published < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the agent published "
                + published
                + " snapshots within "
                + FOLLOW_LIMIT
                + ", not "
                + count
                + ":\n"
                + agent.output());
      }
      Thread.sleep(100);
      published = snapshotsPublished(agent);
    }
  }

  /** Waits until a thread dump of the agent shows a thread held by a scenario's hang fault. */
  private static void awaitAHangingCheck(AgentProcess agent)
      throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
    String dump = "";
    while (System.nanoTime() < deadline) {
      Process threads =
          new ProcessBuilder(jcmd.toString(), Long.toString(agent.pid()), "Thread.print")
              .redirectErrorStream(true)
              .start();
      dump = new String(threads.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(threads.waitFor(FOLLOW_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
      if (dump.contains(HANG_FRAME)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no thread of the agent hangs in " + HANG_FRAME + ":\n" + dump);
  }

  @Test
  void followsTheHostLogsOnlyChangesAndReportsShutdownOnSigterm() throws Exception {
    Path scenario = scenario("healthy.yaml");
    Path config = config(scenario, "1s");
    try (AgentProcess agent = start(config)) {
      HttpResponse<String> healthy = agent.awaitCode("/v1/health", 200, FOLLOW_LIMIT);
      assertThat(healthy.body()).contains("\"status\":\"Available\"");
      // Cycles run one after another, each telling every reporter (the log, the metrics, the
      // snapshot) in turn. Three more snapshots counted after the Available one was seen mean
      // that at least one whole healthy cycle after it has told the log, which had to stay quiet.
      awaitSnapshotsPublished(agent, snapshotsPublished(agent) + 3);
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
    // a timeout far off, so that the check still hangs when the stop comes, however late
    Path config =
        withCheckTimeout(
            config(scenario("drill-hanging-metadata.yaml"), "30s"), "MetaDataServiceCheck", "5m");
    try (AgentProcess agent = start(config)) {
      awaitAHangingCheck(agent);
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
