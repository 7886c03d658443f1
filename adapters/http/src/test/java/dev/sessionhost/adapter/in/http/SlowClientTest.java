package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that send slowly or badly: cut after the header timeout, answered with an error body. */
class SlowClientTest {

  private static final Duration HEADER_TIMEOUT = Duration.ofMillis(600);

  @TempDir Path uploads;
  ApiHarness harness;

  @BeforeEach
  void start() {
    harness = new ApiHarness(uploads, Optional.of(ApiHarness.TOKEN), HEADER_TIMEOUT);
    harness.publish(Snapshots.available());
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void aClientTricklingItsHeadIsCutAfterTheTimeoutWhileOthersAreServed() throws Exception {
    try (Socket slow = new Socket(harness.base.getHost(), harness.base.getPort())) {
      slow.setSoTimeout(1);
      OutputStream out = slow.getOutputStream();
      InputStream in = slow.getInputStream();
      out.write(
          "GET /v1/health HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
      long started = System.nanoTime();
      boolean served = false;
      boolean cut = false;
      // a header byte every 50 ms: far more often than the timeout, so only the timeout can cut it
      for (int i = 0; i < 400 && !cut; i++) {
        try {
          out.write('X');
          out.flush();
          cut = in.read() < 0;
        } catch (java.net.SocketTimeoutException stillOpen) {
          // nothing to read yet: the server is still waiting for the rest of the head
        } catch (SocketException reset) {
          cut = true;
        }
        if (!served) {
          served = harness.get("/v1/health").statusCode() == 200;
        }
        Thread.sleep(50);
      }
      Duration open = Duration.ofNanos(System.nanoTime() - started);

      assertThat(cut).as("the trickling connection is closed").isTrue();
      assertThat(open).isGreaterThanOrEqualTo(HEADER_TIMEOUT);
      assertThat(served).as("another client is answered meanwhile").isTrue();
    }
  }

  @Test
  void aConnectionThatKeepsAskingIsNeverCut() throws IOException, InterruptedException {
    String request = "GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n";
    try (RawHttp connection = new RawHttp(harness.base)) {
      long until = System.nanoTime() + HEADER_TIMEOUT.multipliedBy(4).toNanos();
      int answered = 0;
      while (System.nanoTime() < until) {
        assertThat(connection.exchange(request).status()).isEqualTo(200);
        answered++;
        Thread.sleep(HEADER_TIMEOUT.toMillis() / 4);
      }
      assertThat(answered).isGreaterThan(4);
    }
  }

  @Test
  void aMalformedHeaderIs400WithAnErrorBody() throws IOException {
    try (RawHttp connection = new RawHttp(harness.base)) {
      RawHttp.Reply reply =
          connection.exchange(
              "GET /v1/health HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n");

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.headers()).containsEntry("content-type", "application/json");
      assertThat(reply.body()).contains("\"code\":\"BadRequest\"");
    }
  }

  @Test
  void headersAboveTheLimitAre431WithAnErrorBody() throws IOException {
    String huge = "x".repeat(20_000);
    try (RawHttp connection = new RawHttp(harness.base)) {
      RawHttp.Reply reply =
          connection.exchange(
              "GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + huge + "\r\n\r\n");

      assertThat(reply.status()).isEqualTo(431);
      assertThat(reply.body()).contains("\"code\":\"RequestHeaderFieldsTooLarge\"");
    }
  }

  @Test
  void anAmbiguousPathIs400WithAnErrorBodyAndReachesNoRoute() throws IOException {
    try (RawHttp connection = new RawHttp(harness.base)) {
      RawHttp.Reply reply =
          connection.exchange("GET /v1/plugins/..%2F..%2Fetc HTTP/1.1\r\nHost: localhost\r\n\r\n");

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.headers()).containsEntry("content-type", "application/json");
    }
  }
}
