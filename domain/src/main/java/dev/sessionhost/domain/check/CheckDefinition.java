package dev.sessionhost.domain.check;

import java.time.Duration;
import java.util.Objects;

/**
 * What a health check is: its id, a display name, what it verifies, what its failure does by
 * default, what to do when it fails, and how long it may run by default.
 */
public record CheckDefinition(
    CheckId id,
    String displayName,
    String verifies,
    FailureEffect defaultEffect,
    String remediation,
    Duration defaultTimeout) {

  /** The timeout a check gets when neither its author nor its operator chose one. */
  public static final Duration STANDARD_TIMEOUT = Duration.ofSeconds(10);

  public CheckDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(verifies, "verifies");
    Objects.requireNonNull(defaultEffect, "defaultEffect");
    Objects.requireNonNull(remediation, "remediation");
    Objects.requireNonNull(defaultTimeout, "defaultTimeout");
    if (defaultTimeout.isNegative() || defaultTimeout.isZero()) {
      throw new IllegalArgumentException("default timeout of " + id + " must be positive");
    }
  }
}
