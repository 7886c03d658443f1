package dev.sessionhost.domain.health;

import dev.sessionhost.domain.agent.AgentPhase;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.util.List;
import java.util.Objects;

/**
 * Everything the status policy looks at: the agent's phase, its last update, its broker link and
 * every enabled check.
 */
public record HostConditions(
    AgentPhase phase, UpdateStatus update, BrokerLink broker, List<CheckState> checks) {

  public HostConditions {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(broker, "broker");
    checks = List.copyOf(checks);
  }
}
