package dev.sessionhost.domain.health;

import static dev.sessionhost.domain.check.CheckStates.aCheck;
import static dev.sessionhost.domain.health.HostConditionsBuilder.aHost;
import static dev.sessionhost.domain.status.SessionHostStatus.AVAILABLE;
import static dev.sessionhost.domain.status.SessionHostStatus.NEEDS_ASSISTANCE;
import static dev.sessionhost.domain.status.SessionHostStatus.SHUTDOWN;
import static dev.sessionhost.domain.status.SessionHostStatus.UNAVAILABLE;
import static dev.sessionhost.domain.status.SessionHostStatus.UPGRADE_FAILED;
import static dev.sessionhost.domain.status.SessionHostStatus.UPGRADING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckState;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The status policy as a table: each row names a situation, the status it must lead to, and the
 * reasons in order (an agent condition by its kind, a failing check by its id).
 */
class StatusPolicyTest {

  private static final StatusPolicy POLICY = new StatusPolicy();

  // The checks the rows combine; each id says what the check is and how it stands.
  private static final CheckState FATAL = aCheck("FatalFailed").fatal().failing();
  private static final CheckState FATAL_UNKNOWN = aCheck("FatalUnknown").fatal().unknown();
  private static final CheckState FATAL_OK = aCheck("FatalOk").fatal().passing();
  private static final CheckState FATAL_NOT_RUN = aCheck("FatalNotRun").fatal().notRunYet();
  private static final CheckState NON_FATAL = aCheck("NonFatalFailed").nonFatal().failing();
  private static final CheckState NON_FATAL_UNKNOWN =
      aCheck("NonFatalUnknown").nonFatal().unknown();
  private static final CheckState NON_FATAL_OK = aCheck("NonFatalOk").nonFatal().passing();
  private static final CheckState REPORT_ONLY = aCheck("ReportOnlyFailed").reportOnly().failing();
  private static final CheckState REPORT_ONLY_UNKNOWN =
      aCheck("ReportOnlyUnknown").reportOnly().unknown();
  // Failed once after passing, but needs three failures in a row to count.
  private static final CheckState FATAL_BELOW_THRESHOLD =
      aCheck("FatalFlaky")
          .fatal()
          .withThresholds(3, 1)
          .after(CheckOutcome.SUCCEEDED, CheckOutcome.FAILED, CheckOutcome.FAILED);

  /** One situation and what the policy must decide for it. */
  record Row(String name, HostConditions given, SessionHostStatus status, List<String> reasons) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static RowStart row(String name) {
    return new RowStart(name, null);
  }

  /** A row being written: its name, then the conditions, then the expected outcome. */
  private record RowStart(String name, HostConditionsBuilder given) {
    RowStart given(HostConditionsBuilder conditions) {
      return new RowStart(name, conditions);
    }

    Row is(SessionHostStatus status, String... reasons) {
      return new Row(name, given.build(), status, List.of(reasons));
    }
  }

