package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.wire.AzureSchema;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SnapshotResourcesTest {

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

  @Test
  void aCheckIsFoundByItsIdInAnyCase() {
    harness.publish(Snapshots.inStatus(SessionHostStatus.NEEDS_ASSISTANCE));

    HttpResponse<String> response = harness.get("/v1/health/checks/monitoringagentcheck");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = ApiHarness.json(response);
    assertThat(result.get("healthCheckName").asString()).isEqualTo("MonitoringAgentCheck");
    assertThat(result.get("healthCheckResult").asString()).isEqualTo("HealthCheckFailed");
    assertThat(result.get("effect").asString()).isEqualTo("NEEDS_ASSISTANCE");
    assertThat(result.get("additionalFailureDetails").get("errorCode").asInt()).isEqualTo(3);
  }

  @Test
  void anUnknownCheckIs404NamingTheId() {
    harness.publish(Snapshots.available());

    HttpResponse<String> response = harness.get("/v1/health/checks/NoSuchCheck");

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode error = ApiHarness.json(response).get("error");
    assertThat(error.get("code").asString()).isEqualTo("NotFound");
    assertThat(error.get("message").asString()).contains("NoSuchCheck");
  }

  @Test
  void theSessionHostResourceMatchesTheAzureSchema() {
    harness.publish(Snapshots.inStatus(SessionHostStatus.UPGRADE_FAILED));

    HttpResponse<String> response = harness.get("/v1/sessionhost");

    assertThat(response.statusCode()).isEqualTo(200);
    List<Error> errors = AzureSchema.validate(AzureSchema.strict(), response.body());
    assertThat(AzureSchema.describe(errors)).isEmpty();
    JsonNode properties = ApiHarness.json(response).get("properties");
    assertThat(properties.get("status").asString()).isEqualTo("UpgradeFailed");
    assertThat(properties.get("agentVersion").asString()).isEqualTo("1.2.3");
    assertThat(properties.get("updateErrorMessage").asString()).isEqualTo(Snapshots.UPDATE_ERROR);
  }

  @Test
  void aPluginsOwnCheckKeepsTheResourceValidWhereTheApiEnumsAreOpen() {
    harness.publish(Snapshots.realistic());

    HttpResponse<String> response = harness.get("/v1/sessionhost");

    List<Error> errors = AzureSchema.validate(AzureSchema.openEnums(), response.body());
    assertThat(AzureSchema.describe(errors)).isEmpty();
    assertThat(response.body()).contains("disk-space.root");
  }

  @Test
  void theSessionHostResourceIs200EvenWhenTheHostIsUnavailable() {
    harness.publish(Snapshots.inStatus(SessionHostStatus.UNAVAILABLE));

    HttpResponse<String> response = harness.get("/v1/sessionhost");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ApiHarness.json(response).get("properties").get("status").asString())
        .isEqualTo("Unavailable");
  }
}
