package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.in.cli.CliHarness.Run;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.wire.AzureSessionHostJson;
import dev.sessionhost.wire.HealthReport;
import dev.sessionhost.wire.HostHealthJson;
import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusCommandTest {

  private LoopbackAgent agent;

  @BeforeEach
  void startAgent() throws IOException {
    agent = new LoopbackAgent();
  }

  @AfterEach
  void stopAgent() {
    agent.close();
  }

  private Run status(HostHealth health, String... args) {
    int code = health.status().acceptsNewConnections() ? 200 : 503;
    agent.answer(
        "GET /v1/health",
        code,
        WireJson.write(HostHealthJson.from(new HealthReport(health, Map.of()))));
    agent.answer(
        "GET /v1/sessionhost", 200, WireJson.write(AzureSessionHostJson.from(health, "1.2.3")));
    FakeAgentSession sessions = new FakeAgentSession(agent.base());
    return new CliHarness(new StatusCommand(sessions, 120)).run(args);
  }

  @Test
  void anAvailableAgentPrintsItsTableAndExitsZero() {
    Run run = status(Snapshots.available(), "status");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Available").contains("SxSStackListenerCheck");
    assertThat(agent.requests)
        .extracting(LoopbackAgent.Request::path)
        .containsExactly("/v1/health");
  }

  @Test
  void anUnavailableAgentExitsTwoLikeCheckDoes() {
    Run run = status(Snapshots.unavailable(), "status");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("Unavailable").contains(Snapshots.DOMAIN_MESSAGE);
  }

  @Test
  void anUpgradeFailedAgentExitsOne() {
    assertThat(status(Snapshots.upgradeFailed(), "status").exitCode()).isEqualTo(1);
  }

  @Test
  void jsonIsTheAgentsSnapshot() {
    Run run = status(Snapshots.needsAssistance(), "status", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(WireJson.MAPPER.readTree(run.out()).get("status").asString())
        .isEqualTo("NeedsAssistance");
  }

  @Test
  void azureAsksForTheSessionHostResource() {
    Run run = status(Snapshots.available(), "status", "--format=azure");

    assertThat(WireJson.MAPPER.readTree(run.out()).at("/properties/agentVersion").asString())
        .isEqualTo("1.2.3");
    assertThat(agent.requests)
        .extracting(LoopbackAgent.Request::path)
        .containsExactly("/v1/health", "/v1/sessionhost");
  }

  @Test
  void noAgentListeningIsExitThreeWithWhereItLooked() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort);

    Run run = new CliHarness(new StatusCommand(new FakeAgentSession(nowhere), 120)).run("status");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no agent answers at " + nowhere).contains("sessionhost agent");
  }

  @Test
  void urlOptionWinsOverTheConfiguredAddress() {
    agent.answer(
        "GET /v1/health",
        200,
        WireJson.write(HostHealthJson.from(new HealthReport(Snapshots.available(), Map.of()))));
    FakeAgentSession elsewhere = new FakeAgentSession(URI.create("http://127.0.0.1:1"));

    Run run =
        new CliHarness(new StatusCommand(elsewhere, 120))
            .run("status", "--url", agent.base().toString());

    assertThat(run.exitCode()).isZero();
  }

  @Test
  void anAnswerThatIsNotASnapshotIsExitThree() {
    agent.answer("GET /v1/health", 200, "{\"hello\":1}");

    Run run =
        new CliHarness(new StatusCommand(new FakeAgentSession(agent.base()), 120)).run("status");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("sessionhost: ");
  }
}
