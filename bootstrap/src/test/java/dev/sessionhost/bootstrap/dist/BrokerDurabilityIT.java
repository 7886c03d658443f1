package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing is lost: while the broker is down an agent's status changes wait in its outbox and arrive
 * in order, none twice, once the broker is back; and a broker killed with SIGKILL in the middle of
 * ingest still has every heartbeat it answered 200 for.
 */
class BrokerDurabilityIT {

  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(45);

  private static Distribution distribution;

  @TempDir Path work;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private AgentProcess broker(Path config) throws IOException, InterruptedException {
    return AgentProcess.startBroker(distribution.launcher(), config, work.resolve("broker"));
  }

  /** Polls the agent's own API until it reports {@code status}. */
  private static void awaitLocal(AgentProcess agent, String status)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      last = agent.get("/v1/sessionhost").body();
      if (last.contains("\"status\":\"" + status + "\"")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the agent never reported " + status + "; last: " + last);
  }

  private void swap(Path scenario, String shipped) throws IOException {
    Path next =
        Files.copy(
            distribution.scenario(shipped),
            work.resolve("next.yaml"),
            StandardCopyOption.REPLACE_EXISTING);
    Files.move(next, scenario, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void changesMadeWhileTheBrokerIsDownArriveInOrderNoneTwice() throws Exception {
    int port = freePort();
    Path config = BrokerIT.brokerConfig(work, "broker", port, "");
    Path scenario =
        Files.copy(distribution.scenario("healthy.yaml"), work.resolve("host-scenario.yaml"));
    AgentProcess broker = broker(config);
    BrokerApi api = new BrokerApi(broker.base(), broker.adminToken());
    String token = api.registrationToken();
    try (AgentProcess agent =
        AgentProcess.start(
            distribution.launcher(),
            BrokerIT.agentConfig(work, "host-o", scenario, broker.base().toString(), token),
            work.resolve("host-o"))) {
      api.awaitStatus("host-o", "Available", FOLLOW_LIMIT);
      assertThat(broker.stop(Duration.ofSeconds(10)).exitCode()).isZero();

      List<String> whileDown = List.of("needs-assistance.yaml", "unavailable.yaml", "healthy.yaml");
      List<String> expected = List.of("NeedsAssistance", "Unavailable", "Available");
      for (int i = 0; i < whileDown.size(); i++) {
        swap(scenario, whileDown.get(i));
        awaitLocal(agent, expected.get(i));
        Thread.sleep(1500); // a few unchanged heartbeats, which collapse in the outbox
      }

      try (AgentProcess back = broker(config)) {
        assertThat(back.base().getPort()).isEqualTo(port);
        api = new BrokerApi(back.base(), back.adminToken());
        BrokerApi reader = api;
        long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
        List<String> reported = List.of();
        while (System.nanoTime() < deadline) {
          reported = reportedStatuses(reader.history("host-o"));
          if (reported.size() >= 4) {
            break;
          }
          Thread.sleep(200);
        }
        assertThat(reported)
            .as("the reported statuses in the host's history")
            .containsExactly("Available", "NeedsAssistance", "Unavailable", "Available");
        assertThat(BrokerApi.status(api.host("host-o").orElseThrow())).isEqualTo("Available");
      }
    } finally {
      broker.close();
    }
  }

  /** The statuses the host itself reported, in order: the broker's silences left out. */
  private static List<String> reportedStatuses(List<JsonNode> history) {
    List<String> statuses = new ArrayList<>();
    for (JsonNode change : history) {
      if (!change.toString().contains("NoHeartbeat")
          && !change.toString().contains("NeverReported")) {
        statuses.add(change.get("status").asString());
      }
    }
    return statuses;
  }

  @Test
  void aBrokerKilledDuringIngestStillHasEveryHeartbeatItAcknowledged() throws Exception {
    int port = freePort();
    Path config = BrokerIT.brokerConfig(work, "broker", port, "");
    Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    Map<String, String> credentials = new ConcurrentHashMap<>();
    String health = healthSnapshot();
    try (AgentProcess broker = broker(config)) {
      BrokerApi api = new BrokerApi(broker.base(), broker.adminToken());
      String token = api.registrationToken();
      for (int i = 0; i < 20; i++) {
        String name = "ingest-" + i;
        HttpResponse<String> registered =
            api.send(
                "POST",
                "/v1/register",
                null,
                "{\"registrationToken\":\"" + token + "\",\"name\":\"" + name + "\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        credentials.put(name, BrokerApi.json(registered).get("credential").asString());
      }
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> senders = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int worker = t;
        Thread sender =
            new Thread(
                () -> {
                  long sequence = 0;
                  while (!stop.get()) {
                    sequence++;
                    for (int i = worker; i < 20 && !stop.get(); i += 4) {
                      String name = "ingest-" + i;
                      try {
                        HttpResponse<String> answer =
                            api.send(
                                "POST",
                                "/v1/heartbeat",
                                credentials.get(name),
                                heartbeat(health, name, sequence));
                        if (answer.statusCode() == 200) {
                          acknowledged.merge(name, sequence, Math::max);
                        }
                      } catch (IOException | InterruptedException e) {
                        return; // the broker is gone
                      }
                    }
                  }
                });
        sender.start();
        senders.add(sender);
      }
      // killed while the senders go on, once every host has had a few heartbeats acknowledged
      long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
      while ((acknowledged.size() < credentials.size()
              || acknowledged.values().stream().anyMatch(sequence -> sequence < 3))
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      broker.kill();
      stop.set(true);
      for (Thread sender : senders) {
        sender.join(30_000);
      }
    }
    assertThat(acknowledged).isNotEmpty();
    try (AgentProcess back = broker(config)) {
      BrokerApi api = new BrokerApi(back.base(), back.adminToken());
      for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
        HttpResponse<String> again =
            api.send(
                "POST",
                "/v1/heartbeat",
                credentials.get(ack.getKey()),
                heartbeat(health, ack.getKey(), ack.getValue()));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(BrokerApi.json(again).get("repeated").asBoolean())
            .as("heartbeat %d of %s, answered 200 before the kill", ack.getValue(), ack.getKey())
            .isTrue();
      }
    }
  }

  /** A snapshot of a healthy simulated host, as `check --format json` prints it. */
  private String healthSnapshot() throws IOException, InterruptedException {
    Launcher.Run check =
        distribution
            .launch(work)
            .run(
                "check",
                "--format",
                "json",
                "--scenario",
                distribution.scenario("healthy.yaml").toString());
    assertThat(check.exitCode()).as(check.toString()).isZero();
    return check.out();
  }

  static String heartbeat(String health, String name, long sequence) {
    ObjectNode snapshot = (ObjectNode) WireJson.MAPPER.readTree(health);
    snapshot.put("name", name);
    ObjectNode body = WireJson.MAPPER.createObjectNode();
    body.put("sequence", sequence);
    body.put("sessions", 0);
    body.put("agentVersion", "test");
    body.put("osVersion", "Linux");
    body.set("health", snapshot);
    return body.toString();
  }
}
