package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.ListenerState;
import dev.sessionhost.plugin.api.ProbeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe over a recorded {@code /proc}; {@code LinuxListenerProbeIT} uses the real one. */
class LinuxListenerProbeTest {

  @TempDir Path proc;
  private LinuxListenerProbe probe;

  @BeforeEach
  void setUp() {
    Recorded.copy("proc-net-tcp.txt", proc.resolve("net/tcp"));
    Recorded.copy("proc-net-tcp6.txt", proc.resolve("net/tcp6"));
    probe = new LinuxListenerProbe(proc);
  }

  @Test
  void aListeningPortIsFoundWithItsProcess() throws IOException {
    process(4242, "xrdp", 23456, 999);

    ListenerState state = probe.tcpListener(3389);

    assertThat(state).isEqualTo(new ListenerState(true, 3389, "xrdp", proc + "/net/tcp"));
  }

  @Test
  void aListenerNoProcessCanBeToldForHasNoProcessName() {
    assertThat(probe.tcpListener(631).process()).isEmpty();
  }

  @Test
  void anIpv6ListenerIsFoundInTcp6EvenWhenTcpHasTheSamePortInAnotherState() {
    ListenerState state = probe.tcpListener(22);

    assertThat(state.listening()).isTrue();
    assertThat(state.source()).isEqualTo(proc + "/net/tcp6");
  }

  @Test
  void aPortInTimeWaitIsNotListening() {
    ListenerState state = probe.tcpListener(8080);

    assertThat(state.listening()).isFalse();
    assertThat(state.source()).isEqualTo(proc + "/net/tcp and " + proc + "/net/tcp6");
  }

  @Test
  void withoutTcp6OnlyTcpIsNamed() throws IOException {
    Files.delete(proc.resolve("net/tcp6"));

    assertThat(probe.tcpListener(22))
        .isEqualTo(new ListenerState(false, 22, "", proc + "/net/tcp"));
  }

  @Test
  void aNamedProcessOwningAListeningSocketIsListeningOnItsLowestPort() throws IOException {
    process(300, "xrdp", 31337, 22002, 23456);

    ListenerState state = probe.listenerNamed("xrdp");

    assertThat(state.listening()).isTrue();
    assertThat(state.port()).isEqualTo(3389);
    assertThat(state.process()).isEqualTo("xrdp");
    assertThat(state.source()).startsWith(proc + "/*/comm, ");
  }

  @Test
  void aNamedProcessWithoutListeningSocketsIsNotListening() throws IOException {
    process(300, "xrdp", 31337);

    assertThat(probe.listenerNamed("xrdp"))
        .isEqualTo(
            new ListenerState(
                false,
                0,
                "xrdp",
                proc + "/*/comm, " + proc + "/net/tcp and " + proc + "/net/tcp6"));
  }

  @Test
  void noProcessOfThatNameIsNotListening() throws IOException {
    process(1, "init");

    assertThat(probe.listenerNamed("xrdp"))
        .isEqualTo(new ListenerState(false, 0, "", proc + "/*/comm"));
  }

  @Test
  void aNamedProcessWhoseSocketsCannotBeReadCannotBeAnswered() throws IOException {
    Files.createDirectories(proc.resolve("77"));
    Files.writeString(proc.resolve("77/comm"), "xrdp\n");

    assertThatThrownBy(() -> probe.listenerNamed("xrdp"))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("xrdp runs (pid 77) but its sockets cannot be read");
  }

  @Test
  void aNamedProcessWhoseFdLinksCannotBeReadCannotBeAnswered() throws IOException {
    Path fds = Files.createDirectories(proc.resolve("88/fd"));
    Files.writeString(proc.resolve("88/comm"), "xrdp\n");
    // a plain file where a link should be fails readlink, as a denied link does in the real /proc
    Files.writeString(fds.resolve("3"), "");

    assertThatThrownBy(() -> probe.listenerNamed("xrdp"))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("xrdp runs (pid 88) but its sockets cannot be read");
  }

  private void process(long pid, String name, long... socketInodes) throws IOException {
    Path dir = Files.createDirectories(proc.resolve(pid + "/fd"));
    Files.writeString(proc.resolve(pid + "/comm"), name + "\n");
    Files.createSymbolicLink(dir.resolve("0"), Path.of("pipe:[4026]")); // not a socket
    for (int i = 0; i < socketInodes.length; i++) {
      Files.createSymbolicLink(
          dir.resolve(String.valueOf(i + 3)), Path.of("socket:[" + socketInodes[i] + "]"));
    }
  }
}
