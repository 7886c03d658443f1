package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.jdbc.PostgresServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two real broker processes on one real PostgreSQL answer the same: a host registered through one
 * and reporting to it is seen, drained and deleted through the other, and goes silent for both.
 */
class BrokerPostgresIT {

  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(45);

  private static Distribution distribution;

  @TempDir Path work;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  @Test
  void twoBrokersOnOneDatabaseAnswerTheSame() throws Exception {
    try (PostgresServer postgres = PostgresServer.start()) {
      String database =
          String.join(
              "\n",
              "  adminToken: shared-admin-token-0123456789",
              "  database:",
              "    url: " + postgres.newDatabase(),
              "    user: " + PostgresServer.USER,
              "    poolSize: 4");
      Path configA = BrokerIT.brokerConfig(work, "a", 0, database);
      Path configB = BrokerIT.brokerConfig(work, "b", 0, database);
      try (AgentProcess a =
              AgentProcess.startBroker(distribution.launcher(), configA, work.resolve("a"));
          AgentProcess b =
              AgentProcess.startBroker(distribution.launcher(), configB, work.resolve("b"))) {
        BrokerApi apiA = new BrokerApi(a.base(), "shared-admin-token-0123456789");
        BrokerApi apiB = new BrokerApi(b.base(), "shared-admin-token-0123456789");
        String token = apiA.registrationToken();
        Path scenario =
            Files.copy(
                distribution.scenario("needs-assistance.yaml"), work.resolve("scenario.yaml"));
        try (AgentProcess agent =
            AgentProcess.start(
                distribution.launcher(),
                BrokerIT.agentConfig(work, "host-pg", scenario, a.base().toString(), token),
                work.resolve("host-pg"))) {
          apiB.awaitStatus("host-pg", "NeedsAssistance", FOLLOW_LIMIT);
          assertThat(BrokerApi.status(apiA.host("host-pg").orElseThrow()))
              .isEqualTo("NeedsAssistance");

          HttpResponse<String> drained =
              apiB.admin(
                  "PATCH",
                  "/v1/hostPools/default/sessionHosts/host-pg",
                  "{\"properties\":{\"allowNewSession\":false}}");
          assertThat(drained.statusCode()).as(drained.body()).isEqualTo(200);
          JsonNode seenByA = apiA.host("host-pg").orElseThrow();
          assertThat(seenByA.get("properties").get("allowNewSession").asBoolean()).isFalse();

          agent.kill();
          apiA.awaitStatus("host-pg", "Unavailable", FOLLOW_LIMIT);
          assertThat(BrokerApi.status(apiB.host("host-pg").orElseThrow())).isEqualTo("Unavailable");
          assertThat(apiA.history("host-pg").toString())
              .isEqualTo(apiB.history("host-pg").toString());
        }
        assertThat(
                apiB.admin("DELETE", "/v1/hostPools/default/sessionHosts/host-pg", null)
                    .statusCode())
            .isEqualTo(204);
        assertThat(apiA.host("host-pg")).isEmpty();
      }
    }
  }
}
