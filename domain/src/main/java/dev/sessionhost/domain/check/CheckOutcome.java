package dev.sessionhost.domain.check;

/** The result of one run of a check, as the API's {@code healthCheckResult} reports it. */
public enum CheckOutcome {
  /** The check could not decide: it threw, timed out, is still running, or has not run yet. */
  UNKNOWN("Unknown", 0),
  SUCCEEDED("HealthCheckSucceeded", 1),
  FAILED("HealthCheckFailed", 2),
  /** The host is shutting down; no check result is meaningful. */
  SESSION_HOST_SHUTDOWN("SessionHostShutdown", 3);

  private final String wireName;
  private final int code;

  CheckOutcome(String wireName, int code) {
    this.wireName = wireName;
    this.code = code;
  }

  public String wireName() {
    return wireName;
  }

  /** The numeric code of the Log Analytics table (0..3). */
  public int code() {
    return code;
  }

  /** Whether this outcome counts against the host: the agent fails closed on unknown. */
  public boolean countsAsFailing() {
    return this == FAILED || this == UNKNOWN;
  }
}
