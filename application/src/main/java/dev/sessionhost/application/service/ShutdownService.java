package dev.sessionhost.application.service;

import dev.sessionhost.application.port.in.ShutdownUseCase;
import dev.sessionhost.domain.health.HostHealth;
import java.time.Clock;

/**
 * Moves the host to its shutdown status and announces it once. Does not wait for a running cycle: a
 * cycle that ends later leaves the shutdown snapshot as it is.
 */
public final class ShutdownService implements ShutdownUseCase {

  private final HostHealthRecord record;
  private final HealthBroadcast broadcast;
  private final Clock clock;

  public ShutdownService(HostHealthRecord record, HealthBroadcast broadcast, Clock clock) {
    this.record = record;
    this.broadcast = broadcast;
    this.clock = clock;
  }

  @Override
  public HostHealth shutdown() {
    return record
        .shutDown(clock.instant())
        .map(
            assessment -> {
              broadcast.announce(assessment);
              return assessment.health();
            })
        .orElseGet(record::current);
  }
}
