package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sessionhost.plugin.api.ListenerState;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe over the real {@code /proc} with real sockets on loopback. */
class LinuxListenerProbeIT {

  private final LinuxListenerProbe probe = new LinuxListenerProbe(Path.of("/proc"));

  @Test
  void anIpv4SocketListeningOnLoopbackIsFoundInProcNetTcpWithThisProcess() throws IOException {
    // an INET channel is IPv4 only; a plain ServerSocket is a dual-stack one, listed in tcp6
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
      server.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = ((InetSocketAddress) server.getLocalAddress()).getPort();

      ListenerState state = probe.tcpListener(port);

      assertThat(state).isEqualTo(new ListenerState(true, port, "java", "/proc/net/tcp"));
    }
  }

  @Test
  void aDualStackSocketBoundToIpv4LoopbackIsFoundToo() throws IOException {
    try (ServerSocket server = listen("127.0.0.1")) {
      ListenerState state = probe.tcpListener(server.getLocalPort());

      assertThat(state.listening()).isTrue();
      assertThat(state.port()).isEqualTo(server.getLocalPort());
      assertThat(state.source()).isIn("/proc/net/tcp", "/proc/net/tcp6");
    }
  }

  @Test
  void aPortJustClosedIsNotListening() throws IOException {
    int port = closedPort();

    ListenerState state = probe.tcpListener(port);

    assertThat(state.listening()).isFalse();
    assertThat(state.source()).isEqualTo("/proc/net/tcp and /proc/net/tcp6");
  }

  @Test
  void anIpv6ListenerIsFoundInProcNetTcp6() throws IOException {
    ServerSocket server;
    try {
      server = listen("::1");
    } catch (IOException e) {
      assumeTrue(false, "no IPv6 loopback here: " + e.getMessage());
      return;
    }
    try (server) {
      ListenerState state = probe.tcpListener(server.getLocalPort());

      assertThat(state.listening()).isTrue();
      assertThat(state.source()).isEqualTo("/proc/net/tcp6");
    }
  }

  @Test
  void withoutProcNetTcpAConnectionToLoopbackAnswers(@TempDir Path emptyProc) throws IOException {
    LinuxListenerProbe blind = new LinuxListenerProbe(emptyProc);
    int closed = closedPort();
    try (ServerSocket server = listen("127.0.0.1")) {
      int port = server.getLocalPort();

      assertThat(blind.tcpListener(port))
          .isEqualTo(new ListenerState(true, port, "", "connect 127.0.0.1:" + port));
      assertThat(blind.tcpListener(closed).listening()).isFalse();
    }
  }

  @Test
  void thisJavaProcessIsFoundByNameWithAListeningPort() throws IOException {
    try (ServerSocket server = listen("127.0.0.1")) {
      ListenerState state = probe.listenerNamed("java");

      assertThat(state.listening()).isTrue();
      assertThat(state.port()).isPositive();
      assertThat(state.process()).isEqualTo("java");
      assertThat(server.isBound()).isTrue();
    }
  }

  @Test
  void aProcessNameNothingRunsUnderIsNotListening() {
    assertThat(probe.listenerNamed("sessionhost-nx"))
        .isEqualTo(new ListenerState(false, 0, "", "/proc/*/comm"));
  }

  private static ServerSocket listen(String address) throws IOException {
    ServerSocket server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
    return server;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket server = listen("127.0.0.1")) {
      return server.getLocalPort();
    }
  }
}
