package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.domain.status.SessionHostStatus;

/**
 * The exit codes of every command, after the monitoring-plugin convention so that {@code
 * sessionhost check} can itself serve as a monitoring plugin.
 */
final class ExitCodes {

  /** Available, or the command did what was asked. */
  static final int OK = 0;

  /** NeedsAssistance or UpgradeFailed: the host serves but wants attention. */
  static final int WARNING = 1;

  /** Unavailable, Shutdown or Upgrading: the host takes no new connections. */
  static final int CRITICAL = 2;

  /** The command could not run: bad options, bad configuration or an internal error. */
  static final int COULD_NOT_RUN = 3;

  private ExitCodes() {}

  /** The exit code that reports a host in {@code status}: the one place statuses become codes. */
  static int forStatus(SessionHostStatus status) {
    return switch (status) {
      case AVAILABLE -> OK;
      case NEEDS_ASSISTANCE, UPGRADE_FAILED -> WARNING;
      case UNAVAILABLE, SHUTDOWN, UPGRADING -> CRITICAL;
    };
  }
}
