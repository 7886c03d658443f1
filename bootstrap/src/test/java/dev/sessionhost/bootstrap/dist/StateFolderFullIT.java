package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13: the agent's state folder, a 512 KiB tmpfs mounted in the agent's own mount namespace,
 * fills up, and later turns read-only. All along the agent keeps cycling and serving; each outage
 * puts one line naming the history file in the log (not one a cycle), and one more once the file is
 * written again; the status changes of the outage are then written, in order; and what was written
 * before (the history, the update state, the admin token) is left intact.
 */
class StateFolderFullIT {

  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(20);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A change of an earlier run, there when the agent starts. */
  private static final String EARLIER_RUN =
      "{\"from\":\"Available\",\"to\":\"Shutdown\",\"at\":\"2026-01-01T00:00:00Z\",\"reasons\":[]}\n";

  private static final String UPDATE_STATE =
      "{\n"
          + "  \"state\" : \"Succeeded\",\n"
          + "  \"errorMessage\" : \"\",\n"
          + "  \"lastUpdateTime\" : \"2026-01-01T00:00:00Z\"\n"
          + "}\n";

  private static Distribution distribution;

  @TempDir Path work;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  @Test
  void keepsCyclingThroughAFullThenReadOnlyStateFolderAndCatchesUpAfterEach() throws Exception {
    Path state = Files.createDirectories(work.resolve("state"));
    Path seed = Files.createDirectories(work.resolve("seed"));
    Files.writeString(seed.resolve("history.jsonl"), EARLIER_RUN);
    Files.writeString(seed.resolve("update-state.json"), UPDATE_STATE);
    Path scenario =
        Files.copy(distribution.scenario("healthy.yaml"), work.resolve("scenario.yaml"));
    String healthy = Files.readString(scenario);
    String stopped = monitoringAgentStoppedWithALongDetail();
    Path config =
        Files.writeString(
            work.resolve("sessionhost.yaml"),
            String.join(
                "\n",
                "agent:",
                "  hostName: state-folder-full-it",
                "  cycleInterval: 1s",
                "  environment: simulated",
                "  scenario: " + scenario,
                "  pluginsDir: " + distribution.plugins(),
                "  stateDir: " + state,
                "http:",
                "  port: 0",
                ""));
    StateMount mount = StateMount.over(state);
    List<String> command =
        mount.command(
            "512k",
            seed,
            List.of(distribution.launcher().toString(), "agent", "--config", config.toString()));
    String named = state.resolve("history.jsonl").toString(); // as the agent names it

    try (AgentProcess agent = AgentProcess.startThrough(command, state, mount::seenBy)) {
      Path history = mount.folder().resolve("history.jsonl");
      String token = agent.adminToken();
      byte[] tokenFile = Files.readAllBytes(mount.folder().resolve("admin-token"));
      agent.awaitCode("/v1/health", 200, FOLLOW_LIMIT); // 503 until the first cycle is done
      awaitStatus(agent, "Available");
      // NeedsAssistance has a line longer than a page: appending it always needs a new page
      flip(agent, scenario, stopped, "NeedsAssistance");
      flip(agent, scenario, healthy, "Available");
      awaitLines(agent, history, 4);
      String beforeFull = Files.readString(history);

      long filled = mount.fill("filler");
      long cyclesFull = twoChangesOverCycles(agent, scenario, stopped, healthy, token);
      assertThat(Files.readString(history))
          .as("while full nothing is added, not even half a line")
          .isEqualTo(beforeFull);
      assertThat(served(agent)).hasSize(6).startsWith(changesIn(beforeFull).toArray(String[]::new));
      assertThat(naming(agent, named))
          .as("one line for the outage, whatever the number of cycles, in:\n" + agent.output())
          .singleElement()
          .asString()
          .contains("cannot write", "No space left on device");

      Files.delete(mount.folder().resolve("filler"));
      awaitLines(agent, history, 6);
      String afterFull = Files.readString(history);
      assertThat(afterFull).startsWith(beforeFull);
      assertThat(changesIn(afterFull)).isEqualTo(served(agent));
      assertThat(naming(agent, named)).hasSize(2).last().asString().contains("2 status changes");

      mount.readOnly();
      long cyclesReadOnly = twoChangesOverCycles(agent, scenario, stopped, healthy, token);
      assertThat(Files.readString(history)).isEqualTo(afterFull);
      assertThat(served(agent)).hasSize(8);
      assertThat(naming(agent, named))
          .as(agent.output())
          .hasSize(3)
          .last()
          .asString()
          .contains("cannot write", "Read-only file system");

      mount.writable();
      awaitLines(agent, history, 8);
      String afterReadOnly = Files.readString(history);
      assertThat(naming(agent, named)).hasSize(4).last().asString().contains("2 status changes");

      assertThat(afterReadOnly).startsWith(afterFull).startsWith(EARLIER_RUN);
      assertThat(changesIn(afterReadOnly)).hasSize(8).isEqualTo(served(agent));
      assertThat(mount.folder().resolve("update-state.json")).hasContent(UPDATE_STATE);
      assertThat(agent.get("/v1/health").body()).contains("\"updateState\":\"Succeeded\"");
      assertThat(mount.folder().resolve("admin-token")).hasBinaryContent(tokenFile);
      assertThat(agent.post("/v1/cycle", token).statusCode()).isEqualTo(200);
      String output = agent.output();
      assertThat(output)
          .doesNotContain("\tat ", "damaged", "health cycle failed", "could not record");
      System.out.printf(
          "state folder full drill: filler %d bytes; %d snapshots while full, %d while read-only;"
              + " history lines: %d before, %d after full, %d after read-only%n",
          filled,
          cyclesFull,
          cyclesReadOnly,
          changesIn(beforeFull).size(),
          changesIn(afterFull).size(),
          changesIn(afterReadOnly).size());
      System.out.println(String.join("\n", naming(agent, named)));

      assertThat(agent.stop(Duration.ofSeconds(5)).exitCode()).isZero();
    }
  }

