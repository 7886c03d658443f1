package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import java.util.Optional;

/**
 * A reporter of the host's health (the HTTP snapshot, metrics, the broker client, a log): told
 * every new snapshot, with the status change it brought if any. Should return quickly; what it
 * throws is logged and does not stop the other reporters.
 */
public interface PublishHealthPort {

  void publish(HostHealth health, Optional<StatusChange> change);
}
