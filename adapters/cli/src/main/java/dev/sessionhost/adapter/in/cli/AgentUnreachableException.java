package dev.sessionhost.adapter.in.cli;

/** An agent was there but the conversation broke (timeout, reset); the message says how. */
final class AgentUnreachableException extends Exception {

  private static final long serialVersionUID = 1L;

  AgentUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
