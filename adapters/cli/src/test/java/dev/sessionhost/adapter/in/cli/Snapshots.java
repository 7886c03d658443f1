package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.domain.agent.AgentPhase;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.CheckState;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.domain.check.Thresholds;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.HostConditions;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.domain.health.StatusDecision;
import dev.sessionhost.domain.health.StatusPolicy;
import dev.sessionhost.domain.health.StatusReason;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Health snapshots of host web-01 in each status, built from domain types. */
final class Snapshots {

  static final String HOST = "web-01";
  static final Instant SINCE = Instant.parse("2026-11-24T07:10:00Z");
  static final Instant AT = Instant.parse("2026-11-24T07:30:01.250Z");

  static final String MONITORING_MESSAGE =
      "service azuremonitoragent is inactive (systemctl is-active azuremonitoragent)";
  static final String DOMAIN_MESSAGE =
      "not joined: 'realm list' printed nothing and /etc/krb5.keytab does not exist";
  static final String PLUGIN = "broken-plugin";
  static final String PLUGIN_REASON = "broken.jar has no plugin descriptor (no Plugin-Id)";

  /** The seven checks the product runs, in Log Analytics order. */
  static final List<KnownCheck> SEVEN =
      List.of(
          KnownCheck.DOMAIN_JOINED,
          KnownCheck.DOMAIN_TRUST,
          KnownCheck.SXS_STACK_LISTENER,
          KnownCheck.URLS_ACCESSIBLE,
          KnownCheck.MONITORING_AGENT,
          KnownCheck.METADATA_SERVICE,
          KnownCheck.APP_ATTACH_HEALTH);

  private Snapshots() {}

  static CheckResult passed(KnownCheck check) {
    return CheckResult.succeeded(
        check.id(), check.definition().displayName() + " ok", Map.of(), AT, Duration.ofMillis(12));
  }

  static List<CheckResult> allPassing() {
    return SEVEN.stream().map(Snapshots::passed).toList();
  }

  static List<CheckResult> replacing(List<CheckResult> results, CheckResult... replacements) {
    List<CheckResult> out = new ArrayList<>(results);
    for (CheckResult replacement : replacements) {
      out.replaceAll(r -> r.id().equals(replacement.id()) ? replacement : r);
    }
    return out;
  }

  static CheckResult monitoringFailed() {
    return CheckResult.failed(
        KnownCheck.MONITORING_AGENT.id(),
        3,
        MONITORING_MESSAGE,
        Map.of("service", "azuremonitoragent", "state", "inactive"),
        AT,
        Duration.ofMillis(41));
  }

  static CheckResult domainFailed() {
    return CheckResult.failed(
        KnownCheck.DOMAIN_JOINED.id(), 1, DOMAIN_MESSAGE, Map.of(), AT, Duration.ofMillis(230));
  }

  static FailingCheck failing(CheckResult result, FailureEffect effect, KnownCheck check) {
    return new FailingCheck(
        result.id(), effect, result.outcome(), result.message(), check.definition().remediation());
  }

  static HostHealth health(
      SessionHostStatus status,
      List<StatusReason> reasons,
      List<CheckResult> results,
      UpdateStatus update,
      List<PluginProblem> problems) {
    return new HostHealth(
        HOST, status, SINCE, AT, reasons, results, update, problems, java.time.Duration.ZERO);
  }

  static final String CONFIG_MESSAGE =
      "configuration error: setting 'agentName' of MonitoringAgentCheck: expected a non-empty"
          + " text, found \"\"";
  static final String CONFIG_REMEDIATION =
      "Fix the configuration: checks.MonitoringAgentCheck.settings.agentName in"
          + " conf/sessionhost.yaml (expected a non-empty text).";

  /**
   * The monitoring check's run stopped on an invalid setting, as the status policy itself decides
   * the reasons: the run's remediation, not the check's.
   */
  static HostHealth misconfigured() {
    CheckResult invalid =
        CheckResult.unknown(KnownCheck.MONITORING_AGENT.id(), CONFIG_MESSAGE, AT, Duration.ZERO)
            .withRemediation(CONFIG_REMEDIATION);
    List<CheckState> states = new ArrayList<>();
    for (CheckResult result : replacing(allPassing(), invalid)) {
      KnownCheck check = KnownCheck.byId(result.id()).orElseThrow();
      states.add(
          CheckState.notRunYet(
                  check.definition(),
                  check.definition().defaultEffect(),
                  Thresholds.IMMEDIATE,
                  SINCE)
              .record(result));
    }
    StatusDecision decision =
        new StatusPolicy()
            .decide(
                new HostConditions(
                    AgentPhase.RUNNING, UpdateStatus.INITIAL, BrokerLink.NONE, states));
    return health(
        decision.status(), decision.reasons(), decision.results(), UpdateStatus.INITIAL, List.of());
  }

