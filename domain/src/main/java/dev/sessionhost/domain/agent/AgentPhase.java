package dev.sessionhost.domain.agent;

/** Where the agent is in its own life: starting up, running its cycles, or shutting down. */
public enum AgentPhase {
  /** Started, but no health cycle has completed yet. */
  STARTING,
  /** At least one health cycle has completed. */
  RUNNING,
  /** Stopping, or the machine is powering off. */
  SHUTTING_DOWN
}
