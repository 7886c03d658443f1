package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * How an upgrade ended: the plugin id (empty when the jar could not even be read), the version
 * replaced (empty for a new plugin), the version offered, the update status it left, and, for a
 * file refused while it was being validated, why: such a refusal starts no upgrade and leaves the
 * update status (and so the host's status) as it was.
 */
public record UpgradeResult(
    Optional<String> pluginId,
    Optional<String> previousVersion,
    Optional<String> offeredVersion,
    UpdateStatus update,
    Optional<String> rejection) {

  public UpgradeResult {
    Objects.requireNonNull(pluginId, "pluginId");
    Objects.requireNonNull(previousVersion, "previousVersion");
    Objects.requireNonNull(offeredVersion, "offeredVersion");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(rejection, "rejection");
  }

  /** An upgrade that ran, successful or rolled back. */
  public UpgradeResult(
      Optional<String> pluginId,
      Optional<String> previousVersion,
      Optional<String> offeredVersion,
      UpdateStatus update) {
    this(pluginId, previousVersion, offeredVersion, update, Optional.empty());
  }

  /** A file refused before any upgrade started; {@code unchanged} is the status it left alone. */
  public static UpgradeResult rejected(String why, UpdateStatus unchanged) {
    return new UpgradeResult(
        Optional.empty(), Optional.empty(), Optional.empty(), unchanged, Optional.of(why));
  }

  public boolean succeeded() {
    return rejection.isEmpty() && update.state() == UpdateState.SUCCEEDED;
  }
}
