package dev.sessionhost.domain.check;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one check stands: its definition, the effect its failure has on this host, its last result,
 * whether it counts as failing, and the consecutive-result counters that damp flapping.
 *
 * <p>A check's first result decides its standing at once. After that it flips only after {@link
 * Thresholds#failuresBeforeFailing()} failures in a row (an unknown result counts as a failure), or
 * {@link Thresholds#successesBeforePassing()} successes in a row; one contrary result in between
 * starts the count again.
 */
public record CheckState(
    CheckDefinition definition,
    FailureEffect effect,
    Thresholds thresholds,
    CheckResult lastResult,
    boolean failing,
    boolean decided,
    int failuresInARow,
    int successesInARow) {

  public CheckState {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(lastResult, "lastResult");
  }

  /**
   * A check that has not run yet: undecided, and counted as failing, since the agent fails closed.
   */
  public static CheckState notRunYet(
      CheckDefinition definition, FailureEffect effect, Thresholds thresholds, Instant now) {
    return new CheckState(
        definition,
        effect,
        thresholds,
        CheckResult.notRunYet(definition.id(), now),
        true,
        false,
        0,
        0);
  }

  public CheckId id() {
    return definition.id();
  }

  /**
   * The effect this check has on the host now: the one its last run judged, if it did, else the
   * configured one.
   */
  public FailureEffect currentEffect() {
    return lastResult.effect().orElse(effect);
  }

  /** The state after one more result. Shutdown results change nothing but the last result. */
  public CheckState record(CheckResult result) {
    if (!result.id().equals(id())) {
      throw new IllegalArgumentException("result of " + result.id() + " recorded for " + id());
    }
    if (result.outcome() == CheckOutcome.SESSION_HOST_SHUTDOWN) {
      return new CheckState(
          definition,
          effect,
          thresholds,
          result,
          failing,
          decided,
          failuresInARow,
          successesInARow);
    }
    boolean failed = result.outcome().countsAsFailing();
    int failures = failed ? failuresInARow + 1 : 0;
    int successes = failed ? 0 : successesInARow + 1;
    boolean nowFailing;
    if (!decided) {
      nowFailing = failed;
    } else if (failing) {
      nowFailing = successes < thresholds.successesBeforePassing();
    } else {
      nowFailing = failures >= thresholds.failuresBeforeFailing();
    }
    return new CheckState(
        definition, effect, thresholds, result, nowFailing, true, failures, successes);
  }

  /** The same standing under other options (the operator changed the effect or thresholds). */
  public CheckState withOptions(FailureEffect newEffect, Thresholds newThresholds) {
    return new CheckState(
        definition,
        newEffect,
        newThresholds,
        lastResult,
        failing,
        decided,
        failuresInARow,
        successesInARow);
  }
}
