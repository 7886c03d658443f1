package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.update.UpdateStatus;
import java.util.Optional;

/** Keeps the update status across restarts, so an UpgradeFailed host stays so after a restart. */
public interface PersistUpdateStatusPort {

  /** The status saved last; empty when none was ever saved (or it could not be read). */
  Optional<UpdateStatus> load();

  /** Saves the status; a failure to write is reported, never thrown. */
  void save(UpdateStatus status);
}
