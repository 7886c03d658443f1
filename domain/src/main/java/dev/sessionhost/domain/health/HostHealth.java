package dev.sessionhost.domain.health;

import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a host's health: its status and since when, when it was assessed, why it has that
 * status, every check's result, the state of the last upgrade, the plugins that could not be
 * loaded, and how long the last health cycle took (zero before the first). Immutable.
 */
public record HostHealth(
    String hostName,
    SessionHostStatus status,
    Instant statusTimestamp,
    Instant assessedAt,
    List<StatusReason> reasons,
    List<CheckResult> results,
    UpdateStatus update,
    List<PluginProblem> pluginProblems,
    Duration cycleDuration) {

  public HostHealth {
    Objects.requireNonNull(cycleDuration, "cycleDuration");
    Objects.requireNonNull(hostName, "hostName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusTimestamp, "statusTimestamp");
    Objects.requireNonNull(assessedAt, "assessedAt");
    Objects.requireNonNull(update, "update");
    reasons = List.copyOf(reasons);
    results = List.copyOf(results);
    pluginProblems = List.copyOf(pluginProblems);
  }

  /** The first snapshot of a host: its status starts now. */
  public static HostHealth first(
      String hostName, StatusDecision decision, UpdateStatus update, Instant now) {
    return new HostHealth(
        hostName,
        decision.status(),
        now,
        now,
        decision.reasons(),
        decision.results(),
        update,
        List.of(),
        Duration.ZERO);
  }

  /**
   * The snapshot that follows {@code previous} given a new decision: the status timestamp moves
   * only when the status does.
   */
  public static HostHealth after(
      HostHealth previous, StatusDecision decision, UpdateStatus update, Instant now) {
    return after(previous, decision, update, previous.pluginProblems(), now);
  }

  /**
   * As {@link #after(HostHealth, StatusDecision, UpdateStatus, Instant)}, with new plugin problems.
   */
  public static HostHealth after(
      HostHealth previous,
      StatusDecision decision,
      UpdateStatus update,
      List<PluginProblem> pluginProblems,
      Instant now) {
    Instant since = decision.status() == previous.status() ? previous.statusTimestamp() : now;
    return new HostHealth(
        previous.hostName(),
        decision.status(),
        since,
        now,
        decision.reasons(),
        decision.results(),
        update,
        pluginProblems,
        previous.cycleDuration());
  }

  /** This snapshot, as assessed at the end of a health cycle that took {@code took}. */
  public HostHealth afterCycle(Duration took) {
    return new HostHealth(
        hostName,
        status,
        statusTimestamp,
        assessedAt,
        reasons,
        results,
        update,
        pluginProblems,
        took);
  }

  /** The change from {@code previous} to this snapshot, if the status moved. */
  public Optional<StatusChange> changeFrom(HostHealth previous) {
    if (previous.status() == status) {
      return Optional.empty();
    }
    return Optional.of(new StatusChange(previous.status(), status, assessedAt, reasons));
  }
}
