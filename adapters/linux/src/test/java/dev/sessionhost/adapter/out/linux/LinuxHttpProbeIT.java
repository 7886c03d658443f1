package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.HttpAnswer;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ReachAnswer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinuxHttpProbeIT {

  private static final Map<String, String> METADATA = Map.of("Metadata", "true");
  private static final Duration TWO_SECONDS = Duration.ofSeconds(2);
  private static final String COMPUTE =
      "/metadata/instance/compute?api-version=2021-02-01&format=json";

  private static MetadataStandIn server;
  private static int closedPort;
  private final LinuxHttpProbe probe = new LinuxHttpProbe(ProxySelector::getDefault);

  @BeforeAll
  static void start() throws IOException {
    server = new MetadataStandIn();
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theComputeDocumentComesBackAndTheServerSawTheMetadataHeader() {
    server.metadataHeaders.clear();

    HttpAnswer answer = probe.get(server.uri(COMPUTE), METADATA, TWO_SECONDS, true);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(MetadataStandIn.COMPUTE);
    assertThat(answer.header("content-type")).contains("application/json; charset=utf-8");
    assertThat(server.metadataHeaders).containsExactly("true");
  }

  @Test
  void aDocumentWithoutVmIdIsReturnedAsIs() {
    HttpAnswer answer = probe.get(server.uri("/novmid"), METADATA, TWO_SECONDS, true);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(MetadataStandIn.NO_VM_ID);
  }

  @Test
  void errorStatusesAreAnswers() {
    assertThat(probe.get(server.uri("/missing"), METADATA, TWO_SECONDS, true).status())
        .isEqualTo(404);
    HttpAnswer broken = probe.get(server.uri("/broken"), METADATA, TWO_SECONDS, true);
    assertThat(broken.status()).isEqualTo(500);
    assertThat(broken.body()).isEqualTo("internal error");
  }

  @Test
  void aHugeBodyIsCut() {
    HttpAnswer answer = probe.get(server.uri("/huge"), METADATA, TWO_SECONDS, true);

    assertThat(answer.body()).hasSize(HttpAnswer.MAX_BODY_CHARS);
  }

  @Test
  void aSlowAnswerPastTheTimeoutIsNoAnswerAndTheCallReturnsInTime() {
    long started = System.nanoTime();

    assertThatThrownBy(() -> probe.get(server.uri("/slow"), METADATA, Duration.ofMillis(500), true))
        .isInstanceOf(ProbeException.class)
        .hasMessage("no answer from 127.0.0.1:" + server.port() + " within 500 ms");

    // the message says the timeout cut it; the bound says the call did not wait for the answer
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(took).isBetween(Duration.ofMillis(450), MetadataStandIn.SLOW_ANSWER.dividedBy(2));
  }

  @Test
  void aClosedPortRefusesTheConnection() {
    URI closed = URI.create("http://127.0.0.1:" + closedPort + "/metadata");

    assertThatThrownBy(() -> probe.get(closed, METADATA, TWO_SECONDS, true))
        .isInstanceOf(ProbeException.class)
        .hasMessage("connection refused by 127.0.0.1:" + closedPort);
  }

  @Test
  void anUnknownHostCannotBeResolved() {
    URI unknown = URI.create("http://sessionhost-no-such-host.invalid/");

    assertThatThrownBy(() -> probe.get(unknown, METADATA, TWO_SECONDS, true))
        .isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("cannot resolve sessionhost-no-such-host.invalid");
  }

  @Test
  void bypassingTheProxyReallyGoesDirect() {
    LinuxHttpProbe behindDeadProxy = new LinuxHttpProbe(() -> deadProxy());

    HttpAnswer direct = behindDeadProxy.get(server.uri(COMPUTE), METADATA, TWO_SECONDS, true);

    assertThat(direct.status()).isEqualTo(200);
    assertThatThrownBy(() -> behindDeadProxy.get(server.uri(COMPUTE), METADATA, TWO_SECONDS, false))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("(or by its proxy)");
  }

  @Test
  void anOpenPortIsReachable() {
    ReachAnswer answer = probe.reach("127.0.0.1", server.port(), TWO_SECONDS);

    assertThat(answer.reachable()).isTrue();
    assertThat(answer.detail()).matches("connected in \\d+ ms");
  }

  @Test
  void aClosedPortIsUnreachableBecauseRefused() {
    ReachAnswer answer = probe.reach("localhost", closedPort, TWO_SECONDS);

    assertThat(answer.reachable()).isFalse();
    assertThat(answer.detail()).isEqualTo("connection refused");
  }

  @Test
  void anUnknownHostIsUnreachableBecauseItDoesNotResolve() {
    ReachAnswer answer = probe.reach("sessionhost-no-such-host.invalid", 443, TWO_SECONDS);

    assertThat(answer.reachable()).isFalse();
    assertThat(answer.detail()).startsWith("cannot resolve sessionhost-no-such-host.invalid");
    // a resolver that hangs holds glibc for 5 s per try, twice: the timeout must cut it first
    assertThat(answer.took()).isLessThan(TWO_SECONDS.multipliedBy(3));
  }

  private static ProxySelector deadProxy() {
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", closedPort)));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
    };
  }
}
