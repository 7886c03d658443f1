package dev.sessionhost.application.port.in.broker;

import java.util.Optional;

/** Whether the broker itself can do its work: its store answers. */
public interface BrokerHealthQuery {

  /** The problem that keeps the broker from working, empty when it is healthy. */
  Optional<String> problem();
}
