package dev.sessionhost.application.service;

import static dev.sessionhost.application.port.out.RunnableCheckBuilder.aCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Moving the host to its shutdown status and telling everyone, once. */
class ShutdownServiceTest {

  private CycleHarness h = new CycleHarness();

  @AfterEach
  void closeHarness() {
    h.close();
  }

  @Test
  void shutdownMarksTheHostAndEveryResultAndIsPublishedWithItsChange() {
    runOneCycleWithTwoPassingChecks();
    int publishedBefore = h.reporter.received().size();

    HostHealth health = h.shutdown.shutdown();

    assertThat(health.status()).isEqualTo(SessionHostStatus.SHUTDOWN);
    assertThat(health.results())
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(CheckOutcome.SESSION_HOST_SHUTDOWN));
    assertThat(health.reasons())
        .singleElement()
        .isInstanceOfSatisfying(
            AgentCondition.class,
            reason -> assertThat(reason.kind()).isEqualTo(AgentCondition.Kind.SHUTTING_DOWN));
    assertThat(h.reporter.received()).hasSize(publishedBefore + 1);
    StatusChange change = h.reporter.last().change().orElseThrow();
    assertThat(change.from()).isEqualTo(SessionHostStatus.AVAILABLE);
    assertThat(change.to()).isEqualTo(SessionHostStatus.SHUTDOWN);
    assertThat(h.history.recent(1)).containsExactly(change);
  }

  @Test
  void secondShutdownPublishesNothing() {
    runOneCycleWithTwoPassingChecks();
    HostHealth first = h.shutdown.shutdown();
    int published = h.reporter.received().size();
    List<StatusChange> history = h.history.all();

    HostHealth second = h.shutdown.shutdown();

    assertThat(second).isEqualTo(first);
    assertThat(h.reporter.received()).hasSize(published);
    assertThat(h.history.all()).isEqualTo(history);
  }

  @Test
  void hostThatNeverReachedItsBrokerShutsDownUnavailable() {
    h.close();
    h = new CycleHarness(BrokerLink.NOT_YET_REACHED, List.of());
    runOneCycleWithTwoPassingChecks();

    HostHealth health = h.shutdown.shutdown();

    assertThat(health.status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
    assertThat(health.results())
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(CheckOutcome.SESSION_HOST_SHUTDOWN));
    assertThat(health.reasons())
        .singleElement()
        .isInstanceOfSatisfying(
            AgentCondition.class,
            reason ->
                assertThat(reason.kind())
                    .isEqualTo(AgentCondition.Kind.SHUT_DOWN_BEFORE_BROKER_REACHED));
  }

  private void runOneCycleWithTwoPassingChecks() {
    h.checks.add(
        aCheck("SxSStackListenerCheck").passing(), aCheck("UrlsAccessibleCheck").passing());
    HostHealth health = h.cycles.runCycle(RunHealthCycleCommand.scheduled());
    assertThat(health.status()).isEqualTo(SessionHostStatus.AVAILABLE);
  }
}
