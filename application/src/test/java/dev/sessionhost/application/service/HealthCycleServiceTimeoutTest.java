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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a health cycle copes with slow and hanging checks: it runs them in parallel, gives up on each
 * at its timeout, and never starts a second copy of a check that is still running.
 */
class HealthCycleServiceTimeoutTest {

  private final CycleHarness h = new CycleHarness();

  @AfterEach
  void releaseHangingChecks() {
    h.close();
  }

  @Test
  void checksRunInParallel() {
    for (String id : new String[] {"CheckA", "CheckB", "CheckC", "CheckD", "CheckE"}) {
      h.checks.add(aCheck(id).running(() -> sleepThenPass(300)));
    }

    long start = System.nanoTime();
    HostHealth health = runScheduled();

    assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(1200));
    assertThat(health.results())
        .hasSize(5)
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
                    neverOpened.awaitOpen();
                  } catch (InterruptedException e) {
                    interrupted.open();
                  }
                  return CheckReport.passed("released");
                }));

    long start = System.nanoTime();
    HostHealth health = runScheduled();

    assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(1500));
    assertThat(onlyResult(health).outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(onlyResult(health).message()).isEqualTo("timed out after 200 ms");
    assertThat(health.status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
    assertThat(interrupted.opensWithin(Duration.ofSeconds(5))).isTrue();
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
                  release.awaitOpenIgnoringInterrupts();
                  return CheckReport.passed("finally done");
                }));
    Instant firstStart = h.clock.instant();

    long start = System.nanoTime();
    HostHealth first = runScheduled();
    assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(1500));
    assertThat(onlyResult(first).message()).isEqualTo("timed out after 200 ms");

    h.clock.advance(Duration.ofSeconds(30));
    HostHealth second = runScheduled();
    assertThat(onlyResult(second).outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(onlyResult(second).message()).isEqualTo("still running since " + firstStart);
    assertThat(onlyResult(second).duration()).isZero();
    assertThat(entered).hasValue(1);

    release.open();
    HostHealth third = runUntilTheCheckIsFree(Duration.ofSeconds(5));
    assertThat(onlyResult(third).outcome()).isEqualTo(CheckOutcome.SUCCEEDED);
    assertThat(entered).hasValue(2);
  }

  @Test
  void cycleEndsSoonAfterTheLongestTimeoutWhenSeveralChecksHang() {
    Gate neverOpened = h.gate();
    h.checks.add(
        aCheck("CheckA").timeout(100).running(() -> hangOn(neverOpened)),
        aCheck("CheckB").timeout(300).running(() -> hangOn(neverOpened)),
        aCheck("CheckC").timeout(500).running(() -> hangOn(neverOpened)));

    long start = System.nanoTime();
    HostHealth health = runScheduled();

    assertThat(elapsedSince(start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(500))
        .isLessThan(Duration.ofMillis(1500));
    assertThat(health.results())
        .extracting(CheckResult::message)
        .containsExactly(
            "timed out after 100 ms", "timed out after 300 ms", "timed out after 500 ms");
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
    gate.awaitOpen();
    return CheckReport.passed("released");
  }

  private static CheckReport sleepThenPass(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return CheckReport.passed("ok");
  }

  private static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static CheckResult onlyResult(HostHealth health) {
    assertThat(health.results()).hasSize(1);
    return health.results().get(0);
  }
}
