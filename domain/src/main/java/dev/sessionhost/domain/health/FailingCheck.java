package dev.sessionhost.domain.health;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
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

  static FailingCheck of(CheckState state) {
    return new FailingCheck(
        state.id(),
        state.currentEffect(),
        state.lastResult().outcome(),
        state.lastResult().message(),
        state.definition().remediation());
  }
}
