package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.sessionhost.adapter.out.plugin.CheckConfiguration;
import dev.sessionhost.adapter.out.plugin.Pf4jHealthCheckLoader;
import dev.sessionhost.adapter.out.plugin.PluginRuntimeOptions;
import dev.sessionhost.application.port.out.LoadHealthChecksPort;
import dev.sessionhost.bootstrap.config.CommandChecksSection;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks come from PF4J plugins. Binds {@link Pf4jHealthCheckLoader} (plugins folder, disabled
 * plugins, per-check configuration and the sections check providers read, such as {@code
 * commandChecks}, and the file they came from, from {@link SessionhostConfig}; probes from the
 * {@link ProbeEnvironment}) and {@link LoadHealthChecksPort} to it. Plugins load on first use.
 */
final class PluginRuntimeModule extends AbstractModule {

  @Provides
  @Singleton
  Pf4jHealthCheckLoader loader(
      SessionhostConfig config, ProbeEnvironment environment, Clock clock) {
    Map<String, CheckConfiguration> checks = new LinkedHashMap<>();
    config.checks().byId().forEach((id, check) -> checks.put(id.value(), check));
    return new Pf4jHealthCheckLoader(
        new PluginRuntimeOptions(
                config.agent().pluginsDir(),
                config.plugins().disabled(),
                config.checks().defaults(),
                checks,
                environment.name(),
                environment.probes())
            .withSections(Map.of(CommandChecksSection.NAME, config.commandChecks().entries()))
            .withConfigFile(config.source()),
        clock);
  }

  @Provides
  LoadHealthChecksPort checks(Pf4jHealthCheckLoader loader) {
    return loader;
  }
}
