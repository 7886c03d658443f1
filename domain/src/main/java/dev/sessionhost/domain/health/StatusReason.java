package dev.sessionhost.domain.health;

/** One reason why a host has its status, with what the operator can do about it. */
public sealed interface StatusReason permits FailingCheck, AgentCondition {

  /** What is wrong, for the operator. */
  String message();

  /** What to do about it. */
  String remediation();
}
