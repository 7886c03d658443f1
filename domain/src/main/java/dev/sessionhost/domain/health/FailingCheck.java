package dev.sessionhost.domain.health;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.CheckState;
import dev.sessionhost.domain.check.FailureEffect;
import java.util.Objects;

/** A check that counts as failing, with the effect it has on the host. */
public record FailingCheck(
    CheckId check, FailureEffect effect, CheckOutcome outcome, String message, String remediation)
    implements StatusReason {

  public FailingCheck {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(remediation, "remediation");
  }

  /**
   * The reason a failing check gives: its last result's own remediation when that run has one (a
   * setting to fix in the configuration), else the check's.
   */
  static FailingCheck of(CheckState state) {
    CheckResult last = state.lastResult();
    return new FailingCheck(
        state.id(),
        state.currentEffect(),
        last.outcome(),
        last.message(),
        last.remediation().orElse(state.definition().remediation()));
  }
}
