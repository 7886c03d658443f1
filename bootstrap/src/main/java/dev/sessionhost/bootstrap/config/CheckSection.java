package dev.sessionhost.bootstrap.config;

import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.Thresholds;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operator configured for one check (or for all, under {@code checks.defaults}): each
 * option is empty when not configured, so the check's own default, or its own per-run judgement of
 * the effect, still applies.
 *
 * @param settings the check's free-form settings: texts, numbers, booleans, lists and maps, in the
 *     order written; a key written without a value is left out
 */
public record CheckSection(
    Optional<Boolean> enabled,
    Optional<Duration> timeout,
    Optional<Duration> interval,
    Optional<Integer> failuresBeforeFailing,
    Optional<Integer> successesBeforePassing,
    Optional<FailureEffect> failureEffect,
    Map<String, Object> settings) {

  /** Nothing configured. */
  public static final CheckSection EMPTY =
      new CheckSection(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Map.of());

  public CheckSection {
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(failuresBeforeFailing, "failuresBeforeFailing");
    Objects.requireNonNull(successesBeforePassing, "successesBeforePassing");
    Objects.requireNonNull(failureEffect, "failureEffect");
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /**
   * This section with the gaps filled from {@code defaults}: each option configured here wins, and
   * the settings are those of {@code defaults} with these written over them, key by key.
   */
  public CheckSection overlaidOn(CheckSection defaults) {
    Map<String, Object> merged = new LinkedHashMap<>(defaults.settings);
    merged.putAll(settings);
    return new CheckSection(
        enabled.or(defaults::enabled),
        timeout.or(defaults::timeout),
        interval.or(defaults::interval),
        failuresBeforeFailing.or(defaults::failuresBeforeFailing),
        successesBeforePassing.or(defaults::successesBeforePassing),
        failureEffect.or(defaults::failureEffect),
        merged);
  }

  /** The check's options with what is configured here in place of the check's own defaults. */
  public CheckOptions applyTo(CheckOptions options) {
    Thresholds thresholds =
        new Thresholds(
            failuresBeforeFailing.orElse(options.thresholds().failuresBeforeFailing()),
            successesBeforePassing.orElse(options.thresholds().successesBeforePassing()));
    return new CheckOptions(
        enabled.orElse(options.enabled()),
        failureEffect.orElse(options.effect()),
        timeout.orElse(options.timeout()),
        interval.or(options::interval),
        thresholds);
  }
}
