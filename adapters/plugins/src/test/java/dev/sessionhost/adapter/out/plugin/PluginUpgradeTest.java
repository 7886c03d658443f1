package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.check;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.providedIds;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static dev.sessionhost.domain.status.SessionHostStatus.AVAILABLE;
import static dev.sessionhost.domain.status.SessionHostStatus.UPGRADE_FAILED;
import static dev.sessionhost.domain.status.SessionHostStatus.UPGRADING;
import static dev.sessionhost.domain.update.UpdateState.FAILED;
import static dev.sessionhost.domain.update.UpdateState.PENDING;
import static dev.sessionhost.domain.update.UpdateState.STARTED;
import static dev.sessionhost.domain.update.UpdateState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheckThatThrows;
import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheckV2;
import dev.sessionhost.adapter.out.plugin.fixture.StartFailsPlugin;
import dev.sessionhost.adapter.out.plugin.fixture.VerdictCheck;
import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upgrades through the real service, folder and PF4J runtime, with v1 of a plugin installed. */
class PluginUpgradeTest {

  @TempDir Path plugins;
  private Path updates;
  private UpgradeHarness host;

  @BeforeEach
  void installVersionOne() throws IOException {
    updates = Files.createDirectories(plugins.resolve("updates"));
    plugin("greeting").extensions(GreetingCheck.class).writeJar(plugins, "greeting.jar");
    host = new UpgradeHarness(plugins);
    host.cycle();
  }

  @AfterEach
  void cleanUp() {
    host.close();
    PluginFolderFixture.closeAll();
  }

  @Test
  void aGoodUpgradeRunsTheNewVersionAndKeepsTheOldOne() {
    UpgradeResult result = host.upgrade(versionTwo());

    assertThat(result.succeeded()).isTrue();
    assertThat(result.previousVersion()).hasValue("1.0.0");
    assertThat(result.offeredVersion()).hasValue("2.0.0");
    assertThat(host.savedStates()).containsExactly(PENDING, STARTED, SUCCEEDED);
    assertThat(host.published).contains(UPGRADING).last().isEqualTo(AVAILABLE);
    assertThat(greeting().message()).isEqualTo("hello from version 2");
    assertThat(check(host.loader.loadChecks(), "GreetingCheck").provider())
        .isEqualTo("greeting 2.0.0");
    assertThat(previousVersions()).containsExactly("1.0.0");
  }

