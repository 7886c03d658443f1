package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-checks plugin in the real distribution, running Debian's monitoring plugins and small
 * misbehaving scripts: each decides its check as the Nagios convention says, a hung or chatty one
 * never holds the cycle, no process outlives its timeout, and a secret never shows.
 */
class CommandChecksIT {

  private static final String PLUGINS = "/usr/lib/nagios/plugins/";
  private static final String SECRET = "hunter2-not-for-your-eyes";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Distribution distribution;

  @TempDir Path work;

  @BeforeAll
  static void findTheDistributionAndThePlugins() {
    distribution = Distribution.assembled();
    assertThat(Path.of(PLUGINS + "check_tcp"))
        .as("Debian's monitoring-plugins-basic (installed by .ci/run)")
        .isExecutable();
  }

  private Path config(String... commandChecks) throws IOException {
    return Files.writeString(
        work.resolve("sessionhost.yaml"),
        String.join(
                "\n",
                "agent:",
                "  environment: simulated",
                "  scenario: " + distribution.scenario("healthy.yaml"),
                "  pluginsDir: " + distribution.plugins(),
                "  stateDir: " + work.resolve("state"),
                "http:",
                "  port: 0",
                "commandChecks:")
            + "\n"
            + String.join("\n", commandChecks)
            + "\n");
  }

  private static String entry(String id, String effect, String timeout, String... command) {
    StringBuilder argv = new StringBuilder();
    for (String arg : command) {
      argv.append(argv.length() == 0 ? "" : ", ").append('"').append(arg).append('"');
    }
    return "  - { id: "
        + id
        + ", failureEffect: "
        + effect
        + ", timeout: "
        + timeout
        + ", command: ["
        + argv
        + "] }";
  }

  private Path script(String name, String body) throws IOException {
    Path file = work.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  private JsonNode checkJson(Path config) throws Exception {
    Launcher.Run run =
        distribution.launch(work).run("check", "--config", config.toString(), "--format", "json");
    assertThat(run.err()).as(run.toString()).isEmpty();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("status").asString()).isNotBlank();
    return root;
  }

  private static JsonNode result(JsonNode root, String id) {
    for (JsonNode result : root.get("sessionHostHealthCheckResults")) {
      if (result.get("healthCheckName").asString().equals(id)) {
        return result;
      }
    }
    throw new AssertionError(id + " is not in the report: " + root);
  }

  private static String outcome(JsonNode root, String id) {
    return result(root, id).get("healthCheckResult").asString();
  }

  private static String message(JsonNode root, String id) {
    return result(root, id).get("additionalFailureDetails").get("message").asString();
  }

