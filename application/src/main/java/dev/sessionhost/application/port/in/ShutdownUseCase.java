package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.health.HostHealth;

/** Moves the host to its shutdown status and tells every reporter, once. */
public interface ShutdownUseCase {

  /** Returns the shutdown snapshot that was published. Safe to call more than once. */
  HostHealth shutdown();
}
