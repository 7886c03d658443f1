package dev.sessionhost.domain.health;

import static dev.sessionhost.domain.check.CheckStates.START;
import static dev.sessionhost.domain.check.CheckStates.aCheck;
import static dev.sessionhost.domain.health.HostConditionsBuilder.aHost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.CheckState;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the status policy reports besides the status: the reasons' content and the results. */
class StatusPolicyReasonsTest {

  private final StatusPolicy policy = new StatusPolicy();
  private final CheckState fatal = aCheck("Listener").fatal().failing();
  private final CheckState nonFatal = aCheck("Metadata").nonFatal().unknown();
  private final CheckState passing = aCheck("Urls").nonFatal().passing();

  @Test
  void failingChecksCarryTheirEffectOutcomeMessageAndRemediation() {
    StatusDecision decision = policy.decide(aHost().with(nonFatal, fatal).build());

    assertThat(decision.status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
    assertThat(decision.reasons())
        .containsExactly(
            new FailingCheck(
                fatal.id(),
                FailureEffect.UNAVAILABLE,
                CheckOutcome.FAILED,
                "Listener failed",
                "Fix Listener."),
            new FailingCheck(
                nonFatal.id(),
                FailureEffect.NEEDS_ASSISTANCE,
                CheckOutcome.UNKNOWN,
                "Metadata timed out",
                "Fix Metadata."));
  }

  @Test
  void aRunWithItsOwnRemediationGivesItInPlaceOfTheChecks() {
    CheckResult misconfigured =
        CheckResult.unknown(
                CheckId.of("Metadata"), "configuration error: setting 'port'", START, Duration.ZERO)
            .withRemediation("Fix the configuration: checks.Metadata.settings.port");
    CheckState advised = aCheck("Metadata").nonFatal().notRunYet().record(misconfigured);

    StatusDecision decision = policy.decide(aHost().with(advised, fatal).build());

    assertThat(decision.reasons())
        .extracting(StatusReason::remediation)
        .containsExactly("Fix Listener.", "Fix the configuration: checks.Metadata.settings.port");
  }

  @Test
  void aFailedUpgradeExplainsItsError() {
    StatusDecision decision = policy.decide(aHost().upgradeFailed().build());

    assertThat(decision.reasons()).hasSize(1);
    assertThat(decision.reasons().get(0).message()).contains(HostConditionsBuilder.UPGRADE_ERROR);
  }

  @Test
  void resultsAreEveryChecksLastResultInCheckOrder() {
    StatusDecision decision = policy.decide(aHost().with(passing, fatal, nonFatal).build());

    assertThat(decision.results())
        .containsExactly(passing.lastResult(), fatal.lastResult(), nonFatal.lastResult());
  }

  @ParameterizedTest
  @EnumSource(BrokerLink.class)
  void everyResultBecomesShutdownWhileTheHostShutsDown(BrokerLink broker) {
    StatusDecision decision =
        policy.decide(aHost().shuttingDown().broker(broker).with(passing, fatal).build());

    assertThat(decision.results())
        .extracting(CheckResult::outcome)
        .containsOnly(CheckOutcome.SESSION_HOST_SHUTDOWN);
    assertThat(decision.results())
        .extracting(CheckResult::id, CheckResult::message)
        .containsExactly(tuple(passing.id(), "Urls is fine"), tuple(fatal.id(), "Listener failed"));
  }

  @Test
  void theSameConditionsAlwaysGiveTheSameDecision() {
    HostConditions conditions = aHost().upgradeFailed().with(fatal, nonFatal).build();

    assertThat(policy.decide(conditions)).isEqualTo(new StatusPolicy().decide(conditions));
  }
}
