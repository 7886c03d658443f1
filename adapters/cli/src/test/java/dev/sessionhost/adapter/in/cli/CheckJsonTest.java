package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.in.cli.CliHarness.Run;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.wire.WireJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CheckJsonTest {

  private static JsonNode json(HostHealth health) {
    Run run =
        new CliHarness(new CheckCommand(FakeCheckSession.returning(health), 120))
            .run("check", "--format", "json");
    assertThat(run.err()).isEmpty();
    // pretty printed: one field per line
    assertThat(run.out().lines().count()).isGreaterThan(20);
    return WireJson.MAPPER.readTree(run.out());
  }

  @Test
  void availableHasEveryFieldInAStableOrder() {
    JsonNode json = json(Snapshots.available());

    assertThat(json.propertyNames())
        .containsExactly(
            "name",
            "status",
            "statusTimestamp",
            "lastHealthCheckDateTime",
            "acceptsNewSessions",
            "reasons",
            "sessionHostHealthCheckResults",
            "updateState",
            "updateErrorMessage",
            "lastUpdateTime",
            "pluginProblems",
            "cycleDurationMs");
    assertThat(json.get("name").asString()).isEqualTo("web-01");
    assertThat(json.get("status").asString()).isEqualTo("Available");
    assertThat(json.get("statusTimestamp").asString()).isEqualTo("2026-11-24T07:10:00Z");
    assertThat(json.get("lastHealthCheckDateTime").asString())
        .isEqualTo("2026-11-24T07:30:01.250Z");
    assertThat(json.get("acceptsNewSessions").asBoolean()).isTrue();
    assertThat(json.get("reasons").isEmpty()).isTrue();
    assertThat(json.get("updateState").asString()).isEqualTo("Initial");
    assertThat(json.get("lastUpdateTime").isNull()).isTrue();
    assertThat(json.get("pluginProblems").isEmpty()).isTrue();
    JsonNode results = json.get("sessionHostHealthCheckResults");
    assertThat(results.size()).isEqualTo(7);
    for (JsonNode result : results) {
      assertThat(result.get("healthCheckResult").asString()).isEqualTo("HealthCheckSucceeded");
    }
  }

  @Test
  void aResultCarriesItsEffectDurationDetailsAndFailureDetails() {
    JsonNode json = json(Snapshots.needsAssistance());

    JsonNode monitoring = result(json, "MonitoringAgentCheck");
    assertThat(monitoring.propertyNames())
        .containsExactly(
            "healthCheckName",
            "healthCheckResult",
            "effect",
            "effectJudgedByRun",
            "additionalFailureDetails",
            "durationMs",
            "details",
            "measurements");
    assertThat(monitoring.get("measurements").isArray()).isTrue();
    assertThat(monitoring.get("measurements").isEmpty()).isTrue();
    assertThat(monitoring.get("healthCheckResult").asString()).isEqualTo("HealthCheckFailed");
    assertThat(monitoring.get("effect").asString()).isEqualTo("NEEDS_ASSISTANCE");
    assertThat(monitoring.get("effectJudgedByRun").asBoolean()).isFalse();
    assertThat(monitoring.get("durationMs").asLong()).isEqualTo(41);
    assertThat(monitoring.get("details").get("state").asString()).isEqualTo("inactive");
    JsonNode failure = monitoring.get("additionalFailureDetails");
    assertThat(failure.get("message").asString()).isEqualTo(Snapshots.MONITORING_MESSAGE);
    assertThat(failure.get("errorCode").asInt()).isEqualTo(3);
    assertThat(Instant.parse(failure.get("lastHealthCheckDateTime").asString()))
        .isEqualTo(Snapshots.AT);
    assertThat(result(json, "DomainJoinedCheck").get("effect").asString()).isEqualTo("UNAVAILABLE");
  }

  @Test
  void needsAssistanceGivesTheFailingCheckAsItsReason() {
    JsonNode json = json(Snapshots.needsAssistance());

    assertThat(json.get("status").asString()).isEqualTo("NeedsAssistance");
    assertThat(json.get("acceptsNewSessions").asBoolean()).isTrue();
    JsonNode reason = json.get("reasons").get(0);
    assertThat(reason.propertyNames())
        .containsExactly("check", "effect", "healthCheckResult", "message", "remediation");
    assertThat(reason.get("check").asString()).isEqualTo("MonitoringAgentCheck");
    assertThat(reason.get("effect").asString()).isEqualTo("NEEDS_ASSISTANCE");
    assertThat(reason.get("remediation").asString())
        .isEqualTo(KnownCheck.MONITORING_AGENT.definition().remediation());
  }

  @Test
  void aSettingTheConfigurationGotWrongGivesTheConfigurationsRemediation() {
    JsonNode json = json(Snapshots.misconfigured());

    JsonNode reason = json.get("reasons").get(0);
    assertThat(reason.get("check").asString()).isEqualTo("MonitoringAgentCheck");
    assertThat(reason.get("healthCheckResult").asString()).isEqualTo("Unknown");
    assertThat(reason.get("message").asString()).isEqualTo(Snapshots.CONFIG_MESSAGE);
    assertThat(reason.get("remediation").asString()).isEqualTo(Snapshots.CONFIG_REMEDIATION);
  }

  @Test
  void unavailableListsTheFatalReasonFirstAndTakesNoSessions() {
    JsonNode json = json(Snapshots.unavailable());

    assertThat(json.get("status").asString()).isEqualTo("Unavailable");
    assertThat(json.get("acceptsNewSessions").asBoolean()).isFalse();
    assertThat(json.get("reasons").size()).isEqualTo(2);
    assertThat(json.get("reasons").get(0).get("check").asString()).isEqualTo("DomainJoinedCheck");
    assertThat(json.get("reasons").get(0).get("effect").asString()).isEqualTo("UNAVAILABLE");
    assertThat(json.get("reasons").get(1).get("check").asString())
        .isEqualTo("MonitoringAgentCheck");
  }

  @Test
  void anEffectTheRunJudgedIsFlagged() {
    JsonNode appAttach = result(json(Snapshots.judgedFatal()), "AppAttachHealthCheck");

    assertThat(appAttach.get("effect").asString()).isEqualTo("UNAVAILABLE");
    assertThat(appAttach.get("effectJudgedByRun").asBoolean()).isTrue();
  }

  @Test
  void pluginProblemsNameThePluginAndTheReason() {
    JsonNode json = json(Snapshots.withPluginProblem());

    JsonNode problem = json.get("pluginProblems").get(0);
    assertThat(problem.get("plugin").asString()).isEqualTo(Snapshots.PLUGIN);
    assertThat(problem.get("reason").asString()).isEqualTo(Snapshots.PLUGIN_REASON);
    JsonNode custom = result(json, Catalogues.CUSTOM_ID);
    assertThat(custom.get("effect").asString()).isEqualTo("NONE");
  }

  @Test
  void anAgentConditionHasAConditionAndNoCheck() {
    JsonNode json = json(Snapshots.upgradeFailed());

    JsonNode reason = json.get("reasons").get(0);
    assertThat(reason.propertyNames()).containsExactly("condition", "message", "remediation");
    assertThat(reason.get("condition").asString()).isEqualTo("UPGRADE_FAILED");
    assertThat(json.get("updateState").asString()).isEqualTo("Failed");
    assertThat(json.get("updateErrorMessage").asString())
        .isEqualTo("metadata-service 1.1.0 threw on its smoke run");
    assertThat(json.get("lastUpdateTime").asString()).isEqualTo("2026-11-24T07:10:00Z");
  }

  @Test
  void shutdownReportsEveryResultAsSessionHostShutdown() {
    JsonNode json = json(Snapshots.shutdown());

    assertThat(json.get("status").asString()).isEqualTo("Shutdown");
    for (JsonNode result : json.get("sessionHostHealthCheckResults")) {
      assertThat(result.get("healthCheckResult").asString()).isEqualTo("SessionHostShutdown");
    }
  }

  static JsonNode result(JsonNode json, String name) {
    for (JsonNode result : json.get("sessionHostHealthCheckResults")) {
      if (result.get("healthCheckName").asString().equals(name)) {
        return result;
      }
    }
    throw new AssertionError("no result for " + name + " in " + json);
  }
}
