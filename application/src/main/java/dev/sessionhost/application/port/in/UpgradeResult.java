package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * How an upgrade ended: the plugin id (empty when the jar could not even be read), the version
 * replaced (empty for a new plugin), the version offered, and the update status it left.
 */
public record UpgradeResult(
    Optional<String> pluginId,
    Optional<String> previousVersion,
    Optional<String> offeredVersion,
    UpdateStatus update) {

  public UpgradeResult {
    Objects.requireNonNull(pluginId, "pluginId");
    Objects.requireNonNull(previousVersion, "previousVersion");
    Objects.requireNonNull(offeredVersion, "offeredVersion");
    Objects.requireNonNull(update, "update");
  }

  public boolean succeeded() {
    return update.state() == UpdateState.SUCCEEDED;
  }
}
