package dev.sessionhost.application.service;

import static dev.sessionhost.application.port.out.RunnableCheckBuilder.aCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RecordingPublisher;
import dev.sessionhost.application.port.out.ThrowingPublisher;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a health cycle decides and whom it tells; hanging checks are in the timeout test. */
class HealthCycleServiceTest {

  private static final CheckId LISTENER = CheckId.of("SxSStackListenerCheck");
  private static final CheckId URLS = CheckId.of("UrlsAccessibleCheck");

  private final CycleHarness h = new CycleHarness();

  @AfterEach
  void closeHarness() {
    h.close();
  }

  @Test
  void hostIsAvailableWhenEveryCheckPasses() {
    h.checks.add(
        aCheck("SxSStackListenerCheck").fatal().running(() -> passedAfter(10)),
        aCheck("UrlsAccessibleCheck").nonFatal().running(() -> passedAfter(10)),
        aCheck("DomainJoinedCheck").fatal().running(() -> passedAfter(10)));

    HostHealth health = runScheduled();

    assertThat(health.status()).isEqualTo(SessionHostStatus.AVAILABLE);
    assertThat(health.reasons()).isEmpty();
    assertThat(health.results())
        .extracting(CheckResult::id)
        .containsExactly(LISTENER, URLS, CheckId.of("DomainJoinedCheck"));
    assertThat(health.results())
        .allSatisfy(
            result -> {
              assertThat(result.outcome()).isEqualTo(CheckOutcome.SUCCEEDED);
              assertThat(result.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(10));
            });
  }

  @Test
  void firstCycleAnnouncesTheMoveFromUnavailableToAvailableToHistoryAndEveryReporter() {
    RecordingPublisher firstReporter = new RecordingPublisher();
    try (CycleHarness two = new CycleHarness(BrokerLink.NONE, List.of(firstReporter))) {
      two.checks.add(aCheck("SxSStackListenerCheck").passing());

      HostHealth health = two.cycles.runCycle(RunHealthCycleCommand.scheduled());

      StatusChange expected =
          new StatusChange(
              SessionHostStatus.UNAVAILABLE,
              SessionHostStatus.AVAILABLE,
              two.clock.instant(),
              List.of());
      assertThat(two.history.all()).containsExactly(expected);
      assertThat(firstReporter.changes()).containsExactly(expected);
      assertThat(two.reporter.changes()).containsExactly(expected);
      assertThat(two.reporter.last().health()).isEqualTo(health);

      two.cycles.runCycle(RunHealthCycleCommand.scheduled());

      assertThat(two.reporter.received()).hasSize(2);
      assertThat(two.reporter.last().change()).isEmpty();
      assertThat(two.history.all()).containsExactly(expected);
    }
  }

