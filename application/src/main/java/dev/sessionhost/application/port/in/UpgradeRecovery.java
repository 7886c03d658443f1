package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.update.UpdateStatus;
import java.util.Objects;

/**
 * What the recovery of an interrupted upgrade did: whether the previous plugin was put back, and
 * the update state before and after (equal when there was nothing to recover).
 */
public record UpgradeRecovery(
    boolean previousPluginRestored, UpdateStatus before, UpdateStatus after) {

  public UpgradeRecovery {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** Whether the update state changed (to Failed). */
  public boolean stateChanged() {
    return !before.equals(after);
  }
}
