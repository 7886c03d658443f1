package dev.sessionhost.bootstrap.dist;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the agent started on a state folder whose three files are damaged starts all the same,
 * says in one line a file what was wrong and what it did, keeps each damaged file aside with its
 * bytes, and works from safe defaults (the initial update state, a new history, a new token).
 */
class CorruptStateIT {

  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(30);

  private static Distribution distribution;

  @TempDir Path work;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  @Test
  void startsOnDamagedStateKeepingEachFileAsideAndNamingItOnce() throws Exception {
    Path state = Files.createDirectories(work.resolve("state"));
    byte[] random = new byte[4096];
    new Random(13).nextBytes(random);
    random[100] = '\n'; // complete lines of garbage, not a line cut by a crash
    Map<String, byte[]> damaged =
        Map.of(
            "update-state.json", "{\"state\": \"Succ".getBytes(UTF_8),
            "history.jsonl", random,
            "admin-token", "too-short\n".getBytes(UTF_8));
    for (Map.Entry<String, byte[]> file : damaged.entrySet()) {
      Files.write(state.resolve(file.getKey()), file.getValue());
    }
    Files.setPosixFilePermissions(
        state.resolve("admin-token"), PosixFilePermissions.fromString("rw-------"));
    Path config =
        distribution.healthyAgentConfig(work, "corrupt-state-it", distribution.plugins(), state);

    try (AgentProcess agent = AgentProcess.start(distribution.launcher(), config, state)) {
      HttpResponse<String> health = agent.awaitCode("/v1/health", 200, FOLLOW_LIMIT);
      assertThat(health.body()).contains("\"status\":\"Available\"");

      String output = agent.output();
      for (String name : damaged.keySet()) {
        List<String> naming =
            output.lines().filter(line -> line.contains(state.resolve(name) + " ")).toList();
        assertThat(naming).as(name + " in:\n" + output).hasSize(1);
        assertThat(naming.get(0)).contains(": kept as " + name + ".damaged-");
      }
      assertThat(output)
          .contains("update-state.json is not valid JSON (line 1, column")
          .contains("starting from the initial update state")
          .contains("history.jsonl holds no readable status change (")
          .contains("starting history.jsonl anew")
          .contains("admin-token holds a token of 9 characters, fewer than the 16 needed")
          .contains("generated a new admin token (mode 0600)");
      for (Map.Entry<String, byte[]> file : damaged.entrySet()) {
        assertThat(keptAside(state, file.getKey()))
            .as(file.getKey())
            .singleElement()
            .satisfies(kept -> assertThat(kept).hasBinaryContent(file.getValue()));
      }

      String token = agent.adminToken();
      assertThat(token).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo("too-short");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(state.resolve("admin-token"))))
          .isEqualTo("rw-------");
      assertThat(agent.post("/v1/cycle", "too-short").statusCode()).isEqualTo(401);
      HttpResponse<String> cycle = agent.post("/v1/cycle", token);
      assertThat(cycle.statusCode()).as(cycle.body()).isEqualTo(200);
      assertThat(agent.get("/v1/plugins").statusCode()).isEqualTo(200);
      assertThat(agent.get("/v1/history").statusCode()).isEqualTo(200);

      assertThat(agent.stop(Duration.ofSeconds(5)).exitCode()).isZero();
    }
    assertThat(Files.readString(state.resolve("history.jsonl")))
        .as("the new history is written")
        .contains("\"to\":\"Available\"", "\"to\":\"Shutdown\"");
  }

  private static List<Path> keptAside(Path state, String name) throws IOException {
    try (Stream<Path> files = Files.list(state)) {
      return files.filter(p -> p.getFileName().toString().startsWith(name + ".damaged-")).toList();
    }
  }
}
