package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TcpSocketTest {

  @Test
  void readsPortsStatesAndInodesOfIpv4Sockets() {
    List<TcpSocket> sockets = TcpSocket.parse(Recorded.text("proc-net-tcp.txt"));

    assertThat(sockets)
        .containsExactly(
            new TcpSocket(3389, "0A", 23456),
            new TcpSocket(631, "0A", 19876),
            new TcpSocket(22, "01", 31337),
            new TcpSocket(8080, "06", 0));
    assertThat(sockets.stream().filter(TcpSocket::listening).map(TcpSocket::localPort))
        .containsExactly(3389, 631);
  }

  @Test
  void readsIpv6Sockets() {
    assertThat(TcpSocket.parse(Recorded.text("proc-net-tcp6.txt")))
        .containsExactly(new TcpSocket(22, "0A", 22001), new TcpSocket(6667, "0A", 22002));
  }

  @Test
  void skipsTheHeadingAndBrokenLines() {
    assertThat(TcpSocket.parse("  sl  local_address\n   9: garbage\n\n")).isEmpty();
  }
}