  static Stream<Arguments> refusals() {
    Function<Path, Path> corrupt = dir -> TestPluginJar.writeGarbage(dir, "greeting-2.jar");
    Function<Path, Path> unmetRequires =
        dir ->
            plugin("greeting")
                .version("2.0.0")
                .requires(">=9.0.0")
                .extensions(GreetingCheckV2.class)
                .writeJar(dir, "greeting-2.jar");
    return Stream.of(
        Arguments.of("not a jar", corrupt, "greeting-2.jar is not a jar file"),
        Arguments.of(
            "unmet Plugin-Requires",
            unmetRequires,
            "greeting-2.jar: requires SDK >=9.0.0 but this host provides"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aFileRefusedWhileBeingValidatedLeavesEverythingAsItWas(
      String kind, Function<Path, Path> badJar, String cause) {
    UpgradeResult refused = host.upgrade(badJar.apply(updates));

    assertThat(refused.succeeded()).isFalse();
    assertThat(refused.rejection()).hasValueSatisfying(why -> assertThat(why).contains(cause));
    assertThat(host.savedStates()).as("no upgrade started").isEmpty();
    assertThat(host.published).doesNotContain(UPGRADING, UPGRADE_FAILED);
    assertThat(host.status()).isEqualTo(AVAILABLE);
    assertThat(check(host.loader.loadChecks(), "GreetingCheck").provider())
        .isEqualTo("greeting 1.0.0");
    assertThat(previousVersions()).isEmpty();
  }

  static Stream<Arguments> failures() {
    Function<Path, Path> startThrows =
        dir ->
            plugin("greeting")
                .version("2.0.0")
                .pluginClass(StartFailsPlugin.class)
                .extensions(GreetingCheckV2.class)
                .writeJar(dir, "greeting-2.jar");
    Function<Path, Path> checkThrows =
        dir ->
            plugin("greeting")
                .version("2.0.0")
                .extensions(GreetingCheckThatThrows.class)
                .writeJar(dir, "greeting-2.jar");
    return Stream.of(
        Arguments.of("start() throws", startThrows, "start() failed: IllegalStateException: boom"),
        Arguments.of(
            "check throws on its first run",
            checkThrows,
            "its check GreetingCheck could not decide on its first run"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void aFailedUpgradeRestoresTheOldVersionUntilAGoodOneSucceeds(
      String kind, Function<Path, Path> badJar, String cause) {
    UpgradeResult failed = host.upgrade(badJar.apply(updates));

    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.update().state()).isEqualTo(FAILED);
    assertThat(failed.update().errorMessage()).contains(cause);
    assertThat(host.savedStates()).containsExactly(PENDING, STARTED, FAILED);
    assertThat(host.status()).isEqualTo(UPGRADE_FAILED);
    assertThat(host.published).last().isEqualTo(UPGRADE_FAILED);
    assertThat(host.published).contains(UPGRADING);
    assertThat(failed.update().errorMessage()).endsWith("version 1.0.0 restored");
    assertThat(check(host.loader.loadChecks(), "GreetingCheck").provider())
        .isEqualTo("greeting 1.0.0");
    assertThat(host.loader.problems()).isEmpty();
    assertThat(greeting().message()).isEqualTo("hello from GreetingCheck");
    assertThat(previousVersions()).isEmpty();
    assertThat(host.status()).isEqualTo(UPGRADE_FAILED);

    UpgradeResult retried = host.upgrade(versionTwo());

    assertThat(retried.succeeded()).isTrue();
    assertThat(host.savedStates()).containsExactly(PENDING, STARTED, SUCCEEDED);
    assertThat(host.status()).isEqualTo(AVAILABLE);
    assertThat(greeting().message()).isEqualTo("hello from version 2");
  }

  @Test
  void installingANewPluginAddsItsChecks() {
    Path verdict =
        plugin("verdict").extensions(VerdictCheck.class).writeJar(updates, "verdict.jar");

    UpgradeResult result = host.install(verdict);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.previousVersion()).isEmpty();
    assertThat(providedIds(host.loader.loadChecks()))
        .containsExactlyInAnyOrder("GreetingCheck", "VerdictCheck");
    assertThat(plugins.resolve("verdict.jar")).exists();
  }

  @Test
  void installingAPluginWhoseIdIsInstalledIsRefusedAndChangesNothing() {
    Path v2 = versionTwo();

    assertThatThrownBy(() -> host.install(v2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plugin greeting is already installed (version 1.0.0)");
    assertThat(host.saved).isEmpty();
    assertThat(host.folder.installed("greeting").orElseThrow().version()).isEqualTo("1.0.0");
  }

  @Test
  void removingAPluginStopsItsChecksAndKeepsItsJar() {
    InstalledPlugin removed = host.catalog.remove("greeting");

    assertThat(removed.version()).isEqualTo("1.0.0");
    assertThat(providedIds(host.loader.loadChecks())).isEmpty();
    assertThat(host.catalog.listPlugins())
        .extracting(InstalledPlugin::id, InstalledPlugin::active)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("greeting", false));
  }

  @Test
  void onlyTheLastThreeVersionsAreKept() {
    for (int major = 2; major <= 6; major++) {
      Path jar =
          plugin("greeting")
              .version(major + ".0.0")
              .extensions(GreetingCheckV2.class)
              .writeJar(updates, "greeting-" + major + ".jar");
      assertThat(host.upgrade(jar).succeeded()).isTrue();
    }

    assertThat(host.folder.installed("greeting").orElseThrow().version()).isEqualTo("6.0.0");
    assertThat(previousVersions()).containsExactly("5.0.0", "4.0.0", "3.0.0");
  }

  private Path versionTwo() {
    return plugin("greeting")
        .version("2.0.0")
        .extensions(GreetingCheckV2.class)
        .writeJar(updates, "greeting.jar");
  }

  private CheckResult greeting() {
    CheckResult result =
        host.cycle().stream()
            .filter(r -> r.id().value().equals("GreetingCheck"))
            .findFirst()
            .orElseThrow();
    assertThat(result.outcome()).isEqualTo(CheckOutcome.SUCCEEDED);
    return result;
  }

  private List<String> previousVersions() {
    return host.folder.list().stream()
        .filter(plugin -> !plugin.active())
        .map(InstalledPlugin::version)
        .toList();
  }
}
