package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.CLOCK;

import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.application.port.out.PersistUpdateStatusPort;
import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.application.service.CheckExecutor;
import dev.sessionhost.application.service.CycleLock;
import dev.sessionhost.application.service.HealthBroadcast;
import dev.sessionhost.application.service.HostHealthRecord;
import dev.sessionhost.application.service.PluginCatalogService;
import dev.sessionhost.application.service.PluginUpgradeService;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real upgrade service over a real plugins folder, wired by hand as the agent wires it, with
 * in-memory fakes for the history, the reporters and the saved update status.
 */
final class UpgradeHarness implements AutoCloseable {

  final Pf4jHealthCheckLoader loader;
  final PluginFolder folder;
  final PluginUpgradeService upgrades;
  final PluginCatalogService catalog;
  final List<UpdateStatus> saved = new ArrayList<>();
  final List<SessionHostStatus> published = new ArrayList<>();
  private final CheckExecutor executor = new CheckExecutor(CLOCK);
  private final HostHealthRecord record;

  UpgradeHarness(Path plugins) {
    loader = PluginFolderFixture.loader(plugins);
    folder = new PluginFolder(plugins, loader, CLOCK);
    record = new HostHealthRecord("host-1", BrokerLink.NONE, UpdateStatus.INITIAL, CLOCK.instant());
    PublishHealthPort publisher =
        (HostHealth health, Optional<StatusChange> change) -> published.add(health.status());
    HealthBroadcast broadcast = new HealthBroadcast(List.of(publisher), new NoHistory());
    CycleLock lock = new CycleLock();
    upgrades =
        new PluginUpgradeService(
            folder, loader, executor, record, broadcast, new SavedInMemory(), lock, CLOCK);
    catalog = new PluginCatalogService(folder, lock);
  }

  /** Runs one health cycle over the plugins' own checks, so the host leaves its starting phase. */
  List<CheckResult> cycle() {
    List<RunnableCheck> checks =
        loader.loadChecks().stream()
            .filter(check -> !check.provider().equals(MissingKnownChecks.PROVIDER))
            .toList();
    List<CheckResult> results = executor.runAll(checks);
    record.completeCycle(checks, results, loader.problems(), CLOCK.instant(), CLOCK.instant());
    return results;
  }

  UpgradeResult upgrade(Path jar) {
    published.clear();
    saved.clear();
    return upgrades.upgrade(UpgradePluginCommand.upgrade(jar));
  }

  UpgradeResult install(Path jar) {
    published.clear();
    saved.clear();
    return upgrades.upgrade(UpgradePluginCommand.install(jar));
  }

  List<UpdateState> savedStates() {
    return saved.stream().map(UpdateStatus::state).toList();
  }

  SessionHostStatus status() {
    return record.current().status();
  }

  @Override
  public void close() {
    executor.close();
    loader.close();
  }

  private final class SavedInMemory implements PersistUpdateStatusPort {
    @Override
    public Optional<UpdateStatus> load() {
      return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
    }

    @Override
    public void save(UpdateStatus status) {
      saved.add(status);
    }
  }

  private static final class NoHistory implements HealthHistoryPort {
    private final List<StatusChange> changes = new ArrayList<>();

    @Override
    public void append(StatusChange change) {
      changes.add(change);
    }

    @Override
    public List<StatusChange> recent(int limit) {
      return changes.subList(Math.max(0, changes.size() - limit), changes.size());
    }
  }
}
