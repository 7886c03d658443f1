package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.check.CheckId;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Asks for a health cycle: {@code only} names the checks to run (empty: all enabled checks), {@code
 * ignoreIntervals} runs every selected check even if its own interval has not passed, and {@code
 * defaultInterval} is the interval of a check that has none of its own (zero: every cycle).
 */
public record RunHealthCycleCommand(
    Set<CheckId> only, boolean ignoreIntervals, Duration defaultInterval) {

  public RunHealthCycleCommand {
    only = Set.copyOf(only);
    Objects.requireNonNull(defaultInterval, "defaultInterval");
    if (defaultInterval.isNegative()) {
      throw new IllegalArgumentException("a default interval cannot be negative");
    }
  }

  /** A cycle over {@code only} (empty: all), checks without an interval running every time. */
  public RunHealthCycleCommand(Set<CheckId> only, boolean ignoreIntervals) {
    this(only, ignoreIntervals, Duration.ZERO);
  }

  /** A scheduled cycle: every enabled check that is due. */
  public static RunHealthCycleCommand scheduled() {
    return new RunHealthCycleCommand(Set.of(), false);
  }

  /**
   * A cycle of a scheduler that ticks more often than {@code cycleInterval}: a check without an
   * interval of its own is due once per {@code cycleInterval}.
   */
  public static RunHealthCycleCommand scheduled(Duration cycleInterval) {
    return new RunHealthCycleCommand(Set.of(), false, cycleInterval);
  }

  /** A cycle asked for by someone: every enabled check, due or not. */
  public static RunHealthCycleCommand now() {
    return new RunHealthCycleCommand(Set.of(), true);
  }
}
