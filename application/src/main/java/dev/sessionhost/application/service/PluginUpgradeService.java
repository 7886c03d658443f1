package dev.sessionhost.application.service;

import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.application.port.out.LoadHealthChecksPort;
import dev.sessionhost.application.port.out.PersistUpdateStatusPort;
import dev.sessionhost.application.port.out.PluginInstallationException;
import dev.sessionhost.application.port.out.PluginInstallationPort;
import dev.sessionhost.application.port.out.PluginPackage;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Upgrades a check plugin with rollback. Holds the {@link CycleLock} throughout, so no cycle runs a
 * half-swapped plugin. The new version must load, start, and have each of its enabled checks decide
 * once (pass or fail, not Unknown) before it is kept; otherwise the old version comes back and the
 * update fails with the reason. Every stage is saved, so the update state survives a restart; the
 * success is saved before the swap is committed, so a restart that finds a swap neither committed
 * nor rolled back keeps it when Succeeded was saved, and otherwise undoes it.
 */
public final class PluginUpgradeService implements UpgradePluginUseCase {

  private final PluginInstallationPort installation;
  private final LoadHealthChecksPort checks;
  private final CheckExecutor executor;
  private final HostHealthRecord record;
  private final HealthBroadcast broadcast;
  private final PersistUpdateStatusPort store;
  private final CycleLock lock;
  private final Clock clock;

  public PluginUpgradeService(
      PluginInstallationPort installation,
      LoadHealthChecksPort checks,
      CheckExecutor executor,
      HostHealthRecord record,
      HealthBroadcast broadcast,
      PersistUpdateStatusPort store,
      CycleLock lock,
      Clock clock) {
    this.installation = installation;
    this.checks = checks;
    this.executor = executor;
    this.record = record;
    this.broadcast = broadcast;
    this.store = store;
    this.lock = lock;
    this.clock = clock;
  }

  @Override
  public UpgradeResult upgrade(UpgradePluginCommand command) {
    return lock.holding(() -> run(command));
  }

  private UpgradeResult run(UpgradePluginCommand command) {
    String file = String.valueOf(command.jar().getFileName());
    PluginPackage candidate;
    try {
      candidate = installation.inspect(command.jar());
    } catch (PluginInstallationException e) {
      // refused while being validated: nothing started, so nothing to roll back or to report
      return UpgradeResult.rejected(
          "cannot install " + file + ": " + e.getMessage(), record.current().update());
    }
    Optional<PluginPackage> old = installation.installed(candidate.id());
    if (command.mustBeNew() && old.isPresent()) {
      throw new IllegalArgumentException(
          "plugin "
              + candidate.id()
              + " is already installed (version "
              + old.get().version()
              + "); use 'plugins upgrade' to replace it");
    }
    move(record.current().update().nextPending(clock.instant()));
    move(UpdateStatus.started(clock.instant()));
    PluginInstallationPort.Swap swap;
    try {
      swap = installation.swapIn(candidate);
    } catch (PluginInstallationException e) {
      return fail(Optional.of(candidate), old, describe(candidate, old, e.getMessage()));
    }
    Optional<String> problem = swap.loadProblem().or(() -> smokeRun(candidate));
    if (problem.isPresent()) {
      swap.rollBack();
      return fail(Optional.of(candidate), old, describe(candidate, old, problem.get()));
    }
    // Succeeded is saved while the old jar still waits for the commit: the saved state is what
    // decides, after a crash between the two, whether the swap is kept or undone at the next start.
    UpdateStatus done = move(UpdateStatus.succeeded(clock.instant()));
    swap.commit();
    return new UpgradeResult(
        Optional.of(candidate.id()),
        old.map(PluginPackage::version),
        Optional.of(candidate.version()),
        done);
  }

  /**
   * Runs the new version's enabled checks once; the first one that could not decide is a problem.
   */
  private Optional<String> smokeRun(PluginPackage candidate) {
    String provider = candidate.id() + " " + candidate.version();
    List<RunnableCheck> provided =
        checks.loadChecks().stream()
            .filter(check -> check.provider().equals(provider))
            .filter(check -> check.options().enabled())
            .toList();
    if (provided.isEmpty()) {
      boolean anyAtAll =
          checks.loadChecks().stream().anyMatch(check -> check.provider().equals(provider));
      return anyAtAll ? Optional.empty() : Optional.of("the plugin provides no health check");
    }
    for (CheckResult result : executor.runAll(provided)) {
      if (result.outcome() == CheckOutcome.UNKNOWN) {
        return Optional.of(
            "its check "
                + result.id().value()
                + " could not decide on its first run: "
                + result.message());
      }
    }
    return Optional.empty();
  }

  private static String describe(
      PluginPackage candidate, Optional<PluginPackage> old, String problem) {
    String restored =
        old.map(p -> "; version " + p.version() + " restored").orElse("; nothing installed");
    return "upgrade of "
        + candidate.id()
        + " to "
        + candidate.version()
        + " failed: "
        + problem
        + restored;
  }

  private UpgradeResult fail(
      Optional<PluginPackage> candidate, Optional<PluginPackage> old, String message) {
    UpdateStatus failed = move(UpdateStatus.failed(message, clock.instant()));
    return new UpgradeResult(
        candidate.map(PluginPackage::id),
        old.map(PluginPackage::version),
        candidate.map(PluginPackage::version),
        failed);
  }

  private UpdateStatus move(UpdateStatus next) {
    store.save(next);
    broadcast.announce(record.updateChanged(next, clock.instant()));
    return next;
  }
}
