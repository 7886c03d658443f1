package dev.sessionhost.application.service;

import dev.sessionhost.application.port.in.RecoverInterruptedUpgradeUseCase;
import dev.sessionhost.application.port.in.UpgradeRecovery;
import dev.sessionhost.application.port.out.PersistUpdateStatusPort;
import dev.sessionhost.application.port.out.PluginInstallationPort;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Clock;
import java.util.Objects;

/**
 * Recovers from an upgrade the last stop interrupted: the plugins folder finishes the swap (kept if
 * the success had been saved, else undone), then an update state still {@code Pending} or {@code
 * Started} becomes {@code Failed}, is saved, and the host's record shows it.
 */
public final class UpgradeRecoveryService implements RecoverInterruptedUpgradeUseCase {

  private final HostHealthRecord record;
  private final PluginInstallationPort folder;
  private final PersistUpdateStatusPort store;
  private final Clock clock;

  public UpgradeRecoveryService(
      HostHealthRecord record,
      PluginInstallationPort folder,
      PersistUpdateStatusPort store,
      Clock clock) {
    this.record = Objects.requireNonNull(record, "record");
    this.folder = Objects.requireNonNull(folder, "folder");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public UpgradeRecovery recoverInterruptedUpgrade() {
    UpdateStatus saved = record.current().update();
    boolean restored = folder.finishInterruptedSwaps(saved);
    UpdateStatus now = saved.afterRestart(clock.instant());
    if (!now.equals(saved)) {
      store.save(now);
      record.updateChanged(now, clock.instant());
    }
    return new UpgradeRecovery(restored, saved, now);
  }
}
