package dev.sessionhost.adapter.in.broker;

import static dev.sessionhost.adapter.in.broker.BrokerHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.wire.AzureSchema;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API over hosts that registered and reported through the same server. */
class SessionHostsApiTest {

  private static final Schema AZURE = AzureSchema.brokerStrict();

  private final BrokerHarness broker = new BrokerHarness();

  @AfterEach
  void stop() {
    broker.close();
  }

  private static void assertAzureShaped(JsonNode host) {
    assertThat(AzureSchema.describe(AzureSchema.validate(AZURE, host.toString())))
        .as("schema errors of %s", host)
        .isEmpty();
  }

  @Test
  void aRegisteredHostThatReportedIsListedAndShownInTheAzureShape() {
    String credential = broker.register("host-1");
    HttpResponse<String> beat =
        broker.heartbeat(credential, "host-1", 1, SessionHostStatus.AVAILABLE);
    assertThat(beat.statusCode()).as(beat.body()).isEqualTo(200);
    assertThat(json(beat.body()).get("status").asString()).isEqualTo("Available");
    assertThat(json(beat.body()).get("repeated").asBoolean()).isFalse();

    HttpResponse<String> list = broker.get("/v1/hostPools/default/sessionHosts");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode value = json(list.body()).get("value");
    assertThat(value).hasSize(1);
    assertThat(json(list.body()).has("nextLink")).isFalse();
    value.forEach(SessionHostsApiTest::assertAzureShaped);

    HttpResponse<String> one = broker.get("/v1/hostPools/default/sessionHosts/host-1");
    assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
    JsonNode host = json(one.body());
    assertAzureShaped(host);
    assertThat(host.get("name").asString()).contains("host-1");
    assertThat(host.get("properties").get("status").asString()).isEqualTo("Available");
    assertThat(host.get("properties").get("sessions").asInt()).isEqualTo(2);
  }

