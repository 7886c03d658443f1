package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.health.HostHealth;

/** Reads the last snapshot of the host's health; never runs a check. */
public interface GetHostHealthQuery {

  HostHealth currentHealth();
}
