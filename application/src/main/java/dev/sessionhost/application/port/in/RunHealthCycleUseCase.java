package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.health.HostHealth;

/** Runs one health cycle: every due, enabled check, then the status policy, then publishing. */
public interface RunHealthCycleUseCase {

  /** Runs the cycle and returns the new snapshot. Never throws for a misbehaving check. */
  HostHealth runCycle(RunHealthCycleCommand command);
}
