package dev.sessionhost.domain.check;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the agent runs one check on this host: whether at all, what its failure does, its timeout,
 * its own interval (empty: every cycle), and its thresholds. The operator's choices, with the
 * check's defaults where there are none.
 */
public record CheckOptions(
    boolean enabled,
    FailureEffect effect,
    Duration timeout,
    Optional<Duration> interval,
    Thresholds thresholds) {

  public CheckOptions {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(thresholds, "thresholds");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, not " + timeout);
    }
    interval.ifPresent(
        i -> {
          if (i.isNegative() || i.isZero()) {
            throw new IllegalArgumentException("interval must be positive, not " + i);
          }
        });
  }

  /** The options of a check nobody configured: enabled, its own effect and timeout. */
  public static CheckOptions defaultsFor(CheckDefinition definition) {
    return new CheckOptions(
        true,
        definition.defaultEffect(),
        definition.defaultTimeout(),
        Optional.empty(),
        Thresholds.IMMEDIATE);
  }

  public CheckOptions withEffect(FailureEffect newEffect) {
    return new CheckOptions(enabled, newEffect, timeout, interval, thresholds);
  }

  public CheckOptions withTimeout(Duration newTimeout) {
    return new CheckOptions(enabled, effect, newTimeout, interval, thresholds);
  }

  public CheckOptions withThresholds(Thresholds newThresholds) {
    return new CheckOptions(enabled, effect, timeout, interval, newThresholds);
  }

  public CheckOptions withInterval(Duration newInterval) {
    return new CheckOptions(enabled, effect, timeout, Optional.of(newInterval), thresholds);
  }

  public CheckOptions disabled() {
    return new CheckOptions(false, effect, timeout, interval, thresholds);
  }
}