  /**
   * Makes the host NeedsAssistance and then Available again over at least five cycles, one of them
   * asked for with the admin token; returns how many snapshots were published meanwhile.
   */
  private long twoChangesOverCycles(
      AgentProcess agent, Path scenario, String stopped, String healthy, String token)
      throws IOException, InterruptedException {
    long before = cycles(agent);
    flip(agent, scenario, stopped, "NeedsAssistance");
    awaitCycles(agent, 3);
    flip(agent, scenario, healthy, "Available");
    awaitCycles(agent, 2);
    assertThat(agent.post("/v1/cycle", token).statusCode()).isEqualTo(200);
    long published = cycles(agent) - before;
    assertThat(published).isGreaterThanOrEqualTo(6);
    return published;
  }

  /** The shipped scenario with the monitoring agent stopped, its detail over 4 KiB long. */
  private static String monitoringAgentStoppedWithALongDetail() throws IOException {
    String shipped = Files.readString(distribution.scenario("monitoring-agent-stopped.yaml"));
    String detail = "ActiveState=failed SubState=failed Result=exit-code";
    assertThat(shipped).contains(detail);
    return shipped.replace(
        detail, detail + " journal:" + " azuremonitoragent[4711]: out of memory".repeat(120));
  }

  /** Swaps the scenario in whole, as an editor saving it would, and waits for the status. */
  private void flip(AgentProcess agent, Path scenario, String text, String status)
      throws IOException, InterruptedException {
    Path next = Files.writeString(work.resolve("next.yaml"), text);
    Files.move(next, scenario, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    awaitStatus(agent, status);
  }

  private static JsonNode health(AgentProcess agent) throws IOException, InterruptedException {
    HttpResponse<String> health = agent.get("/v1/health");
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    return JSON.readTree(health.body());
  }

  private static void awaitStatus(AgentProcess agent, String status)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
    while (!health(agent).get("status").asString().equals(status)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never " + status + ":\n" + agent.output());
      }
      Thread.sleep(100);
    }
  }

  /** Waits until {@code count} more cycles have assessed the host, every read answering 200. */
  private static void awaitCycles(AgentProcess agent, int count)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
    Set<String> seen = new HashSet<>();
    String first = health(agent).get("lastHealthCheckDateTime").asString();
    while (seen.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the cycle stopped:\n" + agent.output());
      }
      Thread.sleep(100);
      String at = health(agent).get("lastHealthCheckDateTime").asString();
      if (!at.equals(first)) {
        seen.add(at);
      }
    }
  }

  /** The snapshots published so far: one a cycle, and one for each other reassessment. */
  private static long cycles(AgentProcess agent) throws IOException, InterruptedException {
    return agent
        .get("/metrics")
        .body()
        .lines()
        .filter(line -> line.startsWith("sessionhost_snapshots_published_total "))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
        .findFirst()
        .orElseThrow();
  }

  private static void awaitLines(AgentProcess agent, Path history, int count)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
    // complete lines only: a line being written may be read half
    while (Files.readString(history).chars().filter(c -> c == '\n').count() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "history.jsonl never had " + count + " lines:\n" + Files.readString(history));
      }
      Thread.sleep(100);
    }
  }

  /** Each line of a history file as "from to at"; fails the test on a line that is no change. */
  private static List<String> changesIn(String file) {
    assertThat(file).endsWith("\n");
    List<String> changes = new ArrayList<>();
    for (String line : file.split("\n")) {
      changes.add(change(JSON.readTree(line)));
    }
    return changes;
  }

  /** The changes {@code GET /v1/history} serves, oldest first, as "from to at". */
  private static List<String> served(AgentProcess agent) throws IOException, InterruptedException {
    HttpResponse<String> history = agent.get("/v1/history?limit=1000");
    assertThat(history.statusCode()).isEqualTo(200);
    List<String> changes = new ArrayList<>();
    for (JsonNode change : JSON.readTree(history.body())) {
      changes.add(change(change));
    }
    return changes;
  }

  private static String change(JsonNode change) {
    return change.get("from").asString()
        + " "
        + change.get("to").asString()
        + " "
        + change.get("at").asString();
  }

  /** The lines of the agent's output that name {@code file}. */
  private static List<String> naming(AgentProcess agent, String file) throws IOException {
    return agent.output().lines().filter(line -> line.contains(file)).toList();
  }
}
