package dev.sessionhost.plugins.monitoringagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ProbeUnavailableException;
import dev.sessionhost.plugin.api.ServiceProbe;
import dev.sessionhost.plugin.api.ServiceState;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitoringAgentCheckTest {

  private final MonitoringAgentCheck check = new MonitoringAgentCheck();
  private final List<String> asked = new ArrayList<>();

  @Test
  void describesANonFatalCheckWithTheWireId() {
    assertThat(check.descriptor().id()).isEqualTo("MonitoringAgentCheck");
    assertThat(check.descriptor().severity()).isEqualTo(Severity.NON_FATAL);
    assertThat(check.descriptor().remediation()).contains("systemctl start azuremonitoragent");
  }

  @Test
  void passesWhenTheDefaultAgentIsInstalledAndActive() {
    CheckVerdict verdict =
        check.run(context(Map.of(), state(true, true, "ActiveState=active SubState=running")));

    assertThat(asked).containsExactly("azuremonitoragent");
    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message())
        .isEqualTo(
            "azuremonitoragent is installed and active (ActiveState=active SubState=running;"
                + " systemctl show azuremonitoragent)");
  }

  @Test
  void failsNamingTheStateAndTheCommandWhenTheAgentIsNotActive() {
    CheckVerdict verdict = check.run(context(Map.of(), state(true, false, "ActiveState=failed")));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(MonitoringAgentCheck.NOT_ACTIVE);
    assertThat(verdict.message())
        .isEqualTo(
            "azuremonitoragent is installed but not active (ActiveState=failed;"
                + " systemctl show azuremonitoragent)");
  }

  @Test
  void failsWhenTheAgentIsNotInstalled() {
    CheckVerdict verdict = check.run(context(Map.of(), state(false, false, "")));

    assertThat(verdict.errorCode()).isEqualTo(MonitoringAgentCheck.NOT_INSTALLED);
    assertThat(verdict.message())
        .isEqualTo("azuremonitoragent is not installed (systemctl show azuremonitoragent)");
  }

  @Test
  void asksForTheConfiguredService() {
    CheckVerdict verdict = check.run(context(Map.of("service", "omsagent"), state(true, true, "")));

    assertThat(asked).containsExactly("omsagent");
    assertThat(verdict.message())
        .isEqualTo("omsagent is installed and active (systemctl show omsagent)");
  }

  @Test
  void rejectsABlankServiceNamingTheKey() {
    assertThatThrownBy(() -> check.run(context(Map.of("service", " "), state(true, true, ""))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'service'");
    assertThat(asked).isEmpty();
  }

  @Test
  void rejectsAServiceThatIsNotTextNamingTheKey() {
    assertThatThrownBy(
            () -> check.run(context(Map.of("service", List.of("a")), state(true, true, ""))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'service'");
  }

  @Test
  void letsAProbeFailurePropagate() {
    ServiceProbe broken =
        name -> {
          throw new ProbeException("cannot run \"systemctl show " + name + "\": timed out");
        };

    assertThatThrownBy(() -> check.run(context(Map.of(), broken)))
        .isInstanceOf(ProbeException.class)
        .hasMessage("cannot run \"systemctl show azuremonitoragent\": timed out");
  }

  @Test
  void letsAMissingProbePropagate() {
    CheckContext withoutProbes = SimpleCheckContext.forCheck("MonitoringAgentCheck").build();

    assertThatThrownBy(() -> check.run(withoutProbes))
        .isInstanceOf(ProbeUnavailableException.class)
        .hasMessageContaining("ServiceProbe");
  }

  private ServiceProbe state(boolean installed, boolean active, String detail) {
    return name -> {
      asked.add(name);
      return new ServiceState(name, installed, active, detail, "systemctl show " + name);
    };
  }

  private static CheckContext context(Map<String, ?> settings, ServiceProbe probe) {
    return SimpleCheckContext.forCheck("MonitoringAgentCheck")
        .settings(settings)
        .probe(ServiceProbe.class, probe)
        .build();
  }
}
