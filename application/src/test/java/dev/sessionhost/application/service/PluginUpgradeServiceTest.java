package dev.sessionhost.application.service;

import static dev.sessionhost.application.port.out.RunnableCheckBuilder.aCheck;
import static dev.sessionhost.domain.update.UpdateState.FAILED;
import static dev.sessionhost.domain.update.UpdateState.PENDING;
import static dev.sessionhost.domain.update.UpdateState.STARTED;
import static dev.sessionhost.domain.update.UpdateState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.FakeChecks;
import dev.sessionhost.application.port.out.FakeInstallation;
import dev.sessionhost.application.port.out.InMemoryHistory;
import dev.sessionhost.application.port.out.MutableClock;
import dev.sessionhost.application.port.out.PersistUpdateStatusPort;
import dev.sessionhost.application.port.out.PluginPackage;
import dev.sessionhost.application.port.out.RecordingPublisher;
import dev.sessionhost.application.port.out.RecordingUpdateStore;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PluginUpgradeServiceTest {

  private final MutableClock clock = MutableClock.at("2025-03-01T08:00:00Z");
  private final FakeChecks checks = new FakeChecks();
  private final FakeInstallation folder = new FakeInstallation(checks);
  private final List<UpdateStatus> saved = new ArrayList<>();
  private final List<String> folderCallsAtEachSave = new ArrayList<>();
  private final RecordingPublisher reporter = new RecordingPublisher();
  private final CheckExecutor executor = new CheckExecutor(clock);
  private HostHealthRecord record;
  private PluginUpgradeService service;
  private PluginPackage v1;

  @BeforeEach
  void installVersionOne() {
    record = new HostHealthRecord("host-1", BrokerLink.NONE, UpdateStatus.INITIAL, clock.instant());
    record.completeCycle(List.of(), List.of(), List.of(), clock.instant(), clock.instant());
    HealthBroadcast broadcast = new HealthBroadcast(List.of(reporter), new InMemoryHistory());
    PersistUpdateStatusPort store =
        new RecordingUpdateStore() {
          @Override
          public void save(UpdateStatus status) {
            saved.add(status);
            folderCallsAtEachSave.add(status.state() + " after " + folder.calls());
          }
        };
    service =
        new PluginUpgradeService(
            folder, checks, executor, record, broadcast, store, new CycleLock(), clock);
    v1 = folder.jar("greeting-1.jar", "greeting", "1.0.0", greeting("1.0.0", passing()));
    folder.install(v1);
  }

  @AfterEach
  void stopExecutor() {
    executor.close();
  }

  @Test
  void aGoodUpgradeGoesPendingStartedSucceededAndCommits() {
    folder.jar("greeting-2.jar", "greeting", "2.0.0", greeting("2.0.0", passing()));

    UpgradeResult result = upgrade("greeting-2.jar");

    assertThat(states()).containsExactly(PENDING, STARTED, SUCCEEDED);
    assertThat(folder.calls())
        .containsExactly("inspect greeting-2.jar", "swapIn greeting 2.0.0", "commit");
    assertThat(result.succeeded()).isTrue();
    assertThat(result.pluginId()).hasValue("greeting");
    assertThat(result.previousVersion()).hasValue("1.0.0");
    assertThat(result.offeredVersion()).hasValue("2.0.0");
    assertThat(statuses())
        .containsExactly(
            SessionHostStatus.AVAILABLE, SessionHostStatus.UPGRADING, SessionHostStatus.AVAILABLE);
  }

  @Test
  void theSuccessIsSavedBeforeTheSwapIsCommittedSoARestartKnowsToKeepIt() {
    folder.jar("greeting-2.jar", "greeting", "2.0.0", greeting("2.0.0", passing()));

    upgrade("greeting-2.jar");

    assertThat(folderCallsAtEachSave)
        .last()
        .isEqualTo("SUCCEEDED after [inspect greeting-2.jar, swapIn greeting 2.0.0]");
    assertThat(folder.calls()).endsWith("commit");
  }

  @Test
  void aJarThatCannotBeReadIsRefusedAndChangesNeitherTheFolderNorTheStatus() {
    SessionHostStatus before = record.current().status();

    UpgradeResult result = upgrade("broken.jar");

    assertThat(states()).as("no upgrade started").isEmpty();
    assertThat(folder.calls()).containsExactly("inspect broken.jar");
    assertThat(result.succeeded()).isFalse();
    assertThat(result.pluginId()).isEmpty();
    assertThat(result.rejection())
        .hasValue("cannot install broken.jar: broken.jar is not a jar file");
    assertThat(record.current().status())
        .isEqualTo(before)
        .isNotEqualTo(SessionHostStatus.UPGRADE_FAILED);
  }

  @Test
  void aLoadProblemRollsBackAndNamesTheCause() {
    folder.jar("greeting-2.jar", "greeting", "2.0.0", greeting("2.0.0", passing()));
    folder.failLoadingWith("requires SDK >=9.0.0 but this host provides 1.0.0");

    UpgradeResult result = upgrade("greeting-2.jar");

    assertThat(states()).containsExactly(PENDING, STARTED, FAILED);
    assertThat(folder.calls()).endsWith("swapIn greeting 2.0.0", "rollBack");
    assertThat(result.update().errorMessage())
        .isEqualTo(
            "upgrade of greeting to 2.0.0 failed: requires SDK >=9.0.0 but this host provides"
                + " 1.0.0; version 1.0.0 restored");
    assertThat(folder.current("greeting")).hasValue(v1);
    assertThat(statuses()).contains(SessionHostStatus.UPGRADING);
    assertThat(statuses()).last().isEqualTo(SessionHostStatus.UPGRADE_FAILED);
  }

  @Test
  void aCheckThatCannotDecideOnItsFirstRunRollsBack() {
    RunnableCheck throwing =
        greeting(
            "2.0.0",
            () -> {
              throw new IllegalStateException("broken");
            });
    folder.jar("greeting-2.jar", "greeting", "2.0.0", throwing);

    UpgradeResult result = upgrade("greeting-2.jar");

    assertThat(folder.calls()).endsWith("rollBack");
    assertThat(result.update().errorMessage())
        .contains("its check GreetingCheck could not decide on its first run:", "broken");
    assertThat(checks.loadChecks())
        .extracting(RunnableCheck::provider)
        .containsExactly("greeting 1.0.0");
  }

  @Test
  void aCheckThatDecidesFailedOnItsFirstRunIsKept() {
    folder.jar(
        "greeting-2.jar",
        "greeting",
        "2.0.0",
        greeting("2.0.0", () -> CheckReport.failed(3, "no greeting today")));

    assertThat(upgrade("greeting-2.jar").succeeded()).isTrue();
    assertThat(folder.calls()).endsWith("commit");
  }

  @Test
  void aPluginWithoutChecksRollsBack() {
    folder.jar("empty.jar", "greeting", "2.0.0");

    UpgradeResult result = upgrade("empty.jar");

    assertThat(folder.calls()).endsWith("rollBack");
    assertThat(result.update().errorMessage()).contains("the plugin provides no health check");
  }

  @Test
  void onlyTheNewPluginsEnabledChecksRunOnce() {
    RunnableCheck other =
        aCheck("OtherCheck")
            .providedBy("other 1.0.0")
            .running(
                () -> {
                  throw new AssertionError("another plugin's check must not run");
                });
    RunnableCheck disabled =
        aCheck("QuietCheck")
            .providedBy("greeting 2.0.0")
            .disabled()
            .running(
                () -> {
                  throw new AssertionError("a disabled check must not run");
                });
    folder.jar("greeting-2.jar", "greeting", "2.0.0", greeting("2.0.0", passing()), disabled);
    folder.swapsInAlongside(other);

    assertThat(upgrade("greeting-2.jar").succeeded()).isTrue();
  }

  @Test
  void filesThatCannotBeMovedFailTheUpgradeWithoutARollBack() {
    folder.jar("greeting-2.jar", "greeting", "2.0.0", greeting("2.0.0", passing()));
    folder.failSwappingWith("cannot move greeting-2.jar: disk full");

    UpgradeResult result = upgrade("greeting-2.jar");

    assertThat(states()).containsExactly(PENDING, STARTED, FAILED);
    assertThat(folder.calls()).doesNotContain("rollBack", "commit");
    assertThat(result.update().errorMessage())
        .isEqualTo(
            "upgrade of greeting to 2.0.0 failed: cannot move greeting-2.jar: disk full;"
                + " version 1.0.0 restored");
  }

  @Test
  void installingAnIdThatIsInstalledIsRefusedBeforeAnyStateChange() {
    folder.jar("greeting-2.jar", "greeting", "2.0.0", greeting("2.0.0", passing()));

    assertThatThrownBy(
            () -> service.upgrade(UpgradePluginCommand.install(Path.of("greeting-2.jar"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "plugin greeting is already installed (version 1.0.0); use 'plugins upgrade' to"
                + " replace it");
    assertThat(saved).isEmpty();
    assertThat(folder.calls()).doesNotContain("swapIn greeting 2.0.0");
  }

  @Test
  void aFailedInstallOfANewPluginSaysNothingIsInstalled() {
    folder.jar("verdict.jar", "verdict", "1.0.0");

    UpgradeResult result = service.upgrade(UpgradePluginCommand.install(Path.of("verdict.jar")));

    assertThat(result.previousVersion()).isEmpty();
    assertThat(result.update().errorMessage()).endsWith("; nothing installed");
  }

  @Test
  void aLaterGoodUpgradeEndsUpgradeFailed() {
    folder.jar("broken-2.jar", "greeting", "2.0.0");
    folder.jar("greeting-3.jar", "greeting", "3.0.0", greeting("3.0.0", passing()));
    upgrade("broken-2.jar");
    SessionHostStatus afterFailure = record.current().status();
    saved.clear();

    UpgradeResult result = upgrade("greeting-3.jar");

    assertThat(afterFailure).isEqualTo(SessionHostStatus.UPGRADE_FAILED);
    assertThat(result.succeeded()).isTrue();
    assertThat(states()).containsExactly(PENDING, STARTED, SUCCEEDED);
    assertThat(record.current().status()).isEqualTo(SessionHostStatus.AVAILABLE);
    assertThat(record.current().update().errorMessage()).isEmpty();
  }

  private UpgradeResult upgrade(String jar) {
    return service.upgrade(UpgradePluginCommand.upgrade(Path.of(jar)));
  }

  private static RunnableCheck greeting(
      String version, java.util.concurrent.Callable<CheckReport> body) {
    return aCheck("GreetingCheck").nonFatal().providedBy("greeting " + version).running(body);
  }

  private static java.util.concurrent.Callable<CheckReport> passing() {
    return () -> CheckReport.passed("hello");
  }

  private List<UpdateState> states() {
    return saved.stream().map(UpdateStatus::state).toList();
  }

  private List<SessionHostStatus> statuses() {
    return reporter.received().stream().map(p -> p.health().status()).toList();
  }
}