  static HostHealth available() {
    return health(
        SessionHostStatus.AVAILABLE, List.of(), allPassing(), UpdateStatus.INITIAL, List.of());
  }

  static HostHealth needsAssistance() {
    CheckResult failed = monitoringFailed();
    return health(
        SessionHostStatus.NEEDS_ASSISTANCE,
        List.of(failing(failed, FailureEffect.NEEDS_ASSISTANCE, KnownCheck.MONITORING_AGENT)),
        replacing(allPassing(), failed),
        UpdateStatus.INITIAL,
        List.of());
  }

  /** A fatal check failing, and a non-fatal one too: the fatal one decides. */
  static HostHealth unavailable() {
    CheckResult domain = domainFailed();
    CheckResult monitoring = monitoringFailed();
    return health(
        SessionHostStatus.UNAVAILABLE,
        List.of(
            failing(domain, FailureEffect.UNAVAILABLE, KnownCheck.DOMAIN_JOINED),
            failing(monitoring, FailureEffect.NEEDS_ASSISTANCE, KnownCheck.MONITORING_AGENT)),
        replacing(allPassing(), domain, monitoring),
        UpdateStatus.INITIAL,
        List.of());
  }

  /** Available, with a plugin that could not load and a plugin's own check that passed. */
  static HostHealth withPluginProblem() {
    List<CheckResult> results = new ArrayList<>(allPassing());
    results.add(
        CheckResult.succeeded(
            CheckId.of(Catalogues.CUSTOM_ID),
            "42 GiB free on /",
            Map.of("free", "42 GiB"),
            AT,
            Duration.ofMillis(3)));
    return health(
        SessionHostStatus.AVAILABLE,
        List.of(),
        results,
        UpdateStatus.INITIAL,
        List.of(new PluginProblem(PLUGIN, PLUGIN_REASON)));
  }

  /** An app attach package marked fatal failed: the run judged the check fatal. */
  static HostHealth judgedFatal() {
    CheckResult appAttach =
        new CheckResult(
            KnownCheck.APP_ATTACH_HEALTH.id(),
            CheckOutcome.FAILED,
            2,
            "package office: /mnt/apps/office.vhdx does not exist",
            Map.of(),
            AT,
            Duration.ofMillis(5),
            Optional.of(FailureEffect.UNAVAILABLE));
    return health(
        SessionHostStatus.UNAVAILABLE,
        List.of(failing(appAttach, FailureEffect.UNAVAILABLE, KnownCheck.APP_ATTACH_HEALTH)),
        replacing(allPassing(), appAttach),
        UpdateStatus.INITIAL,
        List.of());
  }

  static HostHealth shutdown() {
    return health(
        SessionHostStatus.SHUTDOWN,
        List.of(
            new AgentCondition(
                AgentCondition.Kind.SHUTTING_DOWN,
                "The agent is shutting down.",
                SessionHostStatus.SHUTDOWN.operatorAction())),
        allPassing().stream().map(CheckResult::asShutdown).toList(),
        UpdateStatus.INITIAL,
        List.of());
  }

  static HostHealth upgrading() {
    return health(
        SessionHostStatus.UPGRADING,
        List.of(
            new AgentCondition(
                AgentCondition.Kind.UPGRADING,
                "An upgrade of one of the agent's components is running.",
                SessionHostStatus.UPGRADING.operatorAction())),
        allPassing(),
        UpdateStatus.started(SINCE),
        List.of());
  }

  static HostHealth upgradeFailed() {
    UpdateStatus update =
        UpdateStatus.failed("metadata-service 1.1.0 threw on its smoke run", SINCE);
    return health(
        SessionHostStatus.UPGRADE_FAILED,
        List.of(
            new AgentCondition(
                AgentCondition.Kind.UPGRADE_FAILED,
                "The last upgrade failed: " + update.errorMessage(),
                SessionHostStatus.UPGRADE_FAILED.operatorAction())),
        allPassing(),
        update,
        List.of());
  }

  /** A snapshot of the given status, each as the methods above build it. */
  static HostHealth inStatus(SessionHostStatus status) {
    return switch (status) {
      case AVAILABLE -> available();
      case NEEDS_ASSISTANCE -> needsAssistance();
      case UNAVAILABLE -> unavailable();
      case SHUTDOWN -> shutdown();
      case UPGRADING -> upgrading();
      case UPGRADE_FAILED -> upgradeFailed();
    };
  }
}
