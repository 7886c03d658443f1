package dev.sessionhost.domain.health;

import dev.sessionhost.domain.agent.AgentPhase;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckState;
import dev.sessionhost.domain.check.CheckStates;
import dev.sessionhost.domain.update.UpdateStatus;
import java.util.ArrayList;
import java.util.List;

/** Test data: a host's conditions, by default running, never upgraded, broker reached. */
final class HostConditionsBuilder {

  static final String UPGRADE_ERROR = "package signature did not match";

  private AgentPhase phase = AgentPhase.RUNNING;
  private UpdateStatus update = UpdateStatus.INITIAL;
  private BrokerLink broker = BrokerLink.REACHED;
  private final List<CheckState> checks = new ArrayList<>();

  static HostConditionsBuilder aHost() {
    return new HostConditionsBuilder();
  }

  HostConditionsBuilder starting() {
    phase = AgentPhase.STARTING;
    return this;
  }

  HostConditionsBuilder shuttingDown() {
    phase = AgentPhase.SHUTTING_DOWN;
    return this;
  }

  HostConditionsBuilder broker(BrokerLink link) {
    broker = link;
    return this;
  }

  HostConditionsBuilder update(UpdateStatus status) {
    update = status;
    return this;
  }

  HostConditionsBuilder upgrading() {
    return update(UpdateStatus.started(CheckStates.START));
  }

  HostConditionsBuilder upgradeFailed() {
    return update(UpdateStatus.failed(UPGRADE_ERROR, CheckStates.START));
  }

  /** A new upgrade pending after a failed one: the failure is not over yet. */
  HostConditionsBuilder pendingAfterAFailure() {
    return update(
        UpdateStatus.failed(UPGRADE_ERROR, CheckStates.START).nextPending(CheckStates.START));
  }

  /** A new upgrade pending after a good one. */
  HostConditionsBuilder pendingAfterSuccess() {
    return update(UpdateStatus.succeeded(CheckStates.START).nextPending(CheckStates.START));
  }

  HostConditionsBuilder with(CheckState... states) {
    checks.addAll(List.of(states));
    return this;
  }

  HostConditions build() {
    return new HostConditions(phase, update, broker, checks);
  }
}
