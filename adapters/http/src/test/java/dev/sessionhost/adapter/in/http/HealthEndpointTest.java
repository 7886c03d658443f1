package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

class HealthEndpointTest {

  @TempDir Path uploads;
  ApiHarness harness;

  @BeforeEach
  void start() {
    harness = new ApiHarness(uploads);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = SessionHostStatus.class,
      names = {"AVAILABLE", "NEEDS_ASSISTANCE", "UPGRADE_FAILED"})
  void answers200WhenTheStatusAcceptsConnections(SessionHostStatus status) {
    harness.publish(Snapshots.inStatus(status));

    HttpResponse<String> response = harness.get("/v1/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ApiHarness.json(response).get("status").asString()).isEqualTo(status.wireName());
  }

  @ParameterizedTest
  @EnumSource(
      value = SessionHostStatus.class,
      names = {"UNAVAILABLE", "SHUTDOWN", "UPGRADING"})
  void answers503WhenTheStatusTakesNoConnections(SessionHostStatus status) {
    harness.publish(Snapshots.inStatus(status));

    HttpResponse<String> response = harness.get("/v1/health");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(ApiHarness.json(response).get("status").asString()).isEqualTo(status.wireName());
  }

  @Test
  void servesTheSnapshotAsJsonWithItsChecksAndReasons() {
    harness.publish(Snapshots.inStatus(SessionHostStatus.NEEDS_ASSISTANCE));

    HttpResponse<String> response = harness.get("/v1/health");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = ApiHarness.json(response);
    assertThat(body.get("name").asString()).isEqualTo(Snapshots.HOST);
    assertThat(body.get("acceptsNewSessions").asBoolean()).isTrue();
    assertThat(body.get("reasons").get(0).get("check").asString())
        .isEqualTo("MonitoringAgentCheck");
    assertThat(body.get("sessionHostHealthCheckResults")).hasSize(Snapshots.CHECKS.size());
    assertThat(body.get("cycleDurationMs").asLong()).isEqualTo(1500);
  }

  @Test
  void servesTheLatestPublishedSnapshot() {
    harness.publish(Snapshots.available());
    assertThat(harness.get("/v1/health").statusCode()).isEqualTo(200);

    harness.publish(Snapshots.inStatus(SessionHostStatus.UNAVAILABLE));

    assertThat(harness.get("/v1/health").statusCode()).isEqualTo(503);
  }

  @Test
  void beforeTheFirstPublicationServesTheApplicationsCurrentSnapshot() {
    harness.fakes.current = Snapshots.inStatus(SessionHostStatus.UNAVAILABLE);

    HttpResponse<String> first = harness.get("/v1/health");
    HttpResponse<String> second = harness.get("/v1/health");

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(harness.fakes.healthReads).as("rendered once, then cached").hasValue(1);
  }

  @Test
  void readsNeverRunACheck() {
    harness.publish(Snapshots.available());

    for (String path :
        new String[] {"/v1/health", "/v1/sessionhost", "/v1/history", "/metrics", "/v1/plugins"}) {
      assertThat(harness.get(path).statusCode()).as(path).isEqualTo(200);
    }
    harness.get("/v1/health/checks/DomainJoinedCheck");

    assertThat(harness.fakes.cycles).hasValue(0);
    assertThat(harness.fakes.healthReads).hasValue(0);
  }

  @Test
  void headAnswersTheStatusAndLengthWithoutABody() {
    harness.publish(Snapshots.inStatus(SessionHostStatus.SHUTDOWN));
    int length =
        harness.get("/v1/health").body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;

    HttpResponse<String> head =
        harness.send(
            harness.request("/v1/health").method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(head.statusCode()).isEqualTo(503);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(length));
  }
}
