package dev.sessionhost.adapter.in.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Our own snapshot as {@code sessionhost check --format json} prints it: field names of the Azure
 * API wherever it has the concept, wire names for statuses and results, effects by their
 * configuration names ({@code UNAVAILABLE}, {@code NEEDS_ASSISTANCE}, {@code NONE}), ISO-8601 UTC
 * timestamps, and {@code null} for a time that never happened.
 */
record HostHealthJson(
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
    List<Problem> pluginProblems) {

  /**
   * Why the host has its status, deciding reason first: a failing {@code check} with its effect, or
   * an agent {@code condition} (which has no effect of its own).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Reason(
      String check,
      String condition,
      String effect,
      String healthCheckResult,
      String message,
      String remediation) {}

  /** One check's result with the effect in force and whether its own run chose that effect. */
  record Result(
      String healthCheckName,
      String healthCheckResult,
      String effect,
      boolean effectJudgedByRun,
      FailureDetails additionalFailureDetails,
      long durationMs,
      Map<String, String> details) {}

  /** The result's message and error code (0 on success), and when the check ran. */
  record FailureDetails(String message, int errorCode, String lastHealthCheckDateTime) {}

  /** A plugin that could not be loaded, by id or file, and why. */
  record Problem(String plugin, String reason) {}

  static HostHealthJson from(HealthReport report) {
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
        health.pluginProblems().stream().map(p -> new Problem(p.plugin(), p.reason())).toList());
  }

  private static Reason reason(StatusReason reason) {
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
        result.details());
  }
}
