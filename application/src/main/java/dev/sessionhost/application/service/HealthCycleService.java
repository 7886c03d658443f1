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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a health cycle: picks the enabled checks that are due, runs them in parallel with their
 * timeouts, applies thresholds and the status policy, and announces the new snapshot. Cycles never
 * overlap: a second caller waits for the running one to finish, as does a plugin change.
 */
public final class HealthCycleService implements RunHealthCycleUseCase {

  private static final Duration MAX_EARLY = Duration.ofSeconds(1);

  private final LoadHealthChecksPort checks;
  private final CheckExecutor executor;
  private final HostHealthRecord record;
  private final HealthBroadcast broadcast;
  private final Clock clock;
  private final Map<CheckId, Instant> lastStarted = new ConcurrentHashMap<>();
  private final CycleLock lock;

  public HealthCycleService(
      LoadHealthChecksPort checks,
      CheckExecutor executor,
      HostHealthRecord record,
      HealthBroadcast broadcast,
      Clock clock) {
    this(checks, executor, record, broadcast, clock, new CycleLock());
  }

  /** A cycle service that shares {@code lock} with whatever else must not run beside a cycle. */
  public HealthCycleService(
      LoadHealthChecksPort checks,
      CheckExecutor executor,
      HostHealthRecord record,
      HealthBroadcast broadcast,
      Clock clock,
      CycleLock lock) {
    this.lock = lock;
    this.checks = checks;
    this.executor = executor;
    this.record = record;
    this.broadcast = broadcast;
    this.clock = clock;
  }

  @Override
  public HostHealth runCycle(RunHealthCycleCommand command) {
    return lock.holding(() -> cycle(command));
  }

  private HostHealth cycle(RunHealthCycleCommand command) {
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
            .filter(check -> command.ignoreIntervals() || isDue(check, command, now))
            .toList();
    due.forEach(check -> lastStarted.put(check.id(), now));
    List<CheckResult> results = executor.runAll(due);
    return record
        .completeCycle(considered, results, checks.problems(), now, clock.instant())
        .map(
            assessment -> {
              broadcast.announce(assessment);
              return assessment.health();
            })
        .orElseGet(record::current);
  }

  /**
   * Whether a check's interval (else the command's default) has passed since it last started. A
   * scheduler's tick may come a little early, so a check within a twentieth of its interval (at
   * most a second) of being due counts as due rather than waiting a whole extra tick.
   */
  private boolean isDue(RunnableCheck check, RunHealthCycleCommand command, Instant now) {
    Instant last = lastStarted.get(check.id());
    if (last == null) {
      return true;
    }
    Duration interval = check.options().interval().orElse(command.defaultInterval());
    Duration slack = interval.dividedBy(20);
    if (slack.compareTo(MAX_EARLY) > 0) {
      slack = MAX_EARLY;
    }
    return !now.isBefore(last.plus(interval).minus(slack));
  }
}
