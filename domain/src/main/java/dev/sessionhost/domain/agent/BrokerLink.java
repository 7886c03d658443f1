package dev.sessionhost.domain.agent;

/** Whether the agent has a broker and whether the broker has ever heard from it. */
public enum BrokerLink {
  /** No broker is configured: the agent reports locally only. */
  NONE,
  /** A broker is configured but was never reached, so it does not know this host yet. */
  NOT_YET_REACHED,
  /** The broker has received at least one report from this host. */
  REACHED
}
