package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.agent.BrokerLink;

/**
 * Tells the agent whether its broker has heard from it, so the status policy can tell an agent that
 * never reached its broker from one that did. Called by the broker client.
 */
public interface RecordBrokerLinkUseCase {

  /** Records the link; a change of the host's status it brings is announced to every reporter. */
  void brokerLinkChanged(BrokerLink link);
}
