package dev.sessionhost.domain.check;

import static dev.sessionhost.domain.check.CheckOutcome.FAILED;
import static dev.sessionhost.domain.check.CheckOutcome.SESSION_HOST_SHUTDOWN;
import static dev.sessionhost.domain.check.CheckOutcome.SUCCEEDED;
import static dev.sessionhost.domain.check.CheckOutcome.UNKNOWN;
import static dev.sessionhost.domain.check.CheckStates.aCheck;
import static dev.sessionhost.domain.check.CheckStates.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How a check's standing follows its results, damped by its thresholds. */
class CheckStateTest {

  private final CheckStates.Builder damped = aCheck("Damped").withThresholds(3, 2);

  @Test
  void aCheckThatHasNotRunYetIsUndecidedAndCountsAsFailing() {
    CheckState state = damped.notRunYet();

    assertThat(state.failing()).isTrue();
    assertThat(state.decided()).isFalse();
    assertThat(state.lastResult().outcome()).isEqualTo(UNKNOWN);
  }

  @Test
  void theFirstResultDecidesAtOnceWhateverTheThresholds() {
    assertThat(damped.after(SUCCEEDED).failing()).isFalse();
    assertThat(damped.after(SUCCEEDED).decided()).isTrue();
    assertThat(damped.after(FAILED).failing()).isTrue();
    assertThat(damped.after(FAILED).decided()).isTrue();
  }

  @Test
  void aPassingCheckFailsOnlyAfterThreeFailuresInARow() {
    assertThat(damped.after(SUCCEEDED, FAILED).failing()).isFalse();
    assertThat(damped.after(SUCCEEDED, FAILED, FAILED).failing()).isFalse();
    assertThat(damped.after(SUCCEEDED, FAILED, FAILED, FAILED).failing()).isTrue();
  }

  @Test
  void oneSuccessInBetweenStartsTheFailureCountAgain() {
    CheckState state = damped.after(SUCCEEDED, FAILED, FAILED, SUCCEEDED, FAILED, FAILED);

    assertThat(state.failing()).isFalse();
    assertThat(state.failuresInARow()).isEqualTo(2);
    assertThat(state.record(result("Damped", FAILED, 9)).failing()).isTrue();
  }

  @Test
  void aFailingCheckPassesOnlyAfterTwoSuccessesInARow() {
    assertThat(damped.after(FAILED, SUCCEEDED).failing()).isTrue();
    assertThat(damped.after(FAILED, SUCCEEDED, SUCCEEDED).failing()).isFalse();
  }

  @Test
  void oneFailureInBetweenStartsTheSuccessCountAgain() {
    assertThat(damped.after(FAILED, SUCCEEDED, FAILED, SUCCEEDED).failing()).isTrue();
    assertThat(damped.after(FAILED, SUCCEEDED, FAILED, SUCCEEDED, SUCCEEDED).failing()).isFalse();
  }

  @Test
  void anUnknownResultCountsAsAFailure() {
    assertThat(aCheck("Flaky").after(SUCCEEDED, UNKNOWN).failing()).isTrue();
    assertThat(damped.after(SUCCEEDED, UNKNOWN, FAILED, UNKNOWN).failing()).isTrue();
    assertThat(damped.after(SUCCEEDED, UNKNOWN, FAILED).failuresInARow()).isEqualTo(2);
  }

  @Test
  void immediateThresholdsFlipOnEveryResult() {
    CheckStates.Builder immediate = aCheck("Immediate");

    assertThat(immediate.after(SUCCEEDED, FAILED).failing()).isTrue();
    assertThat(immediate.after(SUCCEEDED, FAILED, SUCCEEDED).failing()).isFalse();
  }

  @Test
  void aShutdownResultChangesNothingButTheLastResult() {
    CheckState before = damped.after(SUCCEEDED, FAILED, FAILED);
    CheckResult shutdown = result("Damped", SESSION_HOST_SHUTDOWN, 9);

    CheckState after = before.record(shutdown);

    assertThat(after.lastResult()).isEqualTo(shutdown);
    assertThat(after).usingRecursiveComparison().ignoringFields("lastResult").isEqualTo(before);
    // the count of two failures survives the shutdown result: one more failure flips the check
    assertThat(after.record(result("Damped", FAILED, 10)).failing()).isTrue();
  }

  @Test
  void aShutdownResultLeavesANewCheckUndecided() {
    CheckState state = damped.after(SESSION_HOST_SHUTDOWN);

    assertThat(state.decided()).isFalse();
    assertThat(state.failing()).isTrue();
  }

  @Test
  void recordingAnotherChecksResultIsRejected() {
    CheckState state = aCheck("Mine").passing();

    assertThatThrownBy(() -> state.record(result("Theirs", SUCCEEDED, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Theirs")
        .hasMessageContaining("Mine");
  }

  @Test
  void newOptionsKeepTheStandingAndTheCounts() {
    CheckState before = damped.after(SUCCEEDED, FAILED);

    CheckState after = before.withOptions(FailureEffect.NONE, Thresholds.IMMEDIATE);

    assertThat(after.effect()).isEqualTo(FailureEffect.NONE);
    assertThat(after.thresholds()).isEqualTo(Thresholds.IMMEDIATE);
    assertThat(after.failing()).isFalse();
    assertThat(after.failuresInARow()).isEqualTo(1);
    assertThat(after.lastResult()).isEqualTo(before.lastResult());
  }
}
