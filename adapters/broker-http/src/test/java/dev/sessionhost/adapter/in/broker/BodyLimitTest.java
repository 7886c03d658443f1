package dev.sessionhost.adapter.in.broker;

import static dev.sessionhost.adapter.in.broker.BrokerHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bodies over the limit are refused whether they declare their length or stream it. */
class BodyLimitTest {

  private final BrokerHarness broker = new BrokerHarness(4096);

  @AfterEach
  void stop() {
    broker.close();
  }

  @Test
  void aBodyThatDeclaresTooManyBytesIsTooLarge() {
    HttpResponse<String> response =
        broker.send("POST", "/v1/register", null, "{\"name\":\"" + "x".repeat(8000) + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response.body()).get("error").get("code").asString())
        .isEqualTo("REQUEST_TOO_LARGE");
  }

  @Test
  void aStreamedBodyThatRunsOverTheLimitIsTooLarge() throws Exception {
    byte[] body = ("{\"name\":\"" + "x".repeat(8000) + "\"}").getBytes();
    HttpRequest request =
        HttpRequest.newBuilder(broker.uri().resolve("/v1/register"))
            // no length: sent chunked, so only counting the bytes finds it too large
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(request.bodyPublisher().orElseThrow().contentLength()).isNegative();
    assertThat(response.statusCode()).isEqualTo(413);
  }
}
