package dev.sessionhost.application.service;

import static dev.sessionhost.application.port.out.RunnableCheckBuilder.aCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.domain.status.SessionHostStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a cycle carries besides results: effects judged by a run, and plugins that failed. */
class HealthCycleJudgementsTest {

  private final CycleHarness h = new CycleHarness();

  @AfterEach
  void closeHarness() {
    h.close();
  }

  @Test
  void aNonFatalCheckWhoseRunJudgesItsFailureFatalMakesTheHostUnavailable() {
    h.checks.add(
        aCheck("AppAttachHealthCheck")
            .nonFatal()
            .running(
                () ->
                    CheckReport.failed(2, "crm image missing")
                        .withEffect(FailureEffect.UNAVAILABLE)));

    var health = h.cycles.runCycle(RunHealthCycleCommand.now());

    assertThat(health.status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
    assertThat(health.results().get(0).effect()).contains(FailureEffect.UNAVAILABLE);
  }

  @Test
  void pluginsThatFailedToLoadAreInTheSnapshotAndStayAfterLaterCycles() {
    h.checks.add(aCheck("SxSStackListenerCheck").passing()).failedPlugin("broken.jar", "corrupt");

    h.cycles.runCycle(RunHealthCycleCommand.now());
    var health = h.cycles.runCycle(RunHealthCycleCommand.now());

    assertThat(health.pluginProblems()).containsExactly(new PluginProblem("broken.jar", "corrupt"));
    assertThat(h.query.currentHealth().pluginProblems()).hasSize(1);
  }
}
