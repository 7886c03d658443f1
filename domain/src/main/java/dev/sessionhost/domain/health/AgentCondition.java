package dev.sessionhost.domain.health;

import java.util.Objects;

/** A reason that comes from the agent itself rather than from a check. */
public record AgentCondition(Kind kind, String message, String remediation)
    implements StatusReason {

  /** The conditions of the agent that decide a status on their own. */
  public enum Kind {
    NOT_RUN_YET,
    SHUTTING_DOWN,
    SHUT_DOWN_BEFORE_BROKER_REACHED,
    UPGRADING,
    UPGRADE_FAILED,
    /** The broker has had no heartbeat from the host for longer than its heartbeat timeout. */
    NO_HEARTBEAT,
    /** The host registered with the broker but has not sent a heartbeat yet. */
    NEVER_REPORTED
  }

  public AgentCondition {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(remediation, "remediation");
  }
}
