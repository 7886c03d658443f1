package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminAccessTest {

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
  void aCycleWithoutATokenIs401AndRunsNothing() {
    HttpResponse<String> response =
        harness.send(harness.request("/v1/cycle").POST(BodyPublishers.noBody()));

    assertUnauthorized(response);
    assertThat(harness.fakes.cycles).hasValue(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer wrong",
        "Bearer " + ApiHarness.TOKEN + "x",
        "Basic " + ApiHarness.TOKEN,
        "Bearer"
      })
  void aCycleWithAWrongTokenIs401(String authorization) {
    HttpResponse<String> response =
        harness.send(
            harness
                .request("/v1/cycle")
                .header("Authorization", authorization)
                .POST(BodyPublishers.noBody()));

    assertUnauthorized(response);
    assertThat(harness.fakes.cycles).hasValue(0);
  }

  @Test
  void aCycleWithTheTokenRunsOnceAndAnswersTheNewSnapshot() {
    harness.fakes.afterCycle = Snapshots.inStatus(SessionHostStatus.NEEDS_ASSISTANCE);

    HttpResponse<String> response =
        harness.send(harness.admin("/v1/cycle").POST(BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ApiHarness.json(response).get("status").asString()).isEqualTo("NeedsAssistance");
    assertThat(harness.fakes.cycles).hasValue(1);
  }

  @Test
  void aCycleThatLeavesTheHostUnavailableAnswers503() {
    harness.fakes.afterCycle = Snapshots.inStatus(SessionHostStatus.UNAVAILABLE);

    HttpResponse<String> response =
        harness.send(harness.admin("/v1/cycle").POST(BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(ApiHarness.json(response).get("status").asString()).isEqualTo("Unavailable");
  }

  @Test
  void withoutAConfiguredTokenAdminRequestsAre401SayingSo() {
    harness.close();
    harness = new ApiHarness(uploads, Optional.empty());

    HttpResponse<String> response =
        harness.send(harness.admin("/v1/cycle").POST(BodyPublishers.noBody()));

    assertUnauthorized(response);
    assertThat(ApiHarness.json(response).get("error").get("message").asString())
        .contains("no admin token is configured");
    assertThat(harness.fakes.cycles).hasValue(0);
  }

  @Test
  void readsNeedNoToken() {
    harness.publish(Snapshots.available());

    assertThat(harness.get("/v1/health").statusCode()).isEqualTo(200);
    assertThat(harness.get("/metrics").statusCode()).isEqualTo(200);
  }

  static void assertUnauthorized(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"sessionhost\"");
    assertThat(ApiHarness.json(response).get("error").get("code").asString())
        .isEqualTo("Unauthorized");
  }
}
