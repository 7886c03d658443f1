package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.sessionhost.adapter.in.cli.StatusChangeLog;
import dev.sessionhost.adapter.in.cli.VersionProvider;
import dev.sessionhost.adapter.in.dropfolder.UpdateDropFolder;
import dev.sessionhost.adapter.in.http.AgentEndpoints;
import dev.sessionhost.adapter.in.http.AgentHttpApi;
import dev.sessionhost.adapter.in.http.AgentMetrics;
import dev.sessionhost.adapter.in.http.HttpApiSettings;
import dev.sessionhost.adapter.in.http.SnapshotCache;
import dev.sessionhost.application.port.in.GetHostHealthQuery;
import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.in.ListPluginsQuery;
import dev.sessionhost.application.port.in.RemovePluginUseCase;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The daemon's parts: the reporters it adds (the log of status changes, the HTTP snapshot, the
 * metrics), the local HTTP API over the use cases, and the plugin drop folder.
 */
final class AgentModule extends AbstractModule {

  private final Consumer<String> log;

  AgentModule(Consumer<String> log) {
    this.log = log;
  }

  @ProvidesIntoSet
  PublishHealthPort logReporter() {
    return new StatusChangeLog(log);
  }

  @Provides
  @Singleton
  SnapshotCache snapshots(GetHostHealthQuery health, ListChecksQuery checks) {
    return new SnapshotCache(health, checks, VersionProvider.productVersion());
  }

  @ProvidesIntoSet
  PublishHealthPort snapshotReporter(SnapshotCache snapshots) {
    return snapshots;
  }

  @Provides
  @Singleton
  AgentMetrics metrics() {
    return new AgentMetrics();
  }

  @ProvidesIntoSet
  PublishHealthPort metricsReporter(AgentMetrics metrics) {
    return metrics;
  }

  @Provides
  @Singleton
  AgentEndpoints endpoints(
      GetHostHealthQuery health,
      ListChecksQuery checks,
      HealthHistoryPort history,
      RunHealthCycleUseCase cycle,
      UpgradePluginUseCase upgrade,
      RemovePluginUseCase remove,
      ListPluginsQuery plugins) {
    return new AgentEndpoints(health, checks, history, cycle, upgrade, remove, plugins);
  }

  @Provides
  AgentHttpApiFactory http(
      SessionhostConfig config,
      AgentEndpoints endpoints,
      SnapshotCache snapshots,
      AgentMetrics metrics) {
    return token -> {
      InetAddress bind;
      try {
        bind = InetAddress.getByName(config.http().bind());
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("http.bind: unknown address " + config.http().bind(), e);
      }
      HttpApiSettings settings =
          HttpApiSettings.of(
              bind,
              config.http().port(),
              Optional.of(token),
              config.agent().stateDir().resolve("http-uploads"),
              VersionProvider.productVersion());
      return new AgentHttpApi(settings, endpoints, snapshots, metrics);
    };
  }

  @Provides
  @Singleton
  UpdateDropFolder drops(SessionhostConfig config, UpgradePluginUseCase upgrade, Clock clock) {
    return new UpdateDropFolder(config.agent().pluginsDir(), upgrade, clock);
  }
}
