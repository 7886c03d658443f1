package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.in.cli.CliHarness.Run;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckTableTest {

  private static String table(HostHealth health, int width) {
    Run run =
        new CliHarness(new CheckCommand(FakeCheckSession.returning(health), width)).run("check");
    assertThat(run.err()).isEmpty();
    return run.out();
  }

  private static String table(HostHealth health) {
    return table(health, 120);
  }

  @Test
  void availableShowsTheStatusWhatItMeansAndEveryCheckPassing() {
    String out = table(Snapshots.available());

    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("Status: Available  (host web-01, 2026-11-24T07:30:01Z)");
    assertThat(lines.get(1)).startsWith("Every health check passed");
    assertThat(line(out, "CHECK"))
        .containsSubsequence("CHECK", "RESULT", "EFFECT", "TOOK", "MESSAGE");
    for (KnownCheck check : Snapshots.SEVEN) {
      assertThat(line(out, check.id().value())).contains("Succeeded", "12 ms");
    }
    assertThat(line(out, "DomainJoinedCheck")).contains("fatal");
    assertThat(line(out, "MonitoringAgentCheck")).contains("non-fatal");
    assertThat(out).contains("What to do: nothing.").doesNotContain("Plugins that could not");
  }

  @Test
  void needsAssistanceShowsTheFailingCheckAndWhatToDo() {
    String out = table(Snapshots.needsAssistance());

    assertThat(out.lines().findFirst().orElseThrow()).startsWith("Status: NeedsAssistance  (");
    assertThat(out).contains(SessionHostStatus.NEEDS_ASSISTANCE.description().substring(0, 30));
    assertThat(line(out, "MonitoringAgentCheck")).contains("Failed", "non-fatal", "41 ms");
    String todo = out.substring(out.indexOf("What to do:"));
    assertThat(todo.lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("  1. MonitoringAgentCheck (non-fatal, failed)");
    assertThat(words(todo)).containsSubsequence(words(Snapshots.MONITORING_MESSAGE));
    assertThat(words(todo))
        .containsSubsequence(
            words("Fix: " + KnownCheck.MONITORING_AGENT.definition().remediation()));
  }

  @Test
  void aSettingTheConfigurationGotWrongIsToBeFixedThereNotOnTheHost() {
    String out = table(Snapshots.misconfigured());

    assertThat(line(out, "MonitoringAgentCheck")).contains("Unknown", "configuration error");
    String todo = out.substring(out.indexOf("What to do:"));
    assertThat(words(todo)).containsSubsequence(words("Fix: " + Snapshots.CONFIG_REMEDIATION));
    assertThat(words(todo))
        .doesNotContainSequence(words(KnownCheck.MONITORING_AGENT.definition().remediation()));
  }

  @Test
  void unavailableListsTheDecidingFatalCheckFirst() {
    String out = table(Snapshots.unavailable());

    assertThat(out.lines().findFirst().orElseThrow()).startsWith("Status: Unavailable");
    assertThat(line(out, "DomainJoinedCheck")).contains("Failed", "fatal", "230 ms");
    String todo = out.substring(out.indexOf("What to do:"));
    assertThat(todo)
        .containsSubsequence(
            "1. DomainJoinedCheck (fatal, failed)", "2. MonitoringAgentCheck (non-fatal, failed)");
    assertThat(words(todo)).containsSubsequence(words(Snapshots.DOMAIN_MESSAGE));
  }

  @Test
  void pluginsThatCouldNotLoadAreListedWithTheirReason() {
    String out = table(Snapshots.withPluginProblem());

    assertThat(line(out, Catalogues.CUSTOM_ID)).contains("Succeeded", "report only", "3 ms");
    String plugins = out.substring(out.indexOf("Plugins that could not be loaded:"));
    assertThat(plugins.lines().skip(1).findFirst().orElseThrow())
        .startsWith("  " + Snapshots.PLUGIN + ": ");
    assertThat(words(plugins)).containsSubsequence(words(Snapshots.PLUGIN_REASON));
  }

  @Test
  void anEffectTheRunJudgedIsMarkedAndExplained() {
    String out = table(Snapshots.judgedFatal());

    // app attach is non-fatal as configured; its run judged this failure fatal
    assertThat(line(out, "AppAttachHealthCheck")).contains("Failed", "fatal*");
    assertThat(line(out, "MonitoringAgentCheck")).doesNotContain("*");
    assertThat(out).contains("* the check's own run chose this effect");
  }

  @Test
  void shutdownShowsTheResultsAsShutdownAndTheAgentCondition() {
    String out = table(Snapshots.shutdown());

    assertThat(line(out, "DomainTrustCheck")).contains("Shutdown");
    assertThat(out).contains("1. Agent: shutting down", "The agent is shutting down.");
  }

  @Test
  void upgradeFailedNamesTheUpgradeError() {
    String out = table(Snapshots.upgradeFailed());

    assertThat(out).contains("Status: UpgradeFailed", "1. Agent: upgrade failed");
    assertThat(out).contains("metadata-service 1.1.0 threw on its smoke run");
  }

  @Test
  void aFailingCheckThatDoesNotChangeTheStatusIsPointedOut() {
    CheckResult disk =
        CheckResult.failed(
            CheckId.of(Catalogues.CUSTOM_ID),
            28,
            "only 2 GiB free on /",
            Map.of(),
            Snapshots.AT,
            Duration.ofMillis(3));
    List<CheckResult> results = new ArrayList<>(Snapshots.allPassing());
    results.add(disk);
    HostHealth health =
        Snapshots.health(
            SessionHostStatus.AVAILABLE, List.of(), results, UpdateStatus.INITIAL, List.of());

    String out = table(health);

    assertThat(line(out, Catalogues.CUSTOM_ID)).contains("Failed", "report only");
    assertThat(words(out))
        .containsSubsequence("What", "to", "do:", "nothing", "for", "the", "status.", "1", "check");
  }

  @Test
  void aCycleWithNoResultsSaysNoCheckRan() {
    HostHealth empty =
        Snapshots.health(
            SessionHostStatus.AVAILABLE, List.of(), List.of(), UpdateStatus.INITIAL, List.of());

    assertThat(table(empty)).contains("No check ran.").doesNotContain("RESULT");
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80, 100, 120, 160})
  void everyLineFitsTheWidthAndWrappedTextKeepsEveryWord(int width) {
    String longMessage =
        "none of the required addresses answered: the sign-in service timed out after 3 s,"
            + " the artifact catalogue refused the connection, and ten more did not resolve at"
            + " all (the resolver answered SERVFAIL)";
    CheckResult urls =
        CheckResult.failed(
            KnownCheck.URLS_ACCESSIBLE.id(),
            4,
            longMessage,
            Map.of(),
            Snapshots.AT,
            Duration.ofMillis(3004));
    HostHealth health =
        Snapshots.health(
            SessionHostStatus.UNAVAILABLE,
            Snapshots.unavailable().reasons(),
            Snapshots.replacing(Snapshots.unavailable().results(), urls),
            UpdateStatus.INITIAL,
            Snapshots.withPluginProblem().pluginProblems());

    String out = table(health, width);

    assertThat(out.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
    assertThat(words(out)).containsSubsequence(words(longMessage));
    assertThat(words(out))
        .containsSubsequence(words(KnownCheck.DOMAIN_JOINED.definition().remediation()));
  }

  private static List<String> words(String text) {
    return Arrays.asList(text.strip().split("\\s+"));
  }

  private static String line(String text, String containing) {
    return text.lines()
        .filter(l -> l.contains(containing))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line with " + containing + " in\n" + text));
  }
}