  @Test
  void realMonitoringPluginsDecideTheirChecks() throws Exception {
    // The process checks name the command as well as the argument: both run at once, and each
    // would otherwise count the other check_procs, whose own arguments carry the marker.
    Process marked = new ProcessBuilder("sleep", "3779.4242").start();
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext(
        "/ok",
        exchange -> {
          byte[] body = "fine".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    http.start();
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String openPort = String.valueOf(open.getLocalPort());
      Path config =
          config(
              entry(
                  "TcpOpen",
                  "UNAVAILABLE",
                  "10s",
                  PLUGINS + "check_tcp",
                  "-H",
                  "127.0.0.1",
                  "-p",
                  openPort),
              entry(
                  "TcpClosed",
                  "NEEDS_ASSISTANCE",
                  "10s",
                  PLUGINS + "check_tcp",
                  "-H",
                  "127.0.0.1",
                  "-p",
                  String.valueOf(closedPort)),
              entry(
                  "RootDisk",
                  "NONE",
                  "10s",
                  PLUGINS + "check_disk",
                  "-w",
                  "1%",
                  "-c",
                  "1%",
                  "-p",
                  "/"),
              entry(
                  "MarkedProcess",
                  "UNAVAILABLE",
                  "10s",
                  PLUGINS + "check_procs",
                  "-C",
                  "sleep",
                  "-a",
                  "3779.4242",
                  "-c",
                  "1:1"),
              entry(
                  "TwoMarkedProcesses",
                  "NONE",
                  "10s",
                  PLUGINS + "check_procs",
                  "-C",
                  "sleep",
                  "-a",
                  "3779.4242",
                  "-c",
                  "2:2"),
              entry(
                  "LoopbackHttp",
                  "UNAVAILABLE",
                  "10s",
                  PLUGINS + "check_http",
                  "-H",
                  "127.0.0.1",
                  "-p",
                  String.valueOf(http.getAddress().getPort()),
                  "-u",
                  "/ok"));

      JsonNode root = checkJson(config);

      assertThat(outcome(root, "TcpOpen")).isEqualTo("HealthCheckSucceeded");
      assertThat(message(root, "TcpOpen")).startsWith("TCP OK");
      assertThat(
              result(root, "TcpOpen")
                  .get("measurements")
                  .valueStream()
                  .map(m -> m.get("label").asString()))
          .contains("time");
      assertThat(outcome(root, "TcpClosed")).isEqualTo("HealthCheckFailed");
      assertThat(message(root, "TcpClosed")).contains("Connection refused");
      assertThat(outcome(root, "RootDisk")).isNotEqualTo("Unknown");
      assertThat(
              result(root, "RootDisk")
                  .get("measurements")
                  .valueStream()
                  .map(m -> m.get("label").asString()))
          .contains("/");
      assertThat(outcome(root, "MarkedProcess")).isEqualTo("HealthCheckSucceeded");
      assertThat(outcome(root, "TwoMarkedProcesses")).isEqualTo("HealthCheckFailed");
      assertThat(outcome(root, "LoopbackHttp")).isEqualTo("HealthCheckSucceeded");
      assertThat(message(root, "LoopbackHttp")).contains("HTTP OK");
      assertThat(root.get("status").asString())
          .as("only TcpClosed fails, and it needs assistance")
          .isEqualTo("NeedsAssistance");
    } finally {
      http.stop(0);
      marked.destroyForcibly();
    }
  }

  @Test
  void misbehavingCommandsAreUnknownAndLeaveNoProcessBehind() throws Exception {
    Path hang =
        script(
            "hang.sh",
            "sleep 600 & echo $! > "
                + work.resolve("child.pid")
                + "\necho $$ > "
                + work.resolve("parent.pid")
                + "\nwait");
    Path chatty = script("chatty.sh", "head -c 1048576 /dev/zero | tr '\\0' x\necho\nexit 0");
    Path unknown = script("unknown.sh", "echo 'UNKNOWN - cannot tell'\nexit 3");
    Path killed = script("killed.sh", "echo about to go\nkill -9 $$");
    Path config =
        config(
            entry("Hangs", "NONE", "1s", hang.toString()),
            entry("Chatty", "NONE", "10s", chatty.toString()),
            entry("SaysUnknown", "NONE", "10s", unknown.toString()),
            entry("Killed", "NONE", "10s", killed.toString()),
            entry("Missing", "NONE", "10s", work.resolve("no-such-check").toString()));

    long started = System.nanoTime();
    JsonNode root = checkJson(config);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(outcome(root, "Hangs")).isEqualTo("Unknown");
    assertThat(message(root, "Hangs")).contains("timed out after 1s");
    for (String pidFile : List.of("child.pid", "parent.pid")) {
      long pid = Long.parseLong(Files.readString(work.resolve(pidFile)).strip());
      assertThat(awaitGone(pid)).as("process %s of the hung tree", pid).isTrue();
    }
    assertThat(outcome(root, "Chatty")).isEqualTo("HealthCheckSucceeded");
    assertThat(message(root, "Chatty").length()).isLessThanOrEqualTo(4096);
    assertThat(result(root, "Chatty").get("details").toString()).contains("dropped");
    assertThat(outcome(root, "SaysUnknown")).isEqualTo("Unknown");
    assertThat(message(root, "SaysUnknown")).contains("UNKNOWN - cannot tell");
    assertThat(outcome(root, "Killed")).isEqualTo("Unknown");
    assertThat(message(root, "Killed")).contains("signal 9");
    assertThat(outcome(root, "Missing")).isEqualTo("Unknown");
    assertThat(message(root, "Missing")).contains("no-such-check");
    assertThat(root.get("status").asString()).as("every effect is NONE").isEqualTo("Available");
    // a JVM start and a cycle whose other commands may take up to 10 s each, on a loaded machine;
    // a cycle that waited for the hung command would take its 600 s
    assertThat(took)
        .as("the hung command held the cycle no longer than its timeout")
        .isLessThan(Duration.ofSeconds(120));
  }

  @Test
  void aCommandStillRunningWhenTheAgentStopsDoesNotOutliveIt() throws Exception {
    Path pids = work.resolve("pids");
    Path slow =
        script(
            "slow.sh",
            "( ( sleep 900 & echo $! >> " + pids + " ) & )\necho $$ >> " + pids + "\nsleep 900");
    Path config = config(entry("Slow", "NONE", "10m", slow.toString()));

    try (AgentProcess agent =
        AgentProcess.start(distribution.launcher(), config, work.resolve("state"))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!(Files.exists(pids) && Files.readAllLines(pids).size() == 2)) {
        assertThat(System.nanoTime())
            .as("the slow command started:%n%s", agent.output())
            .isLessThan(deadline);
        Thread.sleep(50);
      }
      AgentProcess.Stopped stopped = agent.stop(Duration.ofSeconds(10));

      assertThat(stopped.exitCode()).as(stopped.output()).isZero();
      assertThat(stopped.took()).isLessThan(Duration.ofSeconds(5));
    }
    for (long pid : Files.readAllLines(pids).stream().map(Long::parseLong).toList()) {
      assertThat(awaitGone(pid)).as("process %d outlived the agent", pid).isTrue();
    }
  }

