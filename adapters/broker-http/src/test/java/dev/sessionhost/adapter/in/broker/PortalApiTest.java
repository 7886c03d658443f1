package dev.sessionhost.adapter.in.broker;

import static dev.sessionhost.adapter.in.broker.BrokerHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the portal reads beyond the Azure-shaped resources (counts per status, a host's shown status
 * with its reasons, the name order both ways) and the portal's own files.
 */
class PortalApiTest {

  private final BrokerHarness broker = new BrokerHarness();

  @AfterEach
  void stop() {
    broker.close();
  }

  @Test
  void thePortalsFilesAreServedWithoutATokenAndMayRunNoScriptButTheirOwn() {
    HttpResponse<String> page = broker.send("GET", "/", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(page.body())
        .contains("<script src=\"/portal.js\"")
        .doesNotContain("http://", "https://");

    HttpResponse<String> script = broker.send("GET", "/portal.js", null, null);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    // what a host reports is shown as text: the script never parses markup
    assertThat(script.body())
        .contains("createTextNode")
        .doesNotContain(".innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    assertThat(broker.send("GET", "/portal.css", null, null).statusCode()).isEqualTo(200);
    assertThat(broker.send("POST", "/", null, "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void theCountsNameEveryStatusAndNeedTheAdminToken() {
    broker.heartbeat(broker.register("good"), "good", 1, SessionHostStatus.AVAILABLE);
    broker.heartbeat(broker.register("tired"), "tired", 1, SessionHostStatus.NEEDS_ASSISTANCE);
    broker.register("silent");

    HttpResponse<String> counts = broker.get("/v1/hostPools/default/statusCounts");

    assertThat(counts.statusCode()).as(counts.body()).isEqualTo(200);
    JsonNode body = json(counts.body());
    assertThat(body.get("total").asLong()).isEqualTo(3);
    JsonNode value = body.get("value");
    assertThat(value.propertyNames())
        .containsExactlyInAnyOrder(
            "Available",
            "NeedsAssistance",
            "Unavailable",
            "Shutdown",
            "Upgrading",
            "UpgradeFailed");
    assertThat(value.get("Available").asLong()).isEqualTo(1);
    assertThat(value.get("NeedsAssistance").asLong()).isEqualTo(1);
    assertThat(value.get("Unavailable").asLong()).isEqualTo(1);
    assertThat(value.get("Shutdown").asLong()).isZero();

    assertThat(broker.send("GET", "/v1/hostPools/default/statusCounts", null, null).statusCode())
        .isEqualTo(401);
    HttpResponse<String> unknown = broker.get("/v1/hostPools/nope/statusCounts");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown.body()).get("error").get("code").asString())
        .isEqualTo("POOL_NOT_FOUND");
  }

  @Test
  void aHostsShownStatusSaysWhyAndWhatToDo() {
    broker.heartbeat(broker.register("host-1"), "host-1", 1, SessionHostStatus.AVAILABLE);

    JsonNode fresh = json(broker.get("/v1/hostPools/default/sessionHosts/host-1/status").body());
    assertThat(fresh.get("status").asString()).isEqualTo("Available");
    assertThat(fresh.get("basis").asString()).isEqualTo("Reported");
    assertThat(fresh.get("powerState").asString()).isEqualTo("Unknown");

    broker.clock.advance(Duration.ofSeconds(91));
    HttpResponse<String> silent = broker.get("/v1/hostPools/default/sessionHosts/host-1/status");

    assertThat(silent.statusCode()).as(silent.body()).isEqualTo(200);
    JsonNode shown = json(silent.body());
    assertThat(shown.get("status").asString()).isEqualTo("Unavailable");
    assertThat(shown.get("basis").asString()).isEqualTo("NoHeartbeat");
    JsonNode reason = shown.get("reasons").get(0);
    assertThat(reason.get("condition").asString()).isEqualTo("NO_HEARTBEAT");
    assertThat(reason.get("remediation").asString()).isNotBlank();
    assertThat(broker.get("/v1/hostPools/default/sessionHosts/nobody/status").statusCode())
        .isEqualTo(404);
  }

  @Test
  void hostsCanBePagedInDescendingNameOrder() {
    for (int i = 0; i < 7; i++) {
      broker.register(String.format("host-%02d", i));
    }
    List<String> seen = new ArrayList<>();
    String next = "/v1/hostPools/default/sessionHosts?pageSize=3&$orderby=name%20desc";
    while (next != null) {
      HttpResponse<String> page = broker.get(next);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      JsonNode body = json(page.body());
      body.get("value").forEach(h -> seen.add(h.get("name").asString()));
      next =
          body.has("nextLink")
              ? body.get("nextLink").asString().substring(broker.uri().toString().length())
              : null;
    }
    assertThat(seen)
        .containsExactly(
            "default/host-06",
            "default/host-05",
            "default/host-04",
            "default/host-03",
            "default/host-02",
            "default/host-01",
            "default/host-00");

    HttpResponse<String> bad = broker.get("/v1/hostPools/default/sessionHosts?$orderby=status");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad.body()).get("error").get("message").asString()).contains("$orderby");
  }
}
