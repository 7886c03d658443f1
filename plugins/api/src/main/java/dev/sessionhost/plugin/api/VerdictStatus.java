package dev.sessionhost.plugin.api;

/**
 * What a check concluded in one run.
 *
 * @since 1.0
 */
public enum VerdictStatus {
  /** The host is healthy in the respect the check verifies; reported as {@code Succeeded}. */
  PASSED,
  /** The host is unhealthy in that respect; reported as {@code Failed}. */
  FAILED,
  /**
   * The check could not tell, typically because a probe could not answer; reported as {@code
   * Unknown}, which the host counts as failing.
   */
  UNDETERMINED
}