  static Stream<Row> table() {
    return Stream.of(
        // 7. available
        row("no checks at all: Available").given(aHost()).is(AVAILABLE),
        row("every check passes: Available")
            .given(aHost().with(FATAL_OK, NON_FATAL_OK))
            .is(AVAILABLE),
        row("a report-only check fails: Available").given(aHost().with(REPORT_ONLY)).is(AVAILABLE),
        row("a report-only check is unknown: Available")
            .given(aHost().with(REPORT_ONLY_UNKNOWN))
            .is(AVAILABLE),
        row("a fatal check below its threshold: Available")
            .given(aHost().with(FATAL_BELOW_THRESHOLD))
            .is(AVAILABLE),
        row("an upgrade is pending: Available")
            .given(aHost().update(UpdateStatus.pending(Instant.EPOCH)))
            .is(AVAILABLE),
        row("the last upgrade succeeded: Available")
            .given(aHost().update(UpdateStatus.succeeded(Instant.EPOCH)))
            .is(AVAILABLE),
        // 6. non-fatal failing
        row("a non-fatal check fails")
            .given(aHost().with(NON_FATAL, FATAL_OK))
            .is(NEEDS_ASSISTANCE, "NonFatalFailed"),
        row("a non-fatal check is unknown (fail closed)")
            .given(aHost().with(NON_FATAL_UNKNOWN))
            .is(NEEDS_ASSISTANCE, "NonFatalUnknown"),
        row("non-fatal beats report-only")
            .given(aHost().with(REPORT_ONLY, NON_FATAL))
            .is(NEEDS_ASSISTANCE, "NonFatalFailed"),
        // 5. upgrade failed
        row("the last upgrade failed")
            .given(aHost().upgradeFailed().with(FATAL_OK))
            .is(UPGRADE_FAILED, "UPGRADE_FAILED"),
        row("an upgrade pending after a failed one: still failed until one succeeds")
            .given(aHost().pendingAfterAFailure().with(FATAL_OK))
            .is(UPGRADE_FAILED, "UPGRADE_FAILED"),
        row("an upgrade pending after a good one changes nothing")
            .given(aHost().pendingAfterSuccess().with(FATAL_OK))
            .is(AVAILABLE),
        row("upgrade failed beats non-fatal")
            .given(aHost().upgradeFailed().with(NON_FATAL))
            .is(UPGRADE_FAILED, "UPGRADE_FAILED", "NonFatalFailed"),
        // 4. fatal failing
        row("a fatal check fails")
            .given(aHost().with(FATAL, NON_FATAL_OK))
            .is(UNAVAILABLE, "FatalFailed"),
        row("a fatal check is unknown (fail closed)")
            .given(aHost().with(FATAL_UNKNOWN))
            .is(UNAVAILABLE, "FatalUnknown"),
        row("a fatal check that has not run yet (fail closed)")
            .given(aHost().with(FATAL_NOT_RUN))
            .is(UNAVAILABLE, "FatalNotRun"),
        row("two fatal checks fail: both listed in check order")
            .given(aHost().with(FATAL_UNKNOWN, FATAL))
            .is(UNAVAILABLE, "FatalUnknown", "FatalFailed"),
        row("fatal beats non-fatal, whatever the check order")
            .given(aHost().with(NON_FATAL, FATAL))
            .is(UNAVAILABLE, "FatalFailed", "NonFatalFailed"),
        row("unknown fatal beats failed non-fatal")
            .given(aHost().with(NON_FATAL, FATAL_UNKNOWN))
            .is(UNAVAILABLE, "FatalUnknown", "NonFatalFailed"),
        row("fatal beats upgrade failed")
            .given(aHost().upgradeFailed().with(FATAL))
            .is(UNAVAILABLE, "FatalFailed", "UPGRADE_FAILED"),
        row("fatal beats upgrade failed and non-fatal")
            .given(aHost().upgradeFailed().with(NON_FATAL, FATAL))
            .is(UNAVAILABLE, "FatalFailed", "UPGRADE_FAILED", "NonFatalFailed"),
        // 3. upgrading
        row("an upgrade has started")
            .given(aHost().upgrading().with(FATAL_OK))
            .is(UPGRADING, "UPGRADING"),
        row("upgrading beats fatal")
            .given(aHost().upgrading().with(FATAL))
            .is(UPGRADING, "UPGRADING", "FatalFailed"),
        row("upgrading beats non-fatal")
            .given(aHost().upgrading().with(NON_FATAL))
            .is(UPGRADING, "UPGRADING", "NonFatalFailed"),
        row("upgrading beats fatal and non-fatal")
            .given(aHost().upgrading().with(NON_FATAL, FATAL))
            .is(UPGRADING, "UPGRADING", "FatalFailed", "NonFatalFailed"),
        // An update has one state: a retry after a failed upgrade replaces FAILED with STARTED.
        row("upgrading beats an earlier failed upgrade")
            .given(aHost().upgradeFailed().upgrading())
            .is(UPGRADING, "UPGRADING"),
        // 2. no cycle completed yet
        row("starting, checks not run yet")
            .given(aHost().starting().with(FATAL_NOT_RUN))
            .is(UNAVAILABLE, "NOT_RUN_YET"),
        row("starting beats passing checks")
            .given(aHost().starting().with(FATAL_OK, NON_FATAL_OK))
            .is(UNAVAILABLE, "NOT_RUN_YET"),
        row("starting beats upgrading")
            .given(aHost().starting().upgrading())
            .is(UNAVAILABLE, "NOT_RUN_YET"),
        row("starting beats fatal")
            .given(aHost().starting().with(FATAL))
            .is(UNAVAILABLE, "NOT_RUN_YET"),
        row("starting beats upgrade failed")
            .given(aHost().starting().upgradeFailed())
            .is(UNAVAILABLE, "NOT_RUN_YET"),
        row("starting beats non-fatal")
            .given(aHost().starting().with(NON_FATAL))
            .is(UNAVAILABLE, "NOT_RUN_YET"),
        // 1. shutting down
        row("shutting down, broker reached")
            .given(aHost().shuttingDown().with(FATAL_OK))
            .is(SHUTDOWN, "SHUTTING_DOWN"),
        row("shutting down, no broker configured")
            .given(aHost().shuttingDown().broker(BrokerLink.NONE))
            .is(SHUTDOWN, "SHUTTING_DOWN"),
        row("shutting down before the broker was ever reached")
            .given(aHost().shuttingDown().broker(BrokerLink.NOT_YET_REACHED))
            .is(UNAVAILABLE, "SHUT_DOWN_BEFORE_BROKER_REACHED"),
        row("shutdown beats checks that never ran (starting)")
            .given(aHost().shuttingDown().with(FATAL_NOT_RUN))
            .is(SHUTDOWN, "SHUTTING_DOWN"),
        row("shutdown beats upgrading")
            .given(aHost().shuttingDown().upgrading())
            .is(SHUTDOWN, "SHUTTING_DOWN"),
        row("shutdown beats fatal")
            .given(aHost().shuttingDown().with(FATAL))
            .is(SHUTDOWN, "SHUTTING_DOWN"),
        row("shutdown beats upgrade failed")
            .given(aHost().shuttingDown().upgradeFailed())
            .is(SHUTDOWN, "SHUTTING_DOWN"),
        row("shutdown beats non-fatal")
            .given(aHost().shuttingDown().with(NON_FATAL))
            .is(SHUTDOWN, "SHUTTING_DOWN"),
        row("unreached-broker shutdown beats upgrading")
            .given(aHost().shuttingDown().broker(BrokerLink.NOT_YET_REACHED).upgrading())
            .is(UNAVAILABLE, "SHUT_DOWN_BEFORE_BROKER_REACHED"),
        row("unreached-broker shutdown beats fatal and non-fatal")
            .given(aHost().shuttingDown().broker(BrokerLink.NOT_YET_REACHED).with(FATAL, NON_FATAL))
            .is(UNAVAILABLE, "SHUT_DOWN_BEFORE_BROKER_REACHED"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decidesTheStatusAndListsTheDecidingReasonFirst(Row row) {
    StatusDecision decision = POLICY.decide(row.given());

    assertThat(decision.status()).isEqualTo(row.status());
    assertThat(decision.reasons())
        .map(StatusPolicyTest::key)
        .containsExactlyElementsOf(row.reasons());
    assertThat(decision.reasons())
        .allSatisfy(
            reason -> {
              assertThat(reason.message()).isNotBlank();
              assertThat(reason.remediation()).isNotBlank();
            });
  }

  private static String key(StatusReason reason) {
    if (reason instanceof AgentCondition condition) {
      return condition.kind().name();
    }
    return ((FailingCheck) reason).check().value();
  }
}
