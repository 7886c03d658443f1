package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.sessionhost.adapter.out.history.UpdateStatusFile;
import dev.sessionhost.adapter.out.plugin.Pf4jHealthCheckLoader;
import dev.sessionhost.adapter.out.plugin.PluginFolder;
import dev.sessionhost.application.port.out.PersistUpdateStatusPort;
import dev.sessionhost.application.port.out.PluginInstallationPort;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import java.time.Clock;

/**
 * The host's lasting state besides its history: the update status saved in {@code agent.stateDir},
 * and the plugins folder with its kept previous versions. Every command binds it, so even a
 * one-shot {@code check} reports an upgrade that failed under the agent.
 */
final class StateModule extends AbstractModule {

  @Provides
  @Singleton
  PersistUpdateStatusPort updates(SessionhostConfig config) {
    return new UpdateStatusFile(config.agent().stateDir());
  }

  @Provides
  @Singleton
  PluginFolder folder(SessionhostConfig config, Pf4jHealthCheckLoader loader, Clock clock) {
    return new PluginFolder(config.agent().pluginsDir(), loader, clock);
  }

  @Provides
  PluginInstallationPort installation(PluginFolder folder) {
    return folder;
  }
}
