package dev.sessionhost.domain.pool;

import dev.sessionhost.domain.health.HostHealth;
import java.util.Objects;

/**
 * One report of an agent to its broker: the host's health snapshot as the agent assessed it, its
 * session count, the agent's and the operating system's versions, and the agent's sequence number.
 *
 * <p>Sequence numbers grow with every report an agent makes, so the broker can tell a report it
 * already has (sent again after a lost answer) from a new one, and keep them in the agent's order.
 */
public record Heartbeat(
    long sequence, HostHealth health, int sessions, String agentVersion, String osVersion) {

  public Heartbeat {
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(agentVersion, "agentVersion");
    Objects.requireNonNull(osVersion, "osVersion");
    if (sequence < 1) {
      throw new IllegalArgumentException("a heartbeat's sequence starts at 1, got " + sequence);
    }
    if (sessions < 0) {
      throw new IllegalArgumentException("a session count cannot be negative, got " + sessions);
    }
  }
}
