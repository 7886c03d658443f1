package dev.sessionhost.adapter.in.http;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.application.port.in.GetHostHealthQuery;
import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.in.ListPluginsQuery;
import dev.sessionhost.application.port.in.RemovePluginUseCase;
import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Hand-written fakes of the ports the HTTP API calls, recording what they were asked. */
final class Fakes
    implements GetHostHealthQuery,
        ListChecksQuery,
        HealthHistoryPort,
        RunHealthCycleUseCase,
        UpgradePluginUseCase,
        RemovePluginUseCase,
        ListPluginsQuery {

  volatile HostHealth current = Snapshots.available();
  volatile HostHealth afterCycle = Snapshots.available();
  final List<CheckListing> listings = Snapshots.listings();
  final List<StatusChange> changes = new ArrayList<>();
  final List<InstalledPlugin> plugins = new ArrayList<>();
  final AtomicInteger cycles = new AtomicInteger();
  final AtomicInteger healthReads = new AtomicInteger();
  volatile int lastLimit;
  volatile boolean historyBroken;

  /** What the upgrade use case answers; it also records the staged jar it saw. */
  volatile Function<UpgradePluginCommand, UpgradeResult> upgrades;

  volatile UpgradePluginCommand lastUpgrade;
  volatile byte[] stagedBytes;

  AgentEndpoints endpoints() {
    return new AgentEndpoints(this, this, this, this, this, this, this);
  }

  @Override
  public HostHealth currentHealth() {
    healthReads.incrementAndGet();
    return current;
  }

  @Override
  public List<CheckListing> listChecks() {
    return listings;
  }

  @Override
  public void append(StatusChange change) {
    changes.add(change);
  }

  @Override
  public List<StatusChange> recent(int limit) {
    lastLimit = limit;
    if (historyBroken) {
      throw new IllegalStateException("history file unreadable");
    }
    return changes.subList(Math.max(0, changes.size() - limit), changes.size());
  }

  @Override
  public HostHealth runCycle(RunHealthCycleCommand command) {
    cycles.incrementAndGet();
    return afterCycle;
  }

  @Override
  public UpgradeResult upgrade(UpgradePluginCommand command) {
    lastUpgrade = command;
    try {
      stagedBytes = Files.readAllBytes(command.jar());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return upgrades.apply(command);
  }

  @Override
  public InstalledPlugin remove(String pluginId) {
    return plugins.stream()
        .filter(p -> p.id().equals(pluginId) && p.active())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no plugin " + pluginId + " is installed"));
  }

  @Override
  public List<InstalledPlugin> listPlugins() {
    return plugins;
  }

  static InstalledPlugin plugin(String id, String version, boolean active, String problem) {
    return new InstalledPlugin(
        id,
        version,
        Path.of("/var/lib/sessionhost/plugins/" + id + "-" + version + ".jar"),
        active,
        problem);
  }
}
