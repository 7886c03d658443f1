package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The pool as an operator sees it: a real broker process and two real agent processes on loopback.
 * A host appears when its agent starts, follows its scenario, goes Unavailable (NoHeartbeat) when
 * its agent is killed, Shutdown when its agent stops; drain mode and delete through the API.
 */
class BrokerIT {

  /** Short, so that a killed agent is noticed within the test: three of its 1 s cycles. */
  private static final String HEARTBEAT_TIMEOUT = "3s";

  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(45);

  private static Distribution distribution;

  @TempDir Path work;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  static Path brokerConfig(Path work, String name, int port, String databaseYaml)
      throws IOException {
    return Files.writeString(
        work.resolve(name + ".yaml"),
        String.join(
            "\n",
            "brokerServer:",
            "  port: " + port,
            "  stateDir: " + work.resolve(name),
            "  heartbeatTimeout: " + HEARTBEAT_TIMEOUT,
            databaseYaml,
            ""));
  }

  static Path agentConfig(Path work, String host, Path scenario, String brokerUrl, String token)
      throws IOException {
    return Files.writeString(
        work.resolve(host + ".yaml"),
        String.join(
            "\n",
            "agent:",
            "  hostName: " + host,
            "  cycleInterval: 1s",
            "  environment: simulated",
            "  scenario: " + scenario,
            "  pluginsDir: " + Distribution.assembled().plugins(),
            "  stateDir: " + work.resolve(host),
            "http:",
            "  port: 0",
            "broker:",
            "  url: " + brokerUrl,
            "  registrationToken: " + token,
            ""));
  }

