package dev.sessionhost.plugins.monitoringagent;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.ServiceProbe;
import dev.sessionhost.plugin.api.ServiceState;
import dev.sessionhost.plugin.api.Severity;
import org.pf4j.Extension;

/**
 * Checks that the monitoring agent service (setting {@code service}, default {@code
 * azuremonitoragent}) is installed and running.
 *
 * <p>Error codes: 1 the service is not installed; 2 it is installed but not active.
 */
@Extension
public final class MonitoringAgentCheck implements HealthCheck {

  /** Failure code: the service does not exist on the machine. */
  public static final int NOT_INSTALLED = 1;

  /** Failure code: the service exists but is not running. */
  public static final int NOT_ACTIVE = 2;

  static final String DEFAULT_SERVICE = "azuremonitoragent";

  private static final CheckDescriptor DESCRIPTOR =
      CheckDescriptor.builder("MonitoringAgentCheck")
          .displayName("Monitoring agent")
          .verifies(
              "the monitoring agent service (default azuremonitoragent) is installed and running, so"
                  + " sessions and diagnostics reach the monitoring workspace")
          .severity(Severity.NON_FATAL)
          .remediation(
              "Install the Azure Monitor agent (az vm extension set --name AzureMonitorLinuxAgent)"
                  + " or start it with systemctl start azuremonitoragent; if it does not stay up,"
                  + " read journalctl -u azuremonitoragent. Users can still connect meanwhile.")
          .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    CheckSettings settings = context.settings();
    String name = settings.string("service", DEFAULT_SERVICE).trim();
    if (name.isEmpty()) {
      throw settings.invalid("service", "a service name such as " + DEFAULT_SERVICE);
    }
    ServiceState state = context.probe(ServiceProbe.class).service(name);
    String evidence =
        " (" + (state.detail().isBlank() ? "" : state.detail() + "; ") + state.source() + ")";
    if (!state.installed()) {
      return CheckVerdict.failed(NOT_INSTALLED, name + " is not installed" + evidence);
    }
    if (!state.active()) {
      return CheckVerdict.failed(NOT_ACTIVE, name + " is installed but not active" + evidence);
    }
    return CheckVerdict.passed(name + " is installed and active" + evidence);
  }
}
