package dev.sessionhost.adapter.in.broker;

import static dev.sessionhost.adapter.in.broker.BrokerHarness.ADMIN;
import static dev.sessionhost.adapter.in.broker.BrokerHarness.json;
import static dev.sessionhost.adapter.in.broker.BrokerHarness.registration;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every refusal of the API: its status, its Azure-style error code, and a message that helps. */
class BrokerErrorsTest {

  private final BrokerHarness broker = new BrokerHarness();

  @AfterEach
  void stop() {
    broker.close();
  }

  private static void assertError(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(json(response.body()).get("error").get("code").asString()).isEqualTo(code);
  }

  private static String message(HttpResponse<String> response) {
    return json(response.body()).get("error").get("message").asString();
  }

  @Test
  void aTokenThisBrokerNeverIssuedIsRefused() {
    assertError(
        broker.send("POST", "/v1/register", null, registration("not-a-token", "host-1")),
        401,
        "INVALID_REGISTRATION_TOKEN");
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = broker.token();
    broker.clock.advance(Duration.ofHours(25));

    assertError(
        broker.send("POST", "/v1/register", null, registration(token, "host-1")),
        401,
        "EXPIRED_MACHINE_TOKEN");
  }

  @Test
  void aNameRegisteredTwiceIsAConflict() {
    String token = broker.token();
    broker.send("POST", "/v1/register", null, registration(token, "host-1"));

    assertError(
        broker.send("POST", "/v1/register", null, registration(token, "host-1")),
        409,
        "NAME_ALREADY_REGISTERED");
  }

  @Test
  void aTokenOutsideTheAllowedLifetimeIsRefused() {
    for (String expiresIn : new String[] {"30m", "28d"}) {
      HttpResponse<String> response =
          broker.admin(
              "POST",
              "/v1/hostPools/default/registrationTokens",
              "{\"expiresIn\":\"" + expiresIn + "\"}");
      assertError(response, 400, "INVALID_REQUEST");
    }
    assertError(
        broker.admin(
            "POST", "/v1/hostPools/default/registrationTokens", "{\"expiresIn\":\"soon\"}"),
        400,
        "INVALID_REQUEST");
    assertError(
        broker.admin("POST", "/v1/hostPools/nowhere/registrationTokens", "{\"expiresIn\":\"2h\"}"),
        404,
        "POOL_NOT_FOUND");
  }

  @Test
  void aHeartbeatWithoutAKnownCredentialIsRefused() {
    String body = broker.heartbeatJson("host-1", 1, SessionHostStatus.AVAILABLE);

    assertError(broker.send("POST", "/v1/heartbeat", null, body), 401, "INVALID_CREDENTIAL");
    assertError(
        broker.send("POST", "/v1/heartbeat", "made-up-credential", body),
        401,
        "INVALID_CREDENTIAL");
  }

  @Test
  void aHostMayNotReportForAnother() {
    broker.register("host-1");
    String other = broker.register("host-2");

    assertError(
        broker.heartbeat(other, "host-1", 1, SessionHostStatus.AVAILABLE), 403, "FORBIDDEN");
  }