  /** A copy of a shipped scenario for {@code host}, in {@code work}. */
  static Path scenario(Path work, String host, String shipped) throws IOException {
    return Files.copy(
        Distribution.assembled().scenario(shipped),
        work.resolve(host + "-scenario.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Swaps a shipped scenario in whole, as an editor saving the file would. */
  static void change(Path work, Path scenario, String shipped) throws IOException {
    Path next = Files.copy(Distribution.assembled().scenario(shipped), work.resolve("next.yaml"));
    Files.move(next, scenario, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void thePoolFollowsItsHostsThroughChangesAKillAStopDrainAndDelete() throws Exception {
    // the power state from a real command: the word in power/<host>, else running
    Path power = Files.createDirectories(work.resolve("power"));
    Path domstate =
        Files.writeString(
            work.resolve("domstate.sh"),
            "#!/bin/sh\nif [ -f "
                + power
                + "/\"$1\" ]; then cat "
                + power
                + "/\"$1\";"
                + " else echo running; fi\n");
    Files.setPosixFilePermissions(
        domstate, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    Path config =
        brokerConfig(
            work,
            "broker",
            0,
            "  powerState: { source: command, command: [" + domstate + "], keepFor: 1ms }");
    try (AgentProcess broker =
        AgentProcess.startBroker(distribution.launcher(), config, work.resolve("broker"))) {
      BrokerApi api = new BrokerApi(broker.base(), broker.adminToken());
      assertThat(api.admin("GET", "/v1/health", null).statusCode()).isEqualTo(200);

      Launcher.Run issued =
          distribution
              .launch(work)
              .run("broker", "token", "--config", config.toString(), "--pool", "default");
      assertThat(issued.exitCode()).as(issued.toString()).isZero();
      String token = issued.out().lines().findFirst().orElseThrow().strip();
      assertThat(issued.out()).contains("expires ");

      Path scenarioA = scenario(work, "host-a", "healthy.yaml");
      Path scenarioB = scenario(work, "host-b", "needs-assistance.yaml");
      String url = broker.base().toString();
      try (AgentProcess a =
              AgentProcess.start(
                  distribution.launcher(),
                  agentConfig(work, "host-a", scenarioA, url, token),
                  work.resolve("host-a"));
          AgentProcess b =
              AgentProcess.start(
                  distribution.launcher(),
                  agentConfig(work, "host-b", scenarioB, url, token),
                  work.resolve("host-b"))) {
        api.awaitStatus("host-a", "Available", FOLLOW_LIMIT);
        api.awaitStatus("host-b", "NeedsAssistance", FOLLOW_LIMIT);
        assertThat(api.hosts()).hasSize(2);
        assertThat(Files.getPosixFilePermissions(work.resolve("host-a/broker-credential")))
            .extracting(Object::toString)
            .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");

        change(work, scenarioA, "unavailable.yaml");
        JsonNode down = api.awaitStatus("host-a", "Unavailable", FOLLOW_LIMIT);
        assertThat(down.toString()).contains("HealthCheckFailed");

        b.kill();
        api.awaitStatus("host-b", "Unavailable", FOLLOW_LIMIT);
        List<JsonNode> silence = api.history("host-b");
        JsonNode last = silence.get(silence.size() - 1);
        assertThat(last.get("basis").asString()).isEqualTo("NoHeartbeat");
        assertThat(last.toString()).contains("NO_HEARTBEAT").contains("remediation");

        AgentProcess.Stopped stopped = a.stop(Duration.ofSeconds(10));
        assertThat(stopped.exitCode()).isZero();
        JsonNode shutdown = api.awaitStatus("host-a", "Shutdown", FOLLOW_LIMIT);
        assertThat(shutdown.get("properties").get("powerState").asString())
            .as("the agent stopped, its machine did not")
            .isEqualTo("Running");
        Files.writeString(power.resolve("host-a"), "deallocated\n");
        Thread.sleep(4000); // longer than the heartbeat timeout: a Shutdown stays
        JsonNode deallocated = api.host("host-a").orElseThrow();
        assertThat(BrokerApi.status(deallocated)).isEqualTo("Shutdown");
        assertThat(deallocated.get("properties").get("powerState").asString())
            .as("shown beside the status, never changing it")
            .isEqualTo("Deallocated");
        assertThat(
                api.hosts().stream()
                    .map(h -> h.get("properties").get("powerState").asString())
                    .toList())
            .as("the listing carries it too")
            .containsExactlyInAnyOrder("Deallocated", "Running");

        List<String> statuses =
            api.history("host-a").stream().map(c -> c.get("status").asString()).toList();
        assertThat(statuses).containsSubsequence("Available", "Unavailable", "Shutdown");
      }

      HttpResponse<String> drained =
          api.admin(
              "PATCH",
              "/v1/hostPools/default/sessionHosts/host-a",
              "{\"properties\":{\"allowNewSession\":false,\"friendlyName\":\"Front desk\"}}");
      assertThat(drained.statusCode()).as(drained.body()).isEqualTo(200);
      JsonNode a = api.host("host-a").orElseThrow();
      assertThat(a.get("properties").get("allowNewSession").asBoolean()).isFalse();
      assertThat(a.get("properties").get("friendlyName").asString()).isEqualTo("Front desk");

      HttpResponse<String> deleted =
          api.admin("DELETE", "/v1/hostPools/default/sessionHosts/host-b", null);
      assertThat(deleted.statusCode() / 100).as(deleted.body()).isEqualTo(2);
      assertThat(api.host("host-b")).isEmpty();
      assertThat(api.hosts()).hasSize(1);

      AgentProcess.Stopped stopped = broker.stop(Duration.ofSeconds(10));
      assertThat(stopped.exitCode()).as(stopped.output()).isZero();
    }
  }

  @Test
  void aBadConfigurationOrTokenRequestStopsWithExitCode3AndSaysWhere() throws Exception {
    Path bad = Files.writeString(work.resolve("bad.yaml"), "brokerServer:\n  prot: 8780\n");
    Launcher.Run run = distribution.launch(work).run("broker", "--config", bad.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains(bad + ":2:3: brokerServer.prot: unknown key");

    Path config = brokerConfig(work, "broker", 0, "");
    Launcher.Run shortLived =
        distribution
            .launch(work)
            .run("broker", "token", "--config", config.toString(), "--expires", "10m");
    assertThat(shortLived.exitCode()).isEqualTo(3);
    assertThat(shortLived.err()).contains("--expires").contains("between 1 hour and 27 days");
    Launcher.Run noPool =
        distribution
            .launch(work)
            .run("broker", "token", "--config", config.toString(), "--pool", "nope");
    assertThat(noPool.exitCode()).isEqualTo(3);
    assertThat(noPool.err()).contains("--pool").contains("no host pool named nope");
  }
}
