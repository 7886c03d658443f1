package dev.sessionhost.application.service;

import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.application.port.out.LoadHealthChecksPort;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.agent.AgentPhase;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.health.HostHealth;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a health cycle: picks the enabled checks that are due, runs them in parallel with their
 * timeouts, applies thresholds and the status policy, and announces the new snapshot. Cycles never
 * overlap: a second caller waits for the running one to finish.
 */
public final class HealthCycleService implements RunHealthCycleUseCase {

  private final LoadHealthChecksPort checks;
  private final CheckExecutor executor;
  private final HostHealthRecord record;
  private final HealthBroadcast broadcast;
  private final Clock clock;
  private final Map<CheckId, Instant> lastStarted = new ConcurrentHashMap<>();
  private final ReentrantLock oneCycleAtATime = new ReentrantLock();

  public HealthCycleService(
      LoadHealthChecksPort checks,
      CheckExecutor executor,
      HostHealthRecord record,
      HealthBroadcast broadcast,
      Clock clock) {
    this.checks = checks;
    this.executor = executor;
    this.record = record;
    this.broadcast = broadcast;
    this.clock = clock;
  }

  @Override
  public HostHealth runCycle(RunHealthCycleCommand command) {
    oneCycleAtATime.lock();
    try {
      if (record.phase() == AgentPhase.SHUTTING_DOWN) {
        return record.current();
      }
      List<RunnableCheck> considered =
          checks.loadChecks().stream()
              .filter(check -> check.options().enabled())
              .filter(check -> command.only().isEmpty() || command.only().contains(check.id()))
              .toList();
      Instant now = clock.instant();
      List<RunnableCheck> due =
          considered.stream()
              .filter(check -> command.ignoreIntervals() || isDue(check, now))
              .toList();
      due.forEach(check -> lastStarted.put(check.id(), now));
      List<CheckResult> results = executor.runAll(due);
      return record
          .completeCycle(considered, results, checks.problems(), clock.instant())
          .map(
              assessment -> {
                broadcast.announce(assessment);
                return assessment.health();
              })
          .orElseGet(record::current);
    } finally {
      oneCycleAtATime.unlock();
    }
  }

  private boolean isDue(RunnableCheck check, Instant now) {
    Instant last = lastStarted.get(check.id());
    return last == null
        || check.options().interval().map(i -> !now.isBefore(last.plus(i))).orElse(true);
  }
}
