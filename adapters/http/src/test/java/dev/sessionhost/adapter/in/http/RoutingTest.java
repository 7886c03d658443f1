package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RoutingTest {

  @TempDir Path uploads;
  ApiHarness harness;

  @BeforeEach
  void start() {
    harness = new ApiHarness(uploads);
    harness.publish(Snapshots.available());
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void anUnknownPathIs404WithAnErrorBody() {
    HttpResponse<String> response = harness.get("/x");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode error = ApiHarness.json(response).get("error");
    assertThat(error.get("code").asString()).isEqualTo("NotFound");
    assertThat(error.get("message").asString()).isEqualTo("no such resource: /x");
  }

  @Test
  void aWrongMethodIs405ListingTheAllowedOnes() {
    HttpResponse<String> response =
        harness.send(harness.admin("/v1/health").POST(BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(ApiHarness.json(response).get("error").get("code").asString())
        .isEqualTo("MethodNotAllowed");
  }

  @Test
  void aGetOfAnAdminResourceIs405() {
    HttpResponse<String> response = harness.get("/v1/cycle");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void methodsOfOverlappingRoutesAreAllAllowed() {
    HttpResponse<String> response = harness.get("/v1/plugins/upgrade");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("DELETE, POST");
  }

  @Test
  void aGetWithABodyIs413() {
    HttpResponse<String> response =
        harness.send(harness.request("/v1/health").method("GET", BodyPublishers.ofString("hi")));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(ApiHarness.json(response).get("error").get("code").asString())
        .isEqualTo("PayloadTooLarge");
  }

  @Test
  void aBodyAboveTheRequestLimitIs413AndRunsNothing() {
    byte[] body = new byte[(int) ApiHarness.MAX_REQUEST + 1];

    HttpResponse<String> response =
        harness.send(harness.admin("/v1/cycle").POST(BodyPublishers.ofByteArray(body)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(harness.fakes.cycles).hasValue(0);
  }

  @Test
  void anAdminRequestWithoutTheTokenIs401BeforeItsBodyIsWeighed() {
    byte[] body = new byte[(int) ApiHarness.MAX_REQUEST + 1];

    HttpResponse<String> none =
        harness.send(harness.request("/v1/cycle").POST(BodyPublishers.ofByteArray(body)));
    HttpResponse<String> wrong =
        harness.send(
            harness
                .request("/v1/cycle")
                .header("Authorization", "Bearer not-the-token")
                .POST(BodyPublishers.ofByteArray(body)));

    assertThat(none.statusCode()).as("no token, a body over the limit").isEqualTo(401);
    assertThat(wrong.statusCode()).as("a wrong token, a body over the limit").isEqualTo(401);
    assertThat(harness.fakes.cycles).hasValue(0);
  }

  @Test
  void aFailingEndpointIs500WithAnErrorBodyAndIsLogged() {
    harness.fakes.historyBroken = true;
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger(Router.class.getName());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
    try {
      HttpResponse<String> response = harness.get("/v1/history");

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(ApiHarness.json(response).get("error").get("code").asString())
          .isEqualTo("InternalServerError");
      assertThat(logged).hasSize(1);
      assertThat(logged.get(0).getLevel()).isEqualTo(Level.SEVERE);
      assertThat(logged.get(0).getThrown()).hasMessage("history file unreadable");
      assertThat(harness.get("/v1/health").statusCode())
          .as("the server still answers")
          .isEqualTo(200);
    } finally {
      logger.removeHandler(capture);
      logger.setUseParentHandlers(true);
    }
  }

  @Test
  void oneConnectionServesManyRequests() throws IOException {
    String request = "GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n";
    try (RawHttp connection = new RawHttp(harness.base)) {
      RawHttp.Reply first = connection.exchange(request);
      RawHttp.Reply second = connection.exchange(request);
      RawHttp.Reply third = connection.exchange("GET /nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n");
      RawHttp.Reply fourth = connection.exchange(request);

      assertThat(first.status()).isEqualTo(200);
      assertThat(second.body()).isEqualTo(first.body()).contains("\"Available\"");
      assertThat(third.status()).isEqualTo(404);
      assertThat(fourth.status()).isEqualTo(200);
    }
  }

  @Test
  void responsesNameTheAgent() {
    assertThat(harness.get("/v1/health").headers().firstValue("Server"))
        .hasValue("sessionhost/1.2.3");
  }
}
