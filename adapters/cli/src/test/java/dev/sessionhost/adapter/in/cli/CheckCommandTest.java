package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.in.cli.CliHarness.Run;
import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCommandTest {

  private final FakeCheckSession session = FakeCheckSession.returning(Snapshots.available());

  private Run check(String... args) {
    return run(session, args);
  }

  static Run run(CheckRunnerFactory factory, String... args) {
    List<String> all = new ArrayList<>(List.of("check"));
    all.addAll(List.of(args));
    return new CliHarness(new CheckCommand(factory, 120)).run(all.toArray(String[]::new));
  }

  @ParameterizedTest
  @CsvSource({
    "AVAILABLE, 0",
    "NEEDS_ASSISTANCE, 1",
    "UPGRADE_FAILED, 1",
    "UNAVAILABLE, 2",
    "SHUTDOWN, 2",
    "UPGRADING, 2",
  })
  void exitCodeTellsTheStatusInEveryFormat(SessionHostStatus status, int expected) {
    FakeCheckSession host = FakeCheckSession.returning(Snapshots.inStatus(status));

    for (String format : List.of("table", "json", "azure")) {
      Run run = run(host, "--format", format);
      assertThat(run.exitCode()).as(format).isEqualTo(expected);
      assertThat(run.out()).as(format).contains(status.wireName());
      assertThat(run.err()).as(format).isEmpty();
    }
    assertThat(ExitCodes.forStatus(status)).isEqualTo(expected);
  }

  @Test
  void runsEveryEnabledCheckOnceWhateverTheirIntervals() {
    check();

    assertThat(session.cycles).containsExactly(new RunHealthCycleCommand(Set.of(), true));
  }

  @Test
  void givesTheEnvironmentScenarioAndConfigurationToTheFactory() {
    check(
        "--environment",
        "simulated",
        "--scenario",
        "scenarios/healthy.yaml",
        "--config",
        "my.yaml");

    assertThat(session.opened)
        .containsExactly(
            new CheckSetup(
                Optional.of("simulated"),
                Optional.of(Path.of("scenarios/healthy.yaml")),
                Optional.of(Path.of("my.yaml"))));
  }

  @Test
  void givesTheFactoryNothingWhenNoOptionWasGiven() {
    check();

    assertThat(session.opened).containsExactly(CheckSetup.defaults());
  }

  @Test
  void anUnknownEnvironmentIsRejectedBeforeAnythingIsWired() {
    Run run = check("--environment", "windows");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("--environment", "windows", "linux", "simulated");
    assertThat(session.opened).isEmpty();
  }

  @Test
  void onlySplitsOnCommasAcceptsRepeatsAndAnyCase() {
    Run run =
        check("--only", "DomainJoinedCheck,monitoringagentcheck", "--only", Catalogues.CUSTOM_ID);

    assertThat(run.exitCode()).isZero();
    assertThat(session.cycles)
        .singleElement()
        .satisfies(
            command -> {
              assertThat(command.only())
                  .containsExactlyInAnyOrder(
                      CheckId.of("DomainJoinedCheck"),
                      CheckId.of("MonitoringAgentCheck"),
                      CheckId.of(Catalogues.CUSTOM_ID));
              assertThat(command.ignoreIntervals()).isTrue();
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"NoSuchCheck", "DomainJoinedCheck,NoSuchCheck", "1-not-an-id"})
  void anUnknownIdInOnlyIsRejectedListingTheChecksThatCanRun(String only) {
    Run run = check("--only", only);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("unknown check", "--only", "checks that can run here:")
        .contains("DomainJoinedCheck", "MetaDataServiceCheck", Catalogues.CUSTOM_ID)
        .contains("sessionhost check --help");
    assertThat(session.cycles).isEmpty();
    assertThat(session.closed).isEqualTo(1);
  }

  @Test
  void anOnlyThatNamesNoCheckIsRejectedRatherThanRunningEverything() {
    Run run = check("--only", "");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("--only names no check");
    assertThat(session.cycles).isEmpty();
  }

  @Test
  void aCheckNoPluginProvidesIsRejectedInOnlyAsNotInstalled() {
    Run run = check("--only", "FSLogixHealthCheck");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("FSLogixHealthCheck", "not installed");
    assertThat(session.cycles).isEmpty();
  }

  @Test
  void aDisabledCheckIsRejectedInOnlyRatherThanSilentlyNotRun() {
    Run run = check("--only", "DomainReachable");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("DomainReachable", "disabled");
    // a disabled check cannot run, so it is not offered
    assertThat(run.err().substring(run.err().indexOf("can run here")))
        .doesNotContain("DomainReachable");
    assertThat(session.cycles).isEmpty();
  }

  @Test
  void aFactoryFailureExitsWith3WithItsMessageOnOneLine() {
    CheckRunnerFactory failing =
        setup -> {
          throw new CheckSetupException(
              "conf/sessionhost.yaml line 4: unknown key 'timout' in checks.DomainJoinedCheck");
        };

    Run run = run(failing);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "sessionhost: conf/sessionhost.yaml line 4: unknown key 'timout' in"
                + " checks.DomainJoinedCheck"
                + System.lineSeparator());
  }

  @Test
  void aFactoryMessageOverSeveralLinesIsPrintedOnOne() {
    Run run =
        run(
            setup -> {
              throw new CheckSetupException("scenario file missing.yaml\n  does not exist");
            });

    assertThat(run.err().lines().toList())
        .containsExactly("sessionhost: scenario file missing.yaml does not exist");
  }

  @Test
  void theSessionIsClosedAfterTheCheck() {
    check();

    assertThat(session.closed).isEqualTo(1);
  }

  @Test
  void aCycleThatThrowsExitsWith3AndStillClosesTheSession() {
    FakeCheckSession broken =
        new FakeCheckSession(
            () -> {
              throw new IllegalStateException("executor was shut down");
            },
            Catalogues.installed());

    Run run = run(broken);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .contains("sessionhost check", "executor was shut down");
    assertThat(broken.closed).isEqualTo(1);
  }

  @Test
  void theRootHelpListsCheckBesideChecks() {
    Run run =
        new CliHarness(new ChecksCommand(Catalogues.builtInOnly(), 120), new CheckCommand(session))
            .run("--help");

    assertThat(run.out()).contains("  check ", "  checks ");
    assertThat(run.out().indexOf("  check ")).isLessThan(run.out().indexOf("  checks "));
  }

  @Test
  void helpDescribesTheOptionsAndTheExitCodes() {
    Run run = check("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: sessionhost check", "--environment", "--scenario", "--config", "--only")
        .contains("table, json, azure", "linux, simulated")
        .contains("NeedsAssistance or UpgradeFailed", "Unavailable, Shutdown or Upgrading");
    assertThat(session.opened).isEmpty();
  }
}
