package dev.sessionhost.application.service;

import static dev.sessionhost.application.port.out.RunnableCheckBuilder.aCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.MutableClock;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.Measurement;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Running checks and turning whatever they do into results; cycles are tested elsewhere. */
class CheckExecutorTest {

  private final MutableClock clock = MutableClock.at("2025-03-01T08:00:00Z");
  private final CheckExecutor executor = new CheckExecutor(clock);

  @AfterEach
  void closeExecutor() {
    executor.close();
  }

  @Test
  void checkThatThrowsAnErrorIsUnknown() {
    CheckResult result =
        runOne(
            aCheck("DeepCheck")
                .running(
                    () -> {
                      throw new StackOverflowError();
                    }));

    assertThat(result.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(result.message()).isEqualTo("the check failed: StackOverflowError");
  }

  @Test
  void exceptionWithoutAMessageIsDescribedByItsType() {
    CheckResult result =
        runOne(
            aCheck("DiskCheck")
                .running(
                    () -> {
                      throw new IOException();
                    }));

    assertThat(result.message()).isEqualTo("the check failed: IOException");
  }

  @Test
  void resultsComeBackInTheOrderTheChecksWereGiven() {
    List<CheckResult> results =
        executor.runAll(
            List.of(
                aCheck("SlowCheck").running(() -> passedAfter(150)),
                aCheck("QuickCheck").running(() -> passedAfter(0)),
                aCheck("MiddleCheck").running(() -> passedAfter(50))));

    assertThat(results)
        .extracting(r -> r.id().value())
        .containsExactly("SlowCheck", "QuickCheck", "MiddleCheck");
  }

  @Test
  void failedReportKeepsItsErrorCodeMessageAndDetails() {
    CheckResult result =
        runOne(
            aCheck("UrlsAccessibleCheck")
                .running(
                    () ->
                        new CheckReport(
                            CheckOutcome.FAILED,
                            12,
                            "2 addresses blocked",
                            Map.of("blocked", "a.example, b.example"))));

    assertThat(result.id()).isEqualTo(CheckId.of("UrlsAccessibleCheck"));
    assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(result.errorCode()).isEqualTo(12);
    assertThat(result.message()).isEqualTo("2 addresses blocked");
    assertThat(result.details()).containsEntry("blocked", "a.example, b.example");
    assertThat(result.startedAt()).isEqualTo(clock.instant());
  }

  @Test
  void measurementsOfAReportReachTheResult() {
    CheckResult result =
        runOne(
            aCheck("DiskSpaceCheck")
                .running(
                    () ->
                        CheckReport.passed("room to spare")
                            .withMeasurements(
                                List.of(
                                    Measurement.of("/", 42, "%"),
                                    Measurement.of("/home", 7, "%")))));

    assertThat(result.measurements())
        .containsExactly(Measurement.of("/", 42, "%"), Measurement.of("/home", 7, "%"));
  }

  @Test
  void aReportsOwnRemediationReachesTheResult() {
    CheckResult result =
        runOne(
            aCheck("DiskSpaceCheck")
                .running(
                    () ->
                        CheckReport.unknown("configuration error: setting 'minFreePercent'")
                            .withRemediation("Fix the configuration: minFreePercent")));

    assertThat(result.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(result.remediation()).contains("Fix the configuration: minFreePercent");
  }

  @Test
  void reportThatBreaksTheRulesOfAResultIsUnknown() {
    CheckResult result =
        runOne(
            aCheck("OddCheck")
                .running(() -> new CheckReport(CheckOutcome.SUCCEEDED, 7, "fine?", Map.of())));

    assertThat(result.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(result.message()).startsWith("the check failed: IllegalArgumentException");
  }

  @Test
  void checkIsToldItsDeadlineAndRunsOnADaemonThread() {
    AtomicReference<Instant> deadline = new AtomicReference<>();
    AtomicBoolean daemon = new AtomicBoolean();

    runOne(
        aCheck("DeadlineCheck")
            .timeout(1500)
            .runningUntil(
                given -> {
                  deadline.set(given);
                  daemon.set(Thread.currentThread().isDaemon());
                  return CheckReport.passed("ok");
                }));

    assertThat(deadline).hasValue(clock.instant().plus(Duration.ofMillis(1500)));
    assertThat(daemon).isTrue();
  }

  @Test
  void closedExecutorStartsNothingAndSaysSo() {
    AtomicInteger runs = new AtomicInteger();
    executor.close();

    CheckResult result =
        runOne(
            aCheck("LateCheck")
                .running(
                    () -> {
                      runs.incrementAndGet();
                      return CheckReport.passed("ok");
                    }));

    assertThat(result.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(result.message()).startsWith("could not start: RejectedExecutionException");
    assertThat(runs).hasValue(0);
  }

  private CheckResult runOne(RunnableCheck check) {
    List<CheckResult> results = executor.runAll(List.of(check));
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private static CheckReport passedAfter(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return CheckReport.passed("ok");
  }
}
