package dev.sessionhost.plugins.sxsstacklistener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.ListenerState;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SxsStackListenerCheckTest {

  private final SxsStackListenerCheck check = new SxsStackListenerCheck();

  @Test
  void describesAFatalCheckWithTheWireId() {
    assertThat(check.descriptor().id()).isEqualTo("SxSStackListenerCheck");
    assertThat(check.descriptor().severity()).isEqualTo(Severity.FATAL);
    assertThat(check.descriptor().remediation()).contains("systemctl start xrdp");
  }

  @Test
  void passesWhenSomethingListensOnTheDefaultPort3389() {
    FakeListeners probe = new FakeListeners(new ListenerState(true, 3389, "xrdp", "/proc/net/tcp"));

    CheckVerdict verdict = check.run(context(Map.of(), probe));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message()).isEqualTo("xrdp listens on TCP port 3389 (read /proc/net/tcp)");
    assertThat(probe.asked).containsExactly("port 3389");
  }

  @Test
  void failsNamingThePortAndTheSourceWhenNothingListens() {
    FakeListeners probe = new FakeListeners(new ListenerState(false, 3389, "", "/proc/net/tcp"));

    CheckVerdict verdict = check.run(context(Map.of(), probe));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(SxsStackListenerCheck.PORT_NOT_LISTENING);
    assertThat(verdict.message())
        .isEqualTo("nothing listens on TCP port 3389 (read /proc/net/tcp)");
  }

  @Test
  void asksForTheConfiguredPort() {
    FakeListeners probe = new FakeListeners(new ListenerState(true, 3390, "", "/proc/net/tcp6"));

    CheckVerdict verdict = check.run(context(Map.of("port", "3390"), probe));

    assertThat(probe.asked).containsExactly("port 3390");
    assertThat(verdict.message())
        .isEqualTo("a process listens on TCP port 3390 (read /proc/net/tcp6)");
  }

  @Test
  void looksTheListenerUpByNameWhenOneIsConfigured() {
    FakeListeners probe = new FakeListeners(new ListenerState(true, 3389, "xrdp", "ps -e"));

    CheckVerdict verdict = check.run(context(Map.of("listenerName", "xrdp"), probe));

    assertThat(probe.asked).containsExactly("name xrdp");
    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message()).isEqualTo("xrdp is listening on TCP port 3389 (read ps -e)");
  }

  @Test
  void failsWhenTheNamedListenerIsDown() {
    FakeListeners probe = new FakeListeners(new ListenerState(false, 0, "", "ps -e"));

    CheckVerdict verdict = check.run(context(Map.of("listenerName", "xrdp"), probe));

    assertThat(verdict.errorCode()).isEqualTo(SxsStackListenerCheck.NAMED_LISTENER_DOWN);
    assertThat(verdict.message()).isEqualTo("no listener named xrdp is up (read ps -e)");
  }

  @Test
  void failsWhenTheNamedListenerUsesAnotherPortThanTheConfiguredOne() {
    FakeListeners probe = new FakeListeners(new ListenerState(true, 3390, "xrdp", "ps -e"));

    CheckVerdict verdict = check.run(context(Map.of("listenerName", "xrdp", "port", 3389), probe));

    assertThat(verdict.errorCode()).isEqualTo(SxsStackListenerCheck.NAMED_LISTENER_ON_OTHER_PORT);
    assertThat(verdict.message())
        .isEqualTo("xrdp listens on TCP port 3390, not on the configured port 3389 (read ps -e)");
  }

  @Test
  void acceptsANamedListenerOnAnyPortWhenNoPortIsConfigured() {
    FakeListeners probe = new FakeListeners(new ListenerState(true, 3390, "xrdp", "ps -e"));

    CheckVerdict verdict = check.run(context(Map.of("listenerName", "xrdp"), probe));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
  }

  @Test
  void rejectsAPortOutOfRangeNamingTheKey() {
    FakeListeners probe = new FakeListeners(new ListenerState(true, 1, "", "/proc/net/tcp"));

    assertThatThrownBy(() -> check.run(context(Map.of("port", 70000), probe)))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'port'")
        .hasMessageContaining("70000");
    assertThat(probe.asked).isEmpty();
  }

  @Test
  void letsAProbeFailurePropagate() {
    ListenerProbe broken =
        new ListenerProbe() {
          @Override
          public ListenerState tcpListener(int port) {
            throw new ProbeException("cannot read /proc/net/tcp: permission denied");
          }

          @Override
          public ListenerState listenerNamed(String name) {
            throw new AssertionError("not asked by name");
          }
        };

    assertThatThrownBy(() -> check.run(context(Map.of(), broken)))
        .isInstanceOf(ProbeException.class)
        .hasMessage("cannot read /proc/net/tcp: permission denied");
  }

  private static CheckContext context(Map<String, ?> settings, ListenerProbe probe) {
    return SimpleCheckContext.forCheck("SxSStackListenerCheck")
        .settings(settings)
        .probe(ListenerProbe.class, probe)
        .build();
  }

  /** Answers every question with one state and records what was asked. */
  private static final class FakeListeners implements ListenerProbe {
    private final ListenerState answer;
    private final List<String> asked = new ArrayList<>();

    FakeListeners(ListenerState answer) {
      this.answer = answer;
    }

    @Override
    public ListenerState tcpListener(int port) {
      asked.add("port " + port);
      return answer;
    }

    @Override
    public ListenerState listenerNamed(String name) {
      asked.add("name " + name);
      return answer;
    }
  }
}
