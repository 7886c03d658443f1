package dev.sessionhost.adapter.in.http;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.domain.check.Measurement;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.domain.health.StatusReason;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Health snapshots of host web-01, built from domain types. */
final class Snapshots {

  static final String HOST = "web-01";
  static final Instant SINCE = Instant.parse("2026-11-24T07:10:00Z");
  static final Instant AT = Instant.parse("2026-11-24T07:30:01.250Z");
  static final String PLUGIN = "broken-plugin";
  static final String MEASURED_LABEL = "/var/lib/\"quoted\" \\ data";
  static final String UPDATE_ERROR = "metadata-service 1.1.0 threw on its smoke run";

  static final List<KnownCheck> CHECKS =
      List.of(
          KnownCheck.DOMAIN_JOINED,
          KnownCheck.SXS_STACK_LISTENER,
          KnownCheck.MONITORING_AGENT,
          KnownCheck.METADATA_SERVICE);

  private Snapshots() {}

  static List<CheckListing> listings() {
    return CHECKS.stream()
        .map(
            c ->
                new CheckListing(
                    c.definition(),
                    OptionalInt.of(c.code()),
                    "built-in",
                    CheckOptions.defaultsFor(c.definition())))
        .toList();
  }

  static CheckResult passed(KnownCheck check) {
    return CheckResult.succeeded(check.id(), "ok", Map.of(), AT, Duration.ofMillis(12));
  }

  static CheckResult monitoringFailed() {
    return CheckResult.failed(
        KnownCheck.MONITORING_AGENT.id(),
        3,
        "service azuremonitoragent is inactive",
        Map.of("service", "azuremonitoragent"),
        AT,
        Duration.ofMillis(41));
  }

  static List<CheckResult> results(CheckResult... replacements) {
    List<CheckResult> out = new ArrayList<>(CHECKS.stream().map(Snapshots::passed).toList());
    for (CheckResult replacement : replacements) {
      out.replaceAll(r -> r.id().equals(replacement.id()) ? replacement : r);
    }
    return out;
  }

  static HostHealth health(
      SessionHostStatus status,
      List<StatusReason> reasons,
      List<CheckResult> results,
      UpdateStatus update,
      List<PluginProblem> problems) {
    return new HostHealth(
        HOST, status, SINCE, AT, reasons, results, update, problems, Duration.ofMillis(1500));
  }

  static HostHealth available() {
    return health(
        SessionHostStatus.AVAILABLE, List.of(), results(), UpdateStatus.INITIAL, List.of());
  }

  static FailingCheck failing(CheckResult result, FailureEffect effect) {
    return new FailingCheck(result.id(), effect, result.outcome(), result.message(), "fix it");
  }

  /** A snapshot with the given status and a reason that fits it. */
  static HostHealth inStatus(SessionHostStatus status) {
    if (status == SessionHostStatus.AVAILABLE) {
      return available();
    }
    if (status == SessionHostStatus.NEEDS_ASSISTANCE || status == SessionHostStatus.UNAVAILABLE) {
      CheckResult failed = monitoringFailed();
      FailureEffect effect =
          status == SessionHostStatus.UNAVAILABLE
              ? FailureEffect.UNAVAILABLE
              : FailureEffect.NEEDS_ASSISTANCE;
      return health(
          status,
          List.of(failing(failed, effect)),
          results(failed),
          UpdateStatus.INITIAL,
          List.of());
    }
    UpdateStatus update =
        status == SessionHostStatus.UPGRADE_FAILED
            ? UpdateStatus.failed(UPDATE_ERROR, SINCE)
            : UpdateStatus.INITIAL;
    return health(
        status,
        List.of(new AgentCondition(AgentCondition.Kind.UPGRADING, "something", "wait")),
        results(),
        update,
        List.of());
  }

  /** Several checks, one failing, a plugin that would not load, and a failed upgrade. */
  /** A check that measured values: a label with '/', quotes and a backslash, and a repeat. */
  static CheckResult measured() {
    return CheckResult.succeeded(
            CheckId.of("command.disk"), "DISK OK", Map.of(), AT, Duration.ofMillis(30))
        .withMeasurements(
            List.of(
                new Measurement(
                    MEASURED_LABEL,
                    2048,
                    "MB",
                    "3000",
                    "3500",
                    OptionalDouble.of(0),
                    OptionalDouble.of(4096)),
                Measurement.of("time", 0.03, "s"),
                Measurement.of("time", 9.99, "s")));
  }

  static HostHealth realistic() {
    CheckResult failed = monitoringFailed();
    List<CheckResult> results = new ArrayList<>(results(failed));
    results.add(
        CheckResult.unknown(
            CheckId.of("disk-space.root"), "timed out after 10s", AT, Duration.ofSeconds(10)));
    results.add(measured());
    return health(
        SessionHostStatus.UPGRADE_FAILED,
        List.of(
            new AgentCondition(AgentCondition.Kind.UPGRADE_FAILED, UPDATE_ERROR, "retry"),
            failing(failed, FailureEffect.NEEDS_ASSISTANCE)),
        results,
        UpdateStatus.failed(UPDATE_ERROR, SINCE),
        List.of(
            new PluginProblem(PLUGIN, "broken.jar has no Plugin-Id"),
            new PluginProblem("old \"quoted\" plugin", "requires SDK 2.x")));
  }
}
