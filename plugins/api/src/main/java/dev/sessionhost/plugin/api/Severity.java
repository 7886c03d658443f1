package dev.sessionhost.plugin.api;

/**
 * How serious a failure of a check is for the host that runs it.
 *
 * <p>The descriptor states the default; an operator may override it per check in the host's
 * configuration, and that override wins. An {@code UNKNOWN} result counts as a failure: the host
 * fails closed.
 *
 * @since 1.0
 */
public enum Severity {
  /** The host cannot serve sessions: a failure makes it {@code Unavailable}. */
  FATAL,
  /**
   * The host still serves sessions but needs an operator: a failure makes it {@code
   * NeedsAssistance}.
   */
  NON_FATAL,
  /** A failure is reported but does not change the host's status. */
  INFORMATIONAL
}
