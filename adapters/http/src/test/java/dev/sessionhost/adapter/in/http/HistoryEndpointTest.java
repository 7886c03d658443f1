package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class HistoryEndpointTest {

  static final Instant FIRST = Instant.parse("2026-11-24T07:00:00Z");
  static final Instant SECOND = Instant.parse("2026-11-24T07:10:00Z");

  @TempDir Path uploads;
  ApiHarness harness;

  @BeforeEach
  void start() {
    harness = new ApiHarness(uploads);
    harness.fakes.changes.add(
        new StatusChange(
            SessionHostStatus.UNAVAILABLE, SessionHostStatus.AVAILABLE, FIRST, List.of()));
    harness.fakes.changes.add(
        new StatusChange(
            SessionHostStatus.AVAILABLE,
            SessionHostStatus.NEEDS_ASSISTANCE,
            SECOND,
            List.of(
                new FailingCheck(
                    KnownCheck.MONITORING_AGENT.id(),
                    FailureEffect.NEEDS_ASSISTANCE,
                    CheckOutcome.FAILED,
                    "agent inactive",
                    "start it"),
                new AgentCondition(
                    AgentCondition.Kind.UPGRADE_FAILED, "upgrade failed", "retry"))));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void listsStatusChangesOldestFirstWithTheirReasons() {
    HttpResponse<String> response = harness.get("/v1/history");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode changes = ApiHarness.json(response);
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).get("from").asString()).isEqualTo("Unavailable");
    assertThat(changes.get(0).get("to").asString()).isEqualTo("Available");
    assertThat(changes.get(0).get("at").asString()).isEqualTo("2026-11-24T07:00:00Z");
    JsonNode reasons = changes.get(1).get("reasons");
    assertThat(reasons.get(0).get("check").asString()).isEqualTo("MonitoringAgentCheck");
    assertThat(reasons.get(0).get("effect").asString()).isEqualTo("NEEDS_ASSISTANCE");
    assertThat(reasons.get(0).get("message").asString()).isEqualTo("agent inactive");
    assertThat(reasons.get(1).get("condition").asString()).isEqualTo("UPGRADE_FAILED");
    assertThat(reasons.get(1).has("check")).isFalse();
  }

  @Test
  void asksTheHistoryForAHundredByDefault() {
    harness.get("/v1/history");

    assertThat(harness.fakes.lastLimit).isEqualTo(100);
  }

  @Test
  void passesTheLimitAsked() {
    HttpResponse<String> response = harness.get("/v1/history?limit=1");

    assertThat(harness.fakes.lastLimit).isEqualTo(1);
    assertThat(ApiHarness.json(response)).hasSize(1);
    assertThat(ApiHarness.json(response).get(0).get("to").asString()).isEqualTo("NeedsAssistance");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "1001", "ten", ""})
  void aBadLimitIs400(String limit) {
    HttpResponse<String> response = harness.get("/v1/history?limit=" + limit);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(ApiHarness.json(response).get("error").get("code").asString())
        .isEqualTo("BadRequest");
  }
}
