package dev.sessionhost.application.service.broker;

import dev.sessionhost.application.port.in.broker.BrokerHealthQuery;
import dev.sessionhost.application.port.out.broker.SessionHostRepository;
import java.util.Optional;

/** The broker is healthy while its store answers a read. */
public final class BrokerHealthService implements BrokerHealthQuery {

  private final SessionHostRepository hosts;

  public BrokerHealthService(SessionHostRepository hosts) {
    this.hosts = hosts;
  }

  @Override
  public Optional<String> problem() {
    try {
      hosts.pools();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("the database does not answer: " + e.getMessage());
    }
  }
}
