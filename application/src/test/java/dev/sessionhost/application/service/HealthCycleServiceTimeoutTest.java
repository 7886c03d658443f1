package dev.sessionhost.application.service;

import static dev.sessionhost.application.port.out.RunnableCheckBuilder.aCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.Gate;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a health cycle copes with slow and hanging checks: it runs them in parallel, gives up on each
 * at its timeout, and never starts a second copy of a check that is still running.
 */
class HealthCycleServiceTimeoutTest {

  /**
   * How long a hanging check blocks at most: far past every timeout here, so that a cycle that
   * wrongly waited for it would end with its late answer (and fail the test) instead of never.
   */
  private static final Duration HANG = Duration.ofSeconds(30);

  /** Generous waits for what depends on scheduling on a loaded machine. */
  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(30);

  private final CycleHarness h = new CycleHarness();

  @AfterEach
  void releaseHangingChecks() {
    h.close();
  }

  @Test
  void checksRunInParallel() {
    String[] ids = {"CheckA", "CheckB", "CheckC", "CheckD", "CheckE"};
    CountDownLatch allRunning = new CountDownLatch(ids.length);
    for (String id : ids) {
      // each waits, well within its own timeout, until all five are running at once
      h.checks.add(aCheck(id).timeout(20_000).running(() -> meetTheOthers(allRunning)));
    }

    HostHealth health = runScheduled();

    assertThat(health.results())
        .hasSize(5)
        .allSatisfy(r -> assertThat(r.message()).isEqualTo("all 5 were running at once"))
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(CheckOutcome.SUCCEEDED));
  }

  @Test
  void checkThatNeverReturnsTimesOutAndItsWorkerIsInterrupted() throws InterruptedException {
    Gate neverOpened = h.gate();
    Gate interrupted = h.gate();
    h.checks.add(
        aCheck("SxSStackListenerCheck")
            .fatal()
            .timeout(200)
            .running(
                () -> {
                  try {
                    neverOpened.opensWithin(HANG);
                  } catch (InterruptedException e) {
                    interrupted.open();
                  }
                  return CheckReport.passed("released");
                }));

    HostHealth health = runScheduled();

    // the gate is opened only after the test: a cycle holding for the check would say "released"
    assertThat(onlyResult(health).outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(onlyResult(health).message()).isEqualTo("timed out after 200 ms");
    assertThat(health.status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
    assertThat(interrupted.opensWithin(FOLLOW_LIMIT)).isTrue();
  }

  @Test
  void checkThatIgnoresInterruptsIsNotStartedAgainWhileItStillRuns() throws InterruptedException {
    Gate release = h.gate();
    AtomicInteger entered = new AtomicInteger();
    h.checks.add(
        aCheck("SxSStackListenerCheck")
            .timeout(200)
            .running(
                () -> {
                  entered.incrementAndGet();
                  return release.awaitOpenIgnoringInterrupts(HANG)
                      ? CheckReport.passed("finally done")
                      : CheckReport.failed(1, "never released");
                }));
    Instant firstStart = h.clock.instant();

    HostHealth first = runScheduled();
    assertThat(onlyResult(first).message()).isEqualTo("timed out after 200 ms");

    h.clock.advance(Duration.ofSeconds(30));
    HostHealth second = runScheduled();
    assertThat(onlyResult(second).outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(onlyResult(second).message()).isEqualTo("still running since " + firstStart);
    assertThat(onlyResult(second).duration()).isZero();
    assertThat(entered).hasValue(1);

    release.open();
    HostHealth third = runUntilTheCheckIsFree(FOLLOW_LIMIT);
    assertThat(onlyResult(third).outcome()).isEqualTo(CheckOutcome.SUCCEEDED);
    assertThat(entered).hasValue(2);
  }

  @Test
  void cycleEndsSoonAfterTheLongestTimeoutWhenSeveralChecksHang() {
    Gate neverOpened = h.gate();
    h.checks.add(
        aCheck("CheckA").timeout(1800).running(() -> hangOn(neverOpened)),
        aCheck("CheckB").timeout(1900).running(() -> hangOn(neverOpened)),
        aCheck("CheckC").timeout(2000).running(() -> hangOn(neverOpened)));

    long start = System.nanoTime();
    HostHealth health = runScheduled();

    // the timeouts run side by side: 2 s in all, where waiting for each in turn takes 5.7 s and
    // waiting for the checks takes 30 s; the bound sits 2 s from the first and far from the rest
    assertThat(elapsedSince(start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(2000))
        .isLessThan(Duration.ofMillis(2000).multipliedBy(2));
    assertThat(health.results())
        .extracting(CheckResult::message)
        .containsExactly(
            "timed out after 1800 ms", "timed out after 1900 ms", "timed out after 2 s");
  }

  /** Runs cycles until one is not told "still running": the stuck run frees its check last. */
  private HostHealth runUntilTheCheckIsFree(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      HostHealth health = runScheduled();
      if (!onlyResult(health).message().startsWith("still running")
          || System.nanoTime() > deadline) {
        return health;
      }
      Thread.sleep(10);
    }
  }

  private HostHealth runScheduled() {
    return h.cycles.runCycle(RunHealthCycleCommand.scheduled());
  }

  private static CheckReport hangOn(Gate gate) throws InterruptedException {
    gate.opensWithin(HANG);
    return CheckReport.passed("released");
  }

  /** Passes once every check holding {@code allRunning} is running; fails if they never are. */
  private static CheckReport meetTheOthers(CountDownLatch allRunning) throws InterruptedException {
    allRunning.countDown();
    if (!allRunning.await(10, TimeUnit.SECONDS)) {
      return CheckReport.failed(1, allRunning.getCount() + " had not started after 10 s");
    }
    return CheckReport.passed("all 5 were running at once");
  }

  private static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static CheckResult onlyResult(HostHealth health) {
    assertThat(health.results()).hasSize(1);
    return health.results().get(0);
  }
}
