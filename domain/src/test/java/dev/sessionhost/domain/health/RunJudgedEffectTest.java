package dev.sessionhost.domain.health;

import static dev.sessionhost.domain.check.CheckStates.aCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.agent.AgentPhase;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.CheckState;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run may judge the gravity of its own failure (app attach packages carry their own effect). */
class RunJudgedEffectTest {

  private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

  private static CheckState appAttachFailing(Optional<FailureEffect> judged) {
    CheckResult failed =
        new CheckResult(
            CheckId.of("AppAttachHealthCheck"),
            CheckOutcome.FAILED,
            2,
            "package crm: image missing",
            Map.of(),
            AT,
            Duration.ofMillis(5),
            judged);
    return aCheck("AppAttachHealthCheck").nonFatal().notRunYet().record(failed);
  }

  private static SessionHostStatus statusWith(CheckState state) {
    var conditions =
        new HostConditions(
            AgentPhase.RUNNING, UpdateStatus.INITIAL, BrokerLink.NONE, List.of(state));
    return new StatusPolicy().decide(conditions).status();
  }

  @Test
  void aFailureJudgedFatalByItsRunMakesTheHostUnavailable() {
    CheckState state = appAttachFailing(Optional.of(FailureEffect.UNAVAILABLE));
    assertThat(state.currentEffect()).isEqualTo(FailureEffect.UNAVAILABLE);
    assertThat(statusWith(state)).isEqualTo(SessionHostStatus.UNAVAILABLE);
  }

  @Test
  void aFailureJudgedReportOnlyLeavesTheHostAvailable() {
    assertThat(statusWith(appAttachFailing(Optional.of(FailureEffect.NONE))))
        .isEqualTo(SessionHostStatus.AVAILABLE);
  }

  @Test
  void withoutAJudgementTheConfiguredEffectApplies() {
    CheckState state = appAttachFailing(Optional.empty());
    assertThat(state.currentEffect()).isEqualTo(FailureEffect.NEEDS_ASSISTANCE);
    assertThat(statusWith(state)).isEqualTo(SessionHostStatus.NEEDS_ASSISTANCE);
  }

  @Test
  void theReasonCarriesTheJudgedEffect() {
    var conditions =
        new HostConditions(
            AgentPhase.RUNNING,
            UpdateStatus.INITIAL,
            BrokerLink.NONE,
            List.of(appAttachFailing(Optional.of(FailureEffect.UNAVAILABLE))));
    assertThat(new StatusPolicy().decide(conditions).reasons())
        .singleElement()
        .isInstanceOfSatisfying(
            FailingCheck.class, f -> assertThat(f.effect()).isEqualTo(FailureEffect.UNAVAILABLE));
  }
}
