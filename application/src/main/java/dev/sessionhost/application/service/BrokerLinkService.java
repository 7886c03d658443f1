package dev.sessionhost.application.service;

import dev.sessionhost.application.port.in.RecordBrokerLinkUseCase;
import dev.sessionhost.domain.agent.BrokerLink;
import java.time.Clock;

/** Records whether the broker has heard from this host and announces what that changes. */
public final class BrokerLinkService implements RecordBrokerLinkUseCase {

  private final HostHealthRecord record;
  private final HealthBroadcast broadcast;
  private final Clock clock;

  public BrokerLinkService(HostHealthRecord record, HealthBroadcast broadcast, Clock clock) {
    this.record = record;
    this.broadcast = broadcast;
    this.clock = clock;
  }

  @Override
  public void brokerLinkChanged(BrokerLink link) {
    Assessment assessment = record.brokerLinkChanged(link, clock.instant());
    if (assessment.change().isPresent()) {
      broadcast.announce(assessment);
    }
  }
}
