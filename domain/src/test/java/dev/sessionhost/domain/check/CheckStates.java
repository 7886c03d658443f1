package dev.sessionhost.domain.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Test data: check states built through the real {@link CheckState#record} path. */
public final class CheckStates {

  /** When the first result of every built check started; later results follow a second apart. */
  public static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

  private CheckStates() {}

  public static Builder aCheck(String id) {
    return new Builder(id);
  }

  /** A definition whose remediation is "Fix {id}.", with a fatal default effect. */
  public static CheckDefinition definition(String id) {
    return new CheckDefinition(
        CheckId.of(id),
        id + " display name",
        id + " verifies something",
        FailureEffect.UNAVAILABLE,
        "Fix " + id + ".",
        CheckDefinition.STANDARD_TIMEOUT);
  }

  /** A result of check {@code id} with this outcome, started {@code second} seconds after START. */
  public static CheckResult result(String id, CheckOutcome outcome, int second) {
    CheckId checkId = CheckId.of(id);
    Instant at = START.plusSeconds(second);
    Duration took = Duration.ofMillis(20);
    return switch (outcome) {
      case SUCCEEDED -> CheckResult.succeeded(checkId, id + " is fine", Map.of(), at, took);
      case FAILED -> CheckResult.failed(checkId, 7, id + " failed", Map.of(), at, took);
      case UNKNOWN -> CheckResult.unknown(checkId, id + " timed out", at, took);
      case SESSION_HOST_SHUTDOWN ->
          CheckResult.failed(checkId, 7, id + " failed", Map.of(), at, took).asShutdown();
    };
  }

  /** Builds one check's state: its effect, thresholds, and the outcomes it has seen. */
  public static final class Builder {
    private final String id;
    private FailureEffect effect = FailureEffect.UNAVAILABLE;
    private Thresholds thresholds = Thresholds.IMMEDIATE;

    private Builder(String id) {
      this.id = id;
    }

    public Builder withEffect(FailureEffect newEffect) {
      this.effect = newEffect;
      return this;
    }

    public Builder fatal() {
      return withEffect(FailureEffect.UNAVAILABLE);
    }

    public Builder nonFatal() {
      return withEffect(FailureEffect.NEEDS_ASSISTANCE);
    }

    public Builder reportOnly() {
      return withEffect(FailureEffect.NONE);
    }

    public Builder withThresholds(int failuresBeforeFailing, int successesBeforePassing) {
      this.thresholds = new Thresholds(failuresBeforeFailing, successesBeforePassing);
      return this;
    }

    /** The state of a check that has not run yet. */
    public CheckState notRunYet() {
      return CheckState.notRunYet(definition(id), effect, thresholds, START);
    }

    /** The state after these outcomes, in order. */
    public CheckState after(CheckOutcome... outcomes) {
      CheckState state = notRunYet();
      for (int i = 0; i < outcomes.length; i++) {
        state = state.record(result(id, outcomes[i], i));
      }
      return state;
    }

    public CheckState passing() {
      return after(CheckOutcome.SUCCEEDED);
    }

    public CheckState failing() {
      return after(CheckOutcome.FAILED);
    }

    public CheckState unknown() {
      return after(CheckOutcome.UNKNOWN);
    }
  }
}
