package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.ServiceProbe;
import dev.sessionhost.plugin.api.ServiceState;
import java.util.Map;
import java.util.Objects;

/** Services as the scenario's {@code services} map states them; an unlisted one is absent. */
final class ScenarioServiceProbe implements ServiceProbe {

  private static final String UNIT_SUFFIX = ".service";

  private final ScenarioFile file;

  ScenarioServiceProbe(ScenarioFile file) {
    this.file = file;
  }

  @Override
  public ServiceState service(String name) {
    Objects.requireNonNull(name, "name");
    Map<String, ServiceFacts> services = file.enter(Faults.SERVICE).services();
    // "azuremonitoragent" and "azuremonitoragent.service" are the same systemd unit.
    String bare =
        name.endsWith(UNIT_SUFFIX) ? name.substring(0, name.length() - UNIT_SUFFIX.length()) : name;
    for (String key : new String[] {name, bare, bare + UNIT_SUFFIX}) {
      ServiceFacts facts = services.get(key);
      if (facts != null) {
        return new ServiceState(
            name, facts.installed(), facts.active(), facts.detail(), file.where("services", key));
      }
    }
    return new ServiceState(name, false, false, "not listed", file.where("services"));
  }
}
