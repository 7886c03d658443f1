package dev.sessionhost.domain.health;

import dev.sessionhost.domain.agent.AgentPhase;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.CheckState;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.AgentCondition.Kind;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateState;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides a host's status from its conditions. The first rule that matches wins:
 *
 * <ol>
 *   <li>shutting down: {@code Shutdown}, or {@code Unavailable} when a broker is configured but was
 *       never reached; every check result becomes {@code SessionHostShutdown};
 *   <li>no health cycle has completed yet: {@code Unavailable} ("checks have not run yet");
 *   <li>an upgrade has started: {@code Upgrading};
 *   <li>a fatal check is failing (failed or unknown, past its threshold): {@code Unavailable};
 *   <li>the last upgrade failed: {@code UpgradeFailed};
 *   <li>a non-fatal check is failing: {@code NeedsAssistance};
 *   <li>otherwise {@code Available}.
 * </ol>
 *
 * <p>The reasons list the deciding condition first, then every other problem worth fixing, most
 * severe first. A pure function: no clock, no I/O, no state.
 */
public final class StatusPolicy {

  public StatusDecision decide(HostConditions conditions) {
    List<CheckResult> results = conditions.checks().stream().map(CheckState::lastResult).toList();
    if (conditions.phase() == AgentPhase.SHUTTING_DOWN) {
      return shutdown(conditions, results);
    }
    List<StatusReason> fatal = failing(conditions, FailureEffect.UNAVAILABLE);
    List<StatusReason> nonFatal = failing(conditions, FailureEffect.NEEDS_ASSISTANCE);
    List<StatusReason> upgradeFailed = upgradeFailed(conditions);

    if (conditions.phase() == AgentPhase.STARTING) {
      return decision(SessionHostStatus.UNAVAILABLE, List.of(notRunYet()), results);
    }
    if (conditions.update().state() == UpdateState.STARTED) {
      return decision(
          SessionHostStatus.UPGRADING, concat(List.of(upgrading()), fatal, nonFatal), results);
    }
    if (!fatal.isEmpty()) {
      return decision(
          SessionHostStatus.UNAVAILABLE, concat(fatal, upgradeFailed, nonFatal), results);
    }
    if (!upgradeFailed.isEmpty()) {
      return decision(SessionHostStatus.UPGRADE_FAILED, concat(upgradeFailed, nonFatal), results);
    }
    if (!nonFatal.isEmpty()) {
      return decision(SessionHostStatus.NEEDS_ASSISTANCE, nonFatal, results);
    }
    return decision(SessionHostStatus.AVAILABLE, List.of(), results);
  }

  private static StatusDecision shutdown(HostConditions conditions, List<CheckResult> results) {
    List<CheckResult> shutdownResults = results.stream().map(CheckResult::asShutdown).toList();
    if (conditions.broker() == BrokerLink.NOT_YET_REACHED) {
      AgentCondition reason =
          new AgentCondition(
              Kind.SHUT_DOWN_BEFORE_BROKER_REACHED,
              "The host shut down before it ever reached its broker, so the broker does not know"
                  + " it.",
              "Start the host and make sure it can reach the broker.");
      return decision(SessionHostStatus.UNAVAILABLE, List.of(reason), shutdownResults);
    }
    AgentCondition reason =
        new AgentCondition(
            Kind.SHUTTING_DOWN,
            "The agent is shutting down.",
            SessionHostStatus.SHUTDOWN.operatorAction());
    return decision(SessionHostStatus.SHUTDOWN, List.of(reason), shutdownResults);
  }

  private static List<StatusReason> failing(HostConditions conditions, FailureEffect effect) {
    return conditions.checks().stream()
        .filter(state -> state.currentEffect() == effect && state.failing())
        .<StatusReason>map(FailingCheck::of)
        .toList();
  }

  private static List<StatusReason> upgradeFailed(HostConditions conditions) {
    if (!conditions.update().failureUnresolved()) {
      return List.of();
    }
    return List.of(
        new AgentCondition(
            Kind.UPGRADE_FAILED,
            "The last upgrade failed: " + conditions.update().errorMessage(),
            SessionHostStatus.UPGRADE_FAILED.operatorAction()));
  }

  private static AgentCondition notRunYet() {
    return new AgentCondition(
        Kind.NOT_RUN_YET,
        "The health checks have not run yet.",
        "Wait for the first health cycle to finish.");
  }

  private static AgentCondition upgrading() {
    return new AgentCondition(
        Kind.UPGRADING,
        "An upgrade of one of the agent's components is running.",
        SessionHostStatus.UPGRADING.operatorAction());
  }

  @SafeVarargs
  private static List<StatusReason> concat(List<StatusReason>... parts) {
    List<StatusReason> all = new ArrayList<>();
    for (List<StatusReason> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  private static StatusDecision decision(
      SessionHostStatus status, List<StatusReason> reasons, List<CheckResult> results) {
    return new StatusDecision(status, reasons, results);
  }
}
