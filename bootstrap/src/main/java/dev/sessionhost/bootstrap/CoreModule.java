package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.sessionhost.application.port.in.GetHostHealthQuery;
import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.in.ListPluginsQuery;
import dev.sessionhost.application.port.in.RecordBrokerLinkUseCase;
import dev.sessionhost.application.port.in.RecoverInterruptedUpgradeUseCase;
import dev.sessionhost.application.port.in.RemovePluginUseCase;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.application.port.in.ShutdownUseCase;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.application.port.out.LoadHealthChecksPort;
import dev.sessionhost.application.port.out.PersistUpdateStatusPort;
import dev.sessionhost.application.port.out.PluginInstallationPort;
import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.application.service.BrokerLinkService;
import dev.sessionhost.application.service.CheckExecutor;
import dev.sessionhost.application.service.CycleLock;
import dev.sessionhost.application.service.HealthBroadcast;
import dev.sessionhost.application.service.HealthCycleService;
import dev.sessionhost.application.service.HostHealthQueryService;
import dev.sessionhost.application.service.HostHealthRecord;
import dev.sessionhost.application.service.ListChecksService;
import dev.sessionhost.application.service.PluginCatalogService;
import dev.sessionhost.application.service.PluginUpgradeService;
import dev.sessionhost.application.service.ShutdownService;
import dev.sessionhost.application.service.UpgradeRecoveryService;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The core of the agent, built by hand since services carry no annotations.
 *
 * <p>Binds {@link Clock} (system, UTC), {@link HostHealthRecord} (starting from the saved update
 * status), {@link CheckExecutor}, {@link CycleLock}, {@link HealthBroadcast} to the set of {@link
 * PublishHealthPort} reporters (each adapter module adds its own), and the use cases {@link
 * RunHealthCycleUseCase}, {@link GetHostHealthQuery}, {@link ShutdownUseCase}, {@link
 * ListChecksQuery}, {@link UpgradePluginUseCase}, {@link RemovePluginUseCase} and {@link
 * ListPluginsQuery}. Needs a {@link LoadHealthChecksPort}, a {@link HealthHistoryPort}, a {@link
 * PersistUpdateStatusPort}, a {@link PluginInstallationPort} and the {@link SessionhostConfig} from
 * other modules. Everything is a lazy singleton: nothing is built, and no thread started, until a
 * command asks for it.
 */
final class CoreModule extends AbstractModule {

  @Override
  protected void configure() {
    // reporters arrive with their adapters, each adding itself to this set
    Multibinder.newSetBinder(binder(), PublishHealthPort.class);
  }

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  CycleLock cycleLock() {
    return new CycleLock();
  }

  @Provides
  @Singleton
  HealthBroadcast broadcast(Set<PublishHealthPort> reporters, HealthHistoryPort history) {
    return new HealthBroadcast(List.copyOf(reporters), history);
  }

  @Provides
  @Singleton
  HostHealthRecord record(SessionhostConfig config, PersistUpdateStatusPort updates, Clock clock) {
    String hostName = config.agent().hostName().orElseGet(HostName::local);
    UpdateStatus update = updates.load().orElse(UpdateStatus.INITIAL);
    // a broker is not reached until its client says so
    BrokerLink link = config.broker().isConfigured() ? BrokerLink.NOT_YET_REACHED : BrokerLink.NONE;
    return new HostHealthRecord(hostName, link, update, clock.instant());
  }

  @Provides
  @Singleton
  RecordBrokerLinkUseCase brokerLink(
      HostHealthRecord record, HealthBroadcast broadcast, Clock clock) {
    return new BrokerLinkService(record, broadcast, clock);
  }

  @Provides
  @Singleton
  CheckExecutor executor(Clock clock) {
    return new CheckExecutor(clock);
  }

  @Provides
  @Singleton
  RunHealthCycleUseCase healthCycle(
      LoadHealthChecksPort checks,
      CheckExecutor executor,
      HostHealthRecord record,
      HealthBroadcast broadcast,
      Clock clock,
      CycleLock lock) {
    return new HealthCycleService(checks, executor, record, broadcast, clock, lock);
  }

  @Provides
  @Singleton
  GetHostHealthQuery hostHealth(HostHealthRecord record) {
    return new HostHealthQueryService(record);
  }

  @Provides
  @Singleton
  ShutdownUseCase shutdown(HostHealthRecord record, HealthBroadcast broadcast, Clock clock) {
    return new ShutdownService(record, broadcast, clock);
  }

  @Provides
  @Singleton
  ListChecksQuery listChecks(LoadHealthChecksPort checks) {
    return new ListChecksService(checks);
  }

  @Provides
  @Singleton
  UpgradePluginUseCase upgrade(
      PluginInstallationPort installation,
      LoadHealthChecksPort checks,
      CheckExecutor executor,
      HostHealthRecord record,
      HealthBroadcast broadcast,
      PersistUpdateStatusPort updates,
      CycleLock lock,
      Clock clock) {
    return new PluginUpgradeService(
        installation, checks, executor, record, broadcast, updates, lock, clock);
  }

  @Provides
  @Singleton
  RecoverInterruptedUpgradeUseCase recoverInterruptedUpgrade(
      HostHealthRecord record,
      PluginInstallationPort installation,
      PersistUpdateStatusPort updates,
      Clock clock) {
    return new UpgradeRecoveryService(record, installation, updates, clock);
  }

  @Provides
  @Singleton
  PluginCatalogService pluginCatalog(PluginInstallationPort installation, CycleLock lock) {
    return new PluginCatalogService(installation, lock);
  }

  @Provides
  ListPluginsQuery listPlugins(PluginCatalogService catalog) {
    return catalog;
  }

  @Provides
  RemovePluginUseCase removePlugin(PluginCatalogService catalog) {
    return catalog;
  }
}
