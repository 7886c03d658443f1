package dev.sessionhost.application.service;

import static dev.sessionhost.application.port.out.RunnableCheckBuilder.aCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading the host's health: the last snapshot, never a check run. */
class HostHealthQueryServiceTest {

  private final CycleHarness h = new CycleHarness();
  private final AtomicInteger runs = new AtomicInteger();

  @AfterEach
  void closeHarness() {
    h.close();
  }

  @Test
  void hostIsUnavailableBeforeAnyCycleBecauseNoCheckHasRun() {
    h.checks.add(aCheck("SxSStackListenerCheck").passing());

    HostHealth health = h.query.currentHealth();

    assertThat(health.status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
    assertThat(health.results()).isEmpty();
    assertThat(health.reasons())
        .singleElement()
        .isInstanceOfSatisfying(
            AgentCondition.class,
            reason -> assertThat(reason.kind()).isEqualTo(AgentCondition.Kind.NOT_RUN_YET));
  }

  @Test
  void readingNeverRunsACheck() {
    h.checks.add(
        aCheck("SxSStackListenerCheck")
            .running(() -> CheckReport.passed("run " + runs.incrementAndGet())));

    h.query.currentHealth();
    h.query.currentHealth();
    assertThat(runs).hasValue(0);
    assertThat(h.checks.loads()).isZero();

    HostHealth afterCycle = h.cycles.runCycle(RunHealthCycleCommand.scheduled());
    HostHealth read = h.query.currentHealth();

    assertThat(read).isEqualTo(afterCycle);
    assertThat(read.status()).isEqualTo(SessionHostStatus.AVAILABLE);
    assertThat(runs).hasValue(1);
  }
}