  @Test
  void checkThatThrowsIsUnknownWithTheExceptionTypeAndMessage() {
    h.checks.add(
        aCheck("SxSStackListenerCheck")
            .running(
                () -> {
                  throw new IllegalStateException("listener socket vanished");
                }));

    CheckResult result = onlyResult(runScheduled());

    assertThat(result.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(result.errorCode()).isEqualTo(CheckResult.UNKNOWN_ERROR_CODE);
    assertThat(result.message())
        .contains("IllegalStateException")
        .contains("listener socket vanished");
  }

  @Test
  void checkThatReturnsNullIsUnknown() {
    h.checks.add(aCheck("SxSStackListenerCheck").running(() -> null));

    CheckResult result = onlyResult(runScheduled());

    assertThat(result.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(result.message()).contains("returned no result");
  }

  @Test
  void hostIsUnavailableWhenAFatalCheckFailsAndTheReasonNamesIt() {
    h.checks.add(
        aCheck("UrlsAccessibleCheck").nonFatal().passing(),
        aCheck("SxSStackListenerCheck")
            .fatal()
            .running(() -> CheckReport.failed(3, "nothing listens on 3389")));

    HostHealth health = runScheduled();

    assertThat(health.status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
    assertThat(health.reasons().get(0))
        .isInstanceOfSatisfying(
            FailingCheck.class,
            reason -> {
              assertThat(reason.check()).isEqualTo(LISTENER);
              assertThat(reason.effect()).isEqualTo(FailureEffect.UNAVAILABLE);
              assertThat(reason.outcome()).isEqualTo(CheckOutcome.FAILED);
              assertThat(reason.message()).isEqualTo("nothing listens on 3389");
            });
  }

  @Test
  void aRunsOwnRemediationIsTheReasonsInPlaceOfTheChecks() {
    h.checks.add(
        aCheck("UrlsAccessibleCheck")
            .nonFatal()
            .running(
                () ->
                    CheckReport.unknown("configuration error: setting 'urls'")
                        .withRemediation("Fix the configuration: checks.UrlsAccessibleCheck")));

    HostHealth health = runScheduled();

    assertThat(health.reasons())
        .singleElement()
        .satisfies(
            reason ->
                assertThat(reason.remediation())
                    .isEqualTo("Fix the configuration: checks.UrlsAccessibleCheck"));
  }

  @Test
  void hostNeedsAssistanceWhenOnlyANonFatalCheckFails() {
    h.checks.add(
        aCheck("SxSStackListenerCheck").fatal().passing(),
        aCheck("UrlsAccessibleCheck").nonFatal().running(() -> CheckReport.failed(1, "blocked")));

    HostHealth health = runScheduled();

    assertThat(health.status()).isEqualTo(SessionHostStatus.NEEDS_ASSISTANCE);
    assertThat(health.reasons())
        .singleElement()
        .isInstanceOfSatisfying(
            FailingCheck.class, reason -> assertThat(reason.check()).isEqualTo(URLS));
  }

  @Test
  void checkThatNeedsTwoFailuresIsNotFlippedByTheFirst() {
    AtomicReference<CheckReport> next = new AtomicReference<>(CheckReport.passed("up"));
    h.checks.add(
        aCheck("SxSStackListenerCheck").fatal().failuresBeforeFailing(2).running(next::get));

    assertThat(runScheduled().status()).isEqualTo(SessionHostStatus.AVAILABLE);
    next.set(CheckReport.failed(3, "down"));
    HostHealth afterOneFailure = runScheduled();
    HostHealth afterTwoFailures = runScheduled();

    assertThat(afterOneFailure.status()).isEqualTo(SessionHostStatus.AVAILABLE);
    assertThat(onlyResult(afterOneFailure).outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(afterTwoFailures.status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
  }

  @Test
  void checkWithItsOwnIntervalIsNotRunAgainBeforeTheIntervalHasPassed() {
    AtomicInteger slowRuns = new AtomicInteger();
    AtomicInteger everyCycleRuns = new AtomicInteger();
    h.checks.add(
        aCheck("UrlsAccessibleCheck")
            .interval(Duration.ofSeconds(60))
            .running(() -> CheckReport.passed("run " + slowRuns.incrementAndGet())),
        aCheck("SxSStackListenerCheck").running(() -> counted(everyCycleRuns)));

    CheckResult first = resultOf(URLS, runScheduled());
    h.clock.advance(Duration.ofSeconds(10));
    HostHealth tenSecondsLater = runScheduled();

    assertThat(slowRuns).hasValue(1);
    assertThat(everyCycleRuns).hasValue(2);
    assertThat(resultOf(URLS, tenSecondsLater)).isEqualTo(first);

    h.clock.advance(Duration.ofSeconds(51));
    HostHealth pastTheInterval = runScheduled();

    assertThat(slowRuns).hasValue(2);
    assertThat(resultOf(URLS, pastTheInterval).message()).isEqualTo("run 2");
  }

  @Test
  void cycleAskedForNowRunsChecksWhoseIntervalHasNotPassed() {
    AtomicInteger runs = new AtomicInteger();
    h.checks.add(
        aCheck("UrlsAccessibleCheck")
            .interval(Duration.ofSeconds(60))
            .running(() -> counted(runs)));

    runScheduled();
    h.clock.advance(Duration.ofSeconds(10));
    h.cycles.runCycle(RunHealthCycleCommand.now());

    assertThat(runs).hasValue(2);
  }

  @Test
  void onlyRunsTheNamedCheckAndJudgesTheHostByItAlone() {
    AtomicInteger failingRuns = new AtomicInteger();
    h.checks.add(
        aCheck("SxSStackListenerCheck").fatal().passing(),
        aCheck("DomainJoinedCheck")
            .fatal()
            .running(
                () -> {
                  failingRuns.incrementAndGet();
                  return CheckReport.failed(1, "not joined");
                }));

    HostHealth health = h.cycles.runCycle(new RunHealthCycleCommand(Set.of(LISTENER), false));

    assertThat(failingRuns).hasValue(0);
    assertThat(health.status()).isEqualTo(SessionHostStatus.AVAILABLE);
    assertThat(health.results()).extracting(CheckResult::id).containsExactly(LISTENER);
  }

  @Test
  void checkLeftOutOfANarrowedCycleKeepsItsResultUntilItsIntervalPasses() {
    AtomicInteger runs = new AtomicInteger();
    h.checks.add(
        aCheck("UrlsAccessibleCheck")
            .nonFatal()
            .interval(Duration.ofSeconds(60))
            .running(() -> counted(runs)),
        aCheck("SxSStackListenerCheck").fatal().passing());
    CheckResult first = resultOf(URLS, runScheduled());

    h.clock.advance(Duration.ofSeconds(5));
    h.cycles.runCycle(new RunHealthCycleCommand(Set.of(LISTENER), false));
    h.clock.advance(Duration.ofSeconds(5));
    HostHealth next = runScheduled();

    assertThat(runs).hasValue(1);
    assertThat(resultOf(URLS, next)).isEqualTo(first);
    assertThat(next.status()).isEqualTo(SessionHostStatus.AVAILABLE);
  }

  @Test
  void narrowedCycleDoesNotResetTheThresholdsOfTheChecksItLeavesOut() {
    AtomicReference<CheckReport> next = new AtomicReference<>(CheckReport.passed("up"));
    h.checks.add(
        aCheck("SxSStackListenerCheck").fatal().failuresBeforeFailing(2).running(next::get),
        aCheck("UrlsAccessibleCheck").nonFatal().passing());
    runScheduled();
    next.set(CheckReport.failed(3, "down"));

    h.cycles.runCycle(new RunHealthCycleCommand(Set.of(URLS), false));
    HostHealth afterOneFailure = runScheduled();

    assertThat(resultOf(LISTENER, afterOneFailure).outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(afterOneFailure.status()).isEqualTo(SessionHostStatus.AVAILABLE);
  }

  @Test
  void disabledCheckIsNeitherRunNorReported() {
    AtomicInteger runs = new AtomicInteger();
    h.checks.add(
        aCheck("SxSStackListenerCheck").passing(),
        aCheck("DomainJoinedCheck").disabled().running(() -> counted(runs)));

    HostHealth health = runScheduled();

    assertThat(runs).hasValue(0);
    assertThat(health.results()).extracting(CheckResult::id).containsExactly(LISTENER);
  }

  @Test
  void reporterThatThrowsDoesNotKeepTheNextOneFromHearing() {
    ThrowingPublisher broken = new ThrowingPublisher();
    try (CycleHarness withBroken = new CycleHarness(BrokerLink.NONE, List.of(broken))) {
      withBroken.checks.add(aCheck("SxSStackListenerCheck").passing());

      HostHealth health = withBroken.cycles.runCycle(RunHealthCycleCommand.scheduled());

      assertThat(broken.calls()).isEqualTo(1);
      assertThat(withBroken.reporter.received()).hasSize(1);
      assertThat(withBroken.reporter.last().health()).isEqualTo(health);
    }
  }

  @Test
  void cycleAfterShutdownLeavesTheShutdownSnapshotAloneAndPublishesNothing() {
    h.checks.add(aCheck("SxSStackListenerCheck").passing());
    runScheduled();
    HostHealth shutdown = h.shutdown.shutdown();
    int publishedSoFar = h.reporter.received().size();

    HostHealth late = runScheduled();

    assertThat(late).isEqualTo(shutdown);
    assertThat(late.status()).isEqualTo(SessionHostStatus.SHUTDOWN);
    assertThat(h.query.currentHealth()).isEqualTo(shutdown);
    assertThat(h.reporter.received()).hasSize(publishedSoFar);
  }

  private HostHealth runScheduled() {
    return h.cycles.runCycle(RunHealthCycleCommand.scheduled());
  }

  private static CheckReport passedAfter(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return CheckReport.passed("ok");
  }

  private static CheckReport counted(AtomicInteger runs) {
    return CheckReport.passed("run " + runs.incrementAndGet());
  }

  private static CheckResult onlyResult(HostHealth health) {
    assertThat(health.results()).hasSize(1);
    return health.results().get(0);
  }

  private static CheckResult resultOf(CheckId id, HostHealth health) {
    return health.results().stream()
        .filter(result -> result.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result for " + id + " in " + health));
  }
}
