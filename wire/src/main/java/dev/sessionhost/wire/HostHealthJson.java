package dev.sessionhost.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.domain.health.StatusReason;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Our own snapshot as {@code sessionhost check --format json} prints it: field names of the Azure
 * API wherever it has the concept, wire names for statuses and results, effects by their
 * configuration names ({@code UNAVAILABLE}, {@code NEEDS_ASSISTANCE}, {@code NONE}), ISO-8601 UTC
 * timestamps, and {@code null} for a time that never happened.
 */
public record HostHealthJson(
    String name,
    String status,
    String statusTimestamp,
    String lastHealthCheckDateTime,
    boolean acceptsNewSessions,
    List<Reason> reasons,
    List<Result> sessionHostHealthCheckResults,
    String updateState,
    String updateErrorMessage,
    String lastUpdateTime,
    List<Problem> pluginProblems,
    long cycleDurationMs) {

  /**
   * Why the host has its status, deciding reason first: a failing {@code check} with its effect, or
   * an agent {@code condition} (which has no effect of its own).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Reason(
      String check,
      String condition,
      String effect,
      String healthCheckResult,
      String message,
      String remediation) {}

  /**
   * One check's result with the effect in force, whether its own run chose that effect, and the
   * values it measured (an empty list when none; absent in snapshots older than measurements).
   */
  public record Result(
      String healthCheckName,
      String healthCheckResult,
      String effect,
      boolean effectJudgedByRun,
      FailureDetails additionalFailureDetails,
      long durationMs,
      Map<String, String> details,
      List<Measurement> measurements) {}

  /**
   * One measured value as performance data gives it: ranges as written (empty when none), {@code
   * min} and {@code max} {@code null} when not given.
   */
  public record Measurement(
      String label, double value, String unit, String warn, String crit, Double min, Double max) {

    static Measurement of(dev.sessionhost.domain.check.Measurement m) {
      return new Measurement(
          m.label(), m.value(), m.unit(), m.warn(), m.crit(), boxed(m.min()), boxed(m.max()));
    }

    dev.sessionhost.domain.check.Measurement toDomain() {
      return new dev.sessionhost.domain.check.Measurement(
          label, value, unit, warn, crit, optional(min), optional(max));
    }

    private static Double boxed(OptionalDouble value) {
      return value.isPresent() ? value.getAsDouble() : null;
    }

    private static OptionalDouble optional(Double value) {
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
  }

  /** The result's message and error code (0 on success), and when the check ran. */
  public record FailureDetails(String message, int errorCode, String lastHealthCheckDateTime) {}

  /** A plugin that could not be loaded, by id or file, and why. */
  public record Problem(String plugin, String reason) {}

  public static HostHealthJson from(HealthReport report) {
    HostHealth health = report.health();
    return new HostHealthJson(
        health.hostName(),
        health.status().wireName(),
        health.statusTimestamp().toString(),
        health.assessedAt().toString(),
        health.status().acceptsNewConnections(),
        health.reasons().stream().map(HostHealthJson::reason).toList(),
        health.results().stream().map(r -> result(report, r)).toList(),
        health.update().state().wireName(),
        health.update().errorMessage(),
        health.update().lastUpdateTime().map(Instant::toString).orElse(null),
        health.pluginProblems().stream().map(p -> new Problem(p.plugin(), p.reason())).toList(),
        health.cycleDuration().toMillis());
  }

  /**
   * The report this document was written from, as far as it carries it: what {@code sessionhost
   * status} reads back from a running agent.
   *
   * @throws IllegalArgumentException when a field holds what no snapshot would (an unknown status,
   *     result, effect or condition, a bad time), naming the field
   */
  public HealthReport toReport() {
    Map<CheckId, FailureEffect> effects = new LinkedHashMap<>();
    List<CheckResult> checkResults = new ArrayList<>();
    for (Result r : sessionHostHealthCheckResults) {
      CheckId id = CheckId.of(r.healthCheckName());
      Optional<FailureEffect> effect = Optional.ofNullable(r.effect()).map(FailureEffect::ofName);
      effect.ifPresent(e -> effects.put(id, e));
      FailureDetails d = r.additionalFailureDetails();
      checkResults.add(
          new CheckResult(
              id,
              outcome(r.healthCheckResult()),
              d.errorCode(),
              d.message(),
              r.details(),
              time("lastHealthCheckDateTime", d.lastHealthCheckDateTime()),
              Duration.ofMillis(r.durationMs()),
              r.effectJudgedByRun() ? effect : Optional.empty(),
              measurementsOf(r)));
    }
    HostHealth health =
        new HostHealth(
            name,
            SessionHostStatus.fromWireName(status)
                .orElseThrow(() -> new IllegalArgumentException("status: unknown " + status)),
            time("statusTimestamp", statusTimestamp),
            time("lastHealthCheckDateTime", lastHealthCheckDateTime),
            reasons.stream().map(HostHealthJson::reasonOf).toList(),
            checkResults,
            update(),
            pluginProblems.stream().map(p -> new PluginProblem(p.plugin(), p.reason())).toList(),
            Duration.ofMillis(cycleDurationMs));
    return new HealthReport(health, effects);
  }

  private static List<dev.sessionhost.domain.check.Measurement> measurementsOf(Result r) {
    if (r.measurements() == null) {
      return List.of();
    }
    try {
      return r.measurements().stream().map(Measurement::toDomain).toList();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "measurements of " + r.healthCheckName() + ": " + e.getMessage(), e);
    }
  }

  private UpdateStatus update() {
    UpdateState state =
        Arrays.stream(UpdateState.values())
            .filter(s -> s.wireName().equals(updateState))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("updateState: unknown " + updateState));
    return new UpdateStatus(
        state,
        updateErrorMessage == null ? "" : updateErrorMessage,
        Optional.ofNullable(lastUpdateTime).map(t -> time("lastUpdateTime", t)));
  }

  private static StatusReason reasonOf(Reason r) {
    if (r.check() != null) {
      return new FailingCheck(
          CheckId.of(r.check()),
          FailureEffect.ofName(r.effect()),
          outcome(r.healthCheckResult()),
          r.message(),
          r.remediation());
    }
    AgentCondition.Kind kind;
    try {
      kind = AgentCondition.Kind.valueOf(String.valueOf(r.condition()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("reasons: unknown condition " + r.condition(), e);
    }
    return new AgentCondition(kind, r.message(), r.remediation());
  }

  private static CheckOutcome outcome(String wireName) {
    return Arrays.stream(CheckOutcome.values())
        .filter(o -> o.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("healthCheckResult: unknown " + wireName));
  }

  private static Instant time(String field, String text) {
    try {
      return WireTimes.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(field + ": not an ISO-8601 time: " + text, e);
    }
  }

  /** A reason as the snapshot (and the history) writes it. */
  public static Reason reason(StatusReason reason) {
    if (reason instanceof FailingCheck failing) {
      return new Reason(
          failing.check().value(),
          null,
          failing.effect().name(),
          failing.outcome().wireName(),
          failing.message(),
          failing.remediation());
    }
    AgentCondition condition = (AgentCondition) reason;
    return new Reason(
        null, condition.kind().name(), null, null, condition.message(), condition.remediation());
  }

  private static Result result(HealthReport report, CheckResult result) {
    return new Result(
        result.id().value(),
        result.outcome().wireName(),
        report.effectOf(result).map(FailureEffect::name).orElse(null),
        HealthReport.judgedByRun(result),
        new FailureDetails(result.message(), result.errorCode(), result.startedAt().toString()),
        result.duration().toMillis(),
        result.details(),
        result.measurements().stream().map(Measurement::of).toList());
  }
}
