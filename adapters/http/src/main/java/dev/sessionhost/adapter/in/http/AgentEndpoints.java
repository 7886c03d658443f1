package dev.sessionhost.adapter.in.http;

import dev.sessionhost.application.port.in.GetHostHealthQuery;
import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.in.ListPluginsQuery;
import dev.sessionhost.application.port.in.RemovePluginUseCase;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import dev.sessionhost.application.port.out.HealthHistoryPort;
import java.util.Objects;

/** The application's ports the HTTP API answers from. */
public record AgentEndpoints(
    GetHostHealthQuery health,
    ListChecksQuery checks,
    HealthHistoryPort history,
    RunHealthCycleUseCase cycle,
    UpgradePluginUseCase upgrade,
    RemovePluginUseCase remove,
    ListPluginsQuery plugins) {

  public AgentEndpoints {
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(upgrade, "upgrade");
    Objects.requireNonNull(remove, "remove");
    Objects.requireNonNull(plugins, "plugins");
  }
}
