package dev.sessionhost.adapter.in.broker;

import static dev.sessionhost.adapter.in.broker.BrokerHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.pool.HostPool;
import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two ways a heartbeat is answered: by the store's writer when the broker remembers the host
 * and the whole body came with the headers, on a pool thread otherwise (a read of the store, the
 * rest of the body, a lost race).
 */
class HeartbeatPathsTest {

  private final BrokerHarness broker = new BrokerHarness();

  @AfterEach
  void stop() {
    broker.close();
  }

  @Test
  void aRememberedHostsHeartbeatThatLosesARaceIsDecidedOnTheHostAsStored() {
    String credential = broker.register("host-1");
    assertThat(broker.heartbeat(credential, "host-1", 1, SessionHostStatus.AVAILABLE).statusCode())
        .isEqualTo(200);
    int readsBefore = broker.store.credentialReads;
    broker.store.racesToLose =
        1; // the remembered host's write is refused, as if another broker wrote

    HttpResponse<String> second =
        broker.heartbeat(credential, "host-1", 2, SessionHostStatus.NEEDS_ASSISTANCE);

    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(json(second.body()).get("repeated").asBoolean()).isFalse();
    assertThat(broker.store.credentialReads).isEqualTo(readsBefore + 1);
    assertThat(
            broker
                .store
                .find(new SessionHostKey(HostPool.DEFAULT, "host-1"))
                .orElseThrow()
                .lastSequence())
        .isEqualTo(2);
  }

  @Test
  void aHeartbeatWhoseBodyArrivesAfterItsHeadersIsAnswered() throws Exception {
    String credential = broker.register("host-1");
    byte[] body =
        broker
            .heartbeatJson("host-1", 1, SessionHostStatus.AVAILABLE)
            .getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /v1/heartbeat HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
            + credential
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    try (Socket socket = new Socket(broker.uri().getHost(), broker.uri().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
      Thread.sleep(200); // lets the broker take the headers and half the body on their own
      out.write(body, body.length / 2, body.length - body.length / 2);
      out.flush();

      String answer = readAll(socket.getInputStream());

      assertThat(answer).startsWith("HTTP/1.1 200").contains("\"status\":\"Available\"");
    }
  }

  private static String readAll(InputStream in) throws Exception {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toString(StandardCharsets.UTF_8);
  }
}