  @Test
  void aSecretNeverReachesTheReportTheApiOrTheLog() throws Exception {
    Path leaky =
        script(
            "leaky.sh",
            "echo \"CRITICAL - token is $TOKEN | '$TOKEN'=1;;;;\"\necho \"more $TOKEN\"\n"
                + "echo \"err $TOKEN\" >&2\nexit 2");
    Files.writeString(
        work.resolve("sessionhost.yaml"),
        Files.readString(config())
            + "  - id: Leaky\n    failureEffect: NEEDS_ASSISTANCE\n    command: ["
            + leaky
            + "]\n    environment:\n      TOKEN: { value: \""
            + SECRET
            + "\", secret: true }\n");
    Path config = work.resolve("sessionhost.yaml");

    Launcher.Run table = distribution.launch(work).run("check", "--config", config.toString());
    assertThat(table.exitCode()).as(table.toString()).isEqualTo(1);
    assertThat(table.out() + table.err()).contains("CRITICAL - token is").doesNotContain(SECRET);
    JsonNode root = checkJson(config);
    assertThat(root.toString()).contains("*****").doesNotContain(SECRET);

    try (AgentProcess agent =
        AgentProcess.start(distribution.launcher(), config, work.resolve("state"))) {
      agent.awaitCode("/v1/health", 200, Duration.ofSeconds(30));
      for (String path :
          List.of(
              "/v1/health",
              "/v1/sessionhost",
              "/v1/history",
              "/metrics",
              "/v1/health/checks/Leaky")) {
        assertThat(agent.get(path).body()).as(path).doesNotContain(SECRET);
      }
      AgentProcess.Stopped stopped = agent.stop(Duration.ofSeconds(5));
      assertThat(stopped.output()).contains("Leaky").doesNotContain(SECRET);
    }
  }

  private static boolean awaitGone(long pid) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }
}
