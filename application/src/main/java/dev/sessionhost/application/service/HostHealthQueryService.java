package dev.sessionhost.application.service;

import dev.sessionhost.application.port.in.GetHostHealthQuery;
import dev.sessionhost.domain.health.HostHealth;

/** Answers with the last snapshot; never runs a check. */
public final class HostHealthQueryService implements GetHostHealthQuery {

  private final HostHealthRecord record;

  public HostHealthQueryService(HostHealthRecord record) {
    this.record = record;
  }

  @Override
  public HostHealth currentHealth() {
    return record.current();
  }
}
