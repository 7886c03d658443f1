package dev.sessionhost.application.service;

import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import java.util.Objects;
import java.util.Optional;

/** A new snapshot of the host's health and the status change it brought, if any. */
public record Assessment(HostHealth health, Optional<StatusChange> change) {

  public Assessment {
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(change, "change");
  }
}
