package dev.sessionhost.plugins.sxsstacklistener;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.ListenerState;
import dev.sessionhost.plugin.api.Severity;
import org.pf4j.Extension;

/**
 * Checks that the remote desktop listener is up, by TCP port (setting {@code port}, default 3389)
 * or by name (setting {@code listenerName}, e.g. {@code xrdp}).
 *
 * <p>Error codes: 1 nothing listens on the port; 2 the named listener is not up; 3 the named
 * listener is up on another port than the one configured.
 */
@Extension
public final class SxsStackListenerCheck implements HealthCheck {

  /** Failure code: nothing listens on the configured TCP port. */
  public static final int PORT_NOT_LISTENING = 1;

  /** Failure code: the listener asked for by name is not up. */
  public static final int NAMED_LISTENER_DOWN = 2;

  /** Failure code: the named listener is up, but not on the port configured explicitly. */
  public static final int NAMED_LISTENER_ON_OTHER_PORT = 3;

  static final int DEFAULT_PORT = 3389;

  private static final CheckDescriptor DESCRIPTOR =
      CheckDescriptor.builder("SxSStackListenerCheck")
          .displayName("Remote desktop listener")
          .verifies(
              "the remote desktop listener (e.g. xrdp) is running and accepts connections on its"
                  + " TCP port, default 3389")
          .severity(Severity.FATAL)
          .remediation(
              "Start the remote desktop service (e.g. systemctl start xrdp) and make sure it listens"
                  + " on the configured port (ss -ltnp shows the listener); if it keeps stopping,"
                  + " read its log with journalctl -u xrdp.")
          .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    CheckSettings settings = context.settings();
    int port = settings.integer("port", DEFAULT_PORT, 1, 65535);
    String name = settings.string("listenerName", "").trim();
    ListenerProbe listeners = context.probe(ListenerProbe.class);
    if (name.isEmpty()) {
      return byPort(listeners.tcpListener(port), port);
    }
    return byName(listeners.listenerNamed(name), name, settings.has("port") ? port : 0);
  }

  private static CheckVerdict byPort(ListenerState state, int port) {
    if (!state.listening()) {
      return CheckVerdict.failed(
          PORT_NOT_LISTENING,
          "nothing listens on TCP port " + port + " (read " + state.source() + ")");
    }
    String who = state.process().isEmpty() ? "a process" : state.process();
    return CheckVerdict.passed(
        who + " listens on TCP port " + port + " (read " + state.source() + ")");
  }

  /** Judges a listener looked up by name; {@code wantedPort} is 0 when no port was configured. */
  private static CheckVerdict byName(ListenerState state, String name, int wantedPort) {
    if (!state.listening()) {
      return CheckVerdict.failed(
          NAMED_LISTENER_DOWN,
          "no listener named " + name + " is up (read " + state.source() + ")");
    }
    if (wantedPort != 0 && state.port() != 0 && state.port() != wantedPort) {
      return CheckVerdict.failed(
          NAMED_LISTENER_ON_OTHER_PORT,
          name
              + " listens on TCP port "
              + state.port()
              + ", not on the configured port "
              + wantedPort
              + " (read "
              + state.source()
              + ")");
    }
    String where = state.port() == 0 ? "" : " on TCP port " + state.port();
    return CheckVerdict.passed(name + " is listening" + where + " (read " + state.source() + ")");
  }
}
