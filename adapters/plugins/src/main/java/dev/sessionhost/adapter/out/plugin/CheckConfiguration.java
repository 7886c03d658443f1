package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.Thresholds;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operator configured for one check, or for every check as defaults; each part is optional
 * and an empty part leaves the value underneath (the check's own default) in place.
 *
 * <p>The compact constructor rejects values the runtime could not use, so bootstrap can name the
 * offending key while it still knows where the value came from. Settings keep their order and may
 * hold {@code null} values (read by checks as "use the default").
 */
public record CheckConfiguration(
    Optional<Boolean> enabled,
    Optional<Duration> timeout,
    Optional<Duration> interval,
    Optional<Integer> failuresBeforeFailing,
    Optional<Integer> successesBeforePassing,
    Optional<FailureEffect> failureEffect,
    Map<String, Object> settings) {

  /** Nothing configured. */
  public static final CheckConfiguration NONE =
      new CheckConfiguration(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Map.of());

  public CheckConfiguration {
    enabled = Objects.requireNonNullElse(enabled, Optional.empty());
    timeout = Objects.requireNonNullElse(timeout, Optional.empty());
    interval = Objects.requireNonNullElse(interval, Optional.empty());
    failuresBeforeFailing = Objects.requireNonNullElse(failuresBeforeFailing, Optional.empty());
    successesBeforePassing = Objects.requireNonNullElse(successesBeforePassing, Optional.empty());
    failureEffect = Objects.requireNonNullElse(failureEffect, Optional.empty());
    settings =
        settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    timeout.ifPresent(t -> requirePositive("timeout", t));
    interval.ifPresent(i -> requirePositive("interval", i));
    // the domain owns the allowed range; build once here so a bad value fails at configuration time
    new Thresholds(failuresBeforeFailing.orElse(1), successesBeforePassing.orElse(1));
  }

  /** Only settings, everything else as the check's defaults. */
  public static CheckConfiguration ofSettings(Map<String, ?> settings) {
    return NONE.withSettings(settings);
  }

  /** This configuration with the check switched on or off. */
  public CheckConfiguration withEnabled(boolean on) {
    return new CheckConfiguration(
        Optional.of(on),
        timeout,
        interval,
        failuresBeforeFailing,
        successesBeforePassing,
        failureEffect,
        settings);
  }

  /** This configuration with another timeout. */
  public CheckConfiguration withTimeout(Duration newTimeout) {
    return new CheckConfiguration(
        enabled,
        Optional.of(newTimeout),
        interval,
        failuresBeforeFailing,
        successesBeforePassing,
        failureEffect,
        settings);
  }

  /** This configuration with the check's own interval. */
  public CheckConfiguration withInterval(Duration newInterval) {
    return new CheckConfiguration(
        enabled,
        timeout,
        Optional.of(newInterval),
        failuresBeforeFailing,
        successesBeforePassing,
        failureEffect,
        settings);
  }

  /** This configuration with both thresholds. */
  public CheckConfiguration withThresholds(int failures, int successes) {
    return new CheckConfiguration(
        enabled,
        timeout,
        interval,
        Optional.of(failures),
        Optional.of(successes),
        failureEffect,
        settings);
  }

  /** This configuration with the operator's failure effect, which wins over the check's. */
  public CheckConfiguration withFailureEffect(FailureEffect effect) {
    return new CheckConfiguration(
        enabled,
        timeout,
        interval,
        failuresBeforeFailing,
        successesBeforePassing,
        Optional.of(effect),
        settings);
  }

  /** This configuration with other settings. */
  public CheckConfiguration withSettings(Map<String, ?> newSettings) {
    return new CheckConfiguration(
        enabled,
        timeout,
        interval,
        failuresBeforeFailing,
        successesBeforePassing,
        failureEffect,
        new LinkedHashMap<String, Object>(newSettings));
  }

  private static void requirePositive(String key, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be positive, found " + value);
    }
  }
}