  @Test
  void theAdminApiNeedsTheAdminToken() {
    HttpResponse<String> none = broker.send("GET", "/v1/hostPools", null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(broker.send("GET", "/v1/hostPools", ADMIN + "x", null).statusCode()).isEqualTo(401);
    assertThat(broker.send("GET", "/v1/hostPools", "Basic", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aHostCredentialOnTheAdminApiIsForbidden() {
    String credential = broker.register("host-1");

    HttpResponse<String> response =
        broker.send("GET", "/v1/hostPools/default/sessionHosts", credential, null);

    assertError(response, 403, "FORBIDDEN");
    assertThat(response.body()).doesNotContain(credential);
  }

  @Test
  void unknownPoolsAndHostsAreNotFound() {
    assertError(broker.get("/v1/hostPools/nowhere/sessionHosts"), 404, "POOL_NOT_FOUND");
    assertError(broker.get("/v1/hostPools/default/sessionHosts/nobody"), 404, "HOST_NOT_FOUND");
  }

  @Test
  void badQueryParametersAreNamed() {
    HttpResponse<String> size = broker.get("/v1/hostPools/default/sessionHosts?pageSize=1001");
    assertError(size, 400, "INVALID_REQUEST");
    assertThat(message(size)).contains("pageSize");
    assertError(
        broker.get("/v1/hostPools/default/sessionHosts?pageSize=abc"), 400, "INVALID_REQUEST");
    HttpResponse<String> status = broker.get("/v1/hostPools/default/sessionHosts?status=Sleepy");
    assertError(status, 400, "INVALID_REQUEST");
    assertThat(message(status)).contains("status").contains("Sleepy");
  }

  @Test
  void malformedJsonIsRefusedWithWhereItBroke() {
    HttpResponse<String> response =
        broker.send("POST", "/v1/register", null, "{\"registrationToken\": \"x\",\n \"name\": }");

    assertError(response, 400, "INVALID_REQUEST");
    assertThat(message(response)).contains("line 2");
  }

  @Test
  void aPatchOfTheWrongTypeNamesTheField() {
    broker.register("host-1");

    HttpResponse<String> response =
        broker.admin(
            "PATCH",
            "/v1/hostPools/default/sessionHosts/host-1",
            "{\"properties\":{\"allowNewSession\":\"no\"}}");

    assertError(response, 400, "INVALID_REQUEST");
    assertThat(message(response)).contains("allowNewSession");
  }

  @Test
  void aHeartbeatThatBreaksTheSchemaNamesTheField() {
    String credential = broker.register("host-1");
    assertNamed(credential, h -> h.remove("health"), "health");
    assertNamed(credential, h -> h.put("sessions", "two"), "sessions");
    assertNamed(credential, h -> h.put("sessions", -1), "sessions");
    assertNamed(credential, h -> h.put("sequence", 0), "sequence");
    assertNamed(credential, h -> ((ObjectNode) h.get("health")).remove("name"), "health.name");
    assertNamed(credential, h -> ((ObjectNode) h.get("health")).remove("status"), "health.status");
    assertNamed(credential, h -> ((ObjectNode) h.get("health")).put("status", "Sleepy"), "status");
    assertNamed(credential, h -> h.put("surprise", true), "surprise");
  }

  private void assertNamed(
      String credential, java.util.function.Consumer<ObjectNode> breakIt, String field) {
    ObjectNode heartbeat =
        (ObjectNode) json(broker.heartbeatJson("host-1", 1, SessionHostStatus.AVAILABLE));
    breakIt.accept(heartbeat);
    HttpResponse<String> response =
        broker.send("POST", "/v1/heartbeat", credential, heartbeat.toString());
    assertError(response, 400, "INVALID_REQUEST");
    assertThat(message(response)).as("the message of %s", heartbeat).contains(field);
  }

  @Test
  void unknownRoutesAreNotFoundAndWrongMethodsNotAllowed() {
    assertThat(broker.get("/v2/anything").statusCode()).isEqualTo(404);
    assertThat(broker.get("/v1/hostPools/default/sessionHosts/h/nothing").statusCode())
        .isEqualTo(404);
    assertThat(broker.send("GET", "/v1/heartbeat", null, null).statusCode()).isEqualTo(405);
    assertThat(broker.admin("PUT", "/v1/hostPools/default/sessionHosts/h", "{}").statusCode())
        .isEqualTo(405);
  }

  @Test
  void errorBodiesHaveTheAzureShape() {
    JsonNode error = json(broker.get("/v1/hostPools/nowhere/sessionHosts").body());

    assertThat(error.get("error").get("code").isString()).isTrue();
    assertThat(error.get("error").get("message").asString()).contains("nowhere");
  }
}