  @Test
  void aRepeatedHeartbeatIsAnsweredAsRepeated() {
    String credential = broker.register("host-1");
    broker.heartbeat(credential, "host-1", 5, SessionHostStatus.AVAILABLE);

    HttpResponse<String> again =
        broker.heartbeat(credential, "host-1", 5, SessionHostStatus.AVAILABLE);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again.body()).get("repeated").asBoolean()).isTrue();
  }

  @Test
  void theHostPoolsAreListedWithTheirSettings() {
    HttpResponse<String> pools = broker.get("/v1/hostPools");

    assertThat(pools.statusCode()).isEqualTo(200);
    JsonNode pool = json(pools.body()).get("value").get(0);
    assertThat(pool.get("name").asString()).isEqualTo("default");
    assertThat(pool.get("properties").get("friendlyName").asString()).isEqualTo("Default");
    assertThat(pool.get("properties").get("maxSessionLimit").asInt()).isEqualTo(10);
  }

  @Test
  void nextLinkPagesThroughMoreHostsThanAPageHolds() {
    for (int i = 0; i < 7; i++) {
      broker.register(String.format("host-%02d", i));
    }
    List<String> seen = new ArrayList<>();
    String next = "/v1/hostPools/default/sessionHosts?pageSize=3";
    int pages = 0;
    while (next != null) {
      HttpResponse<String> page = broker.get(next);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      JsonNode body = json(page.body());
      assertThat(body.get("value").size()).isLessThanOrEqualTo(3);
      body.get("value").forEach(h -> seen.add(h.get("name").asString()));
      body.get("value").forEach(SessionHostsApiTest::assertAzureShaped);
      next = body.has("nextLink") ? URI.create(body.get("nextLink").asString()).toString() : null;
      if (next != null) {
        assertThat(next).startsWith(broker.uri().toString());
        next = next.substring(broker.uri().toString().length());
      }
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(7).doesNotHaveDuplicates();
  }

  @Test
  void theStatusFilterKeepsOnlyHostsShownWithThatStatus() {
    broker.heartbeat(broker.register("good"), "good", 1, SessionHostStatus.AVAILABLE);
    broker.heartbeat(broker.register("bad"), "bad", 1, SessionHostStatus.UNAVAILABLE);

    HttpResponse<String> list = broker.get("/v1/hostPools/default/sessionHosts?status=Unavailable");

    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode value = json(list.body()).get("value");
    assertThat(value).hasSize(1);
    assertThat(value.get(0).get("name").asString()).contains("bad");
  }

  @Test
  void drainingAHostIsVisibleInItsResource() {
    broker.heartbeat(broker.register("host-1"), "host-1", 1, SessionHostStatus.AVAILABLE);

    HttpResponse<String> patched =
        broker.admin(
            "PATCH",
            "/v1/hostPools/default/sessionHosts/host-1",
            "{\"properties\":{\"allowNewSession\":false,\"assignedUser\":\"alice@example.com\"}}");

    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    JsonNode host = json(broker.get("/v1/hostPools/default/sessionHosts/host-1").body());
    assertThat(host.get("properties").get("allowNewSession").asBoolean()).isFalse();
    assertThat(host.get("properties").get("assignedUser").asString())
        .isEqualTo("alice@example.com");
    assertAzureShaped(host);
  }

  @Test
  void aDeletedHostIsGoneAndItsCredentialNoLongerWorks() {
    String credential = broker.register("host-1");

    HttpResponse<String> deleted =
        broker.admin("DELETE", "/v1/hostPools/default/sessionHosts/host-1", null);

    assertThat(deleted.statusCode()).isIn(200, 204);
    HttpResponse<String> gone = broker.get("/v1/hostPools/default/sessionHosts/host-1");
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(json(gone.body()).get("error").get("code").asString()).isEqualTo("HOST_NOT_FOUND");
    assertThat(broker.heartbeat(credential, "host-1", 1, SessionHostStatus.AVAILABLE).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theHistoryListsEachChangeOfTheShownStatusWithItsTime() {
    String credential = broker.register("host-1");
    broker.heartbeat(credential, "host-1", 1, SessionHostStatus.AVAILABLE);
    broker.clock.advance(Duration.ofSeconds(30));
    broker.heartbeat(credential, "host-1", 2, SessionHostStatus.UNAVAILABLE);

    HttpResponse<String> history = broker.get("/v1/hostPools/default/sessionHosts/host-1/history");

    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    JsonNode value = json(history.body()).get("value");
    assertThat(value.size()).isGreaterThanOrEqualTo(2);
    JsonNode last = value.get(value.size() - 1);
    assertThat(last.get("status").asString()).isEqualTo("Unavailable");
    assertThat(last.get("previousStatus").asString()).isEqualTo("Available");
    assertThat(last.get("time").asString()).isEqualTo("2026-12-01T10:00:30Z");
    assertThat(last.has("reasons")).isTrue();
  }

  @Test
  void aTokenIsIssuedWithItsExpiry() {
    HttpResponse<String> issued =
        broker.admin("POST", "/v1/hostPools/default/registrationTokens", "{\"expiresIn\":\"2h\"}");

    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JsonNode body = json(issued.body());
    assertThat(body.get("token").asString()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(body.get("expirationTime").asString()).isEqualTo("2026-12-01T12:00:00Z");
  }

  @Test
  void theBrokerSaysItIsHealthyWhileItsStoreAnswers() {
    HttpResponse<String> health = broker.send("GET", "/v1/health", null, null);

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health.body()).get("status").asString()).isEqualTo("ok");
  }

  @Test
  void theBrokerIsUnavailableWhileItsStoreDoesNotAnswer() {
    broker.store.unreachable = true;

    HttpResponse<String> health = broker.send("GET", "/v1/health", null, null);

    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(json(health.body()).get("problem").asString()).contains("connection refused");
  }
}
