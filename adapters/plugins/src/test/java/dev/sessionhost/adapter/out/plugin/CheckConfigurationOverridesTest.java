package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.NOW;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.check;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.loader;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.options;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.providedIds;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.adapter.out.plugin.fixture.RecordingPlugin;
import dev.sessionhost.adapter.out.plugin.fixture.VerdictCheck;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.Thresholds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckConfigurationOverridesTest {

  @TempDir Path plugins;

  @BeforeEach
  void writePlugin() {
    plugin("good").extensions(GreetingCheck.class, VerdictCheck.class).writeJar(plugins, "g.jar");
  }

  @AfterEach
  void closeLoaders() {
    PluginFolderFixture.closeAll();
    System.clearProperty(RecordingPlugin.STATE);
  }

  @Test
  void theOperatorsConfigurationOverridesTheChecksDefaults() {
    CheckConfiguration greeting =
        CheckConfiguration.NONE
            .withEnabled(false)
            .withTimeout(Duration.ofSeconds(5))
            .withInterval(Duration.ofMinutes(1))
            .withThresholds(3, 2)
            .withFailureEffect(FailureEffect.NONE);
    CheckConfiguration defaults =
        CheckConfiguration.NONE.withTimeout(Duration.ofSeconds(20)).withThresholds(2, 1);

    List<RunnableCheck> checks =
        loader(
                options(plugins)
                    .withDefaults(defaults)
                    .withChecks(Map.of("GreetingCheck", greeting)))
            .loadChecks();

    assertThat(check(checks, "GreetingCheck").options())
        .isEqualTo(
            new CheckOptions(
                false,
                FailureEffect.NONE,
                Duration.ofSeconds(5),
                Optional.of(Duration.ofMinutes(1)),
                new Thresholds(3, 2)));
    assertThat(check(checks, "VerdictCheck").options())
        .isEqualTo(
            new CheckOptions(
                true,
                FailureEffect.UNAVAILABLE,
                Duration.ofSeconds(20),
                Optional.empty(),
                new Thresholds(2, 1)));
  }

  @Test
  void settingsReachTheCheckWithItsOwnOverTheDefaults() throws Exception {
    PluginRuntimeOptions options =
        options(plugins)
            .withDefaults(CheckConfiguration.ofSettings(Map.of("greeting", "hi", "file", "/etc")))
            .withChecks(
                Map.of("GreetingCheck", CheckConfiguration.ofSettings(Map.of("greeting", "hey"))))
            .withProbes(Map.of(dev.sessionhost.plugin.api.FileProbe.class, new FakeFileProbe()));

    CheckReport report =
        check(loader(options).loadChecks(), "GreetingCheck").runner().run(NOW.plusSeconds(1));

    assertThat(report.details())
        .containsEntry("greeting", "hey")
        .containsEntry("file", "/etc seen");
  }

  @Test
  void aVerdictsSeverityBecomesTheReportsEffectUnlessTheOperatorChoseOne() throws Exception {
    CheckConfiguration failing =
        CheckConfiguration.ofSettings(Map.of("verdict", "failed", "severity", "INFORMATIONAL"));

    CheckReport judged =
        check(
                loader(options(plugins).withChecks(Map.of("VerdictCheck", failing))).loadChecks(),
                "VerdictCheck")
            .runner()
            .run(NOW.plusSeconds(1));
    CheckReport operatorWins =
        check(
                loader(
                        options(plugins)
                            .withChecks(
                                Map.of(
                                    "VerdictCheck",
                                    failing.withFailureEffect(FailureEffect.NEEDS_ASSISTANCE))))
                    .loadChecks(),
                "VerdictCheck")
            .runner()
            .run(NOW.plusSeconds(1));

    assertThat(judged.effect()).contains(FailureEffect.NONE);
    assertThat(operatorWins.effect()).isEmpty();
  }

  @Test
  void aPluginDisabledByIdIsNeitherStartedNorReported() {
    plugin("off")
        .pluginClass(RecordingPlugin.class)
        .extensions(GreetingCheck.class)
        .writeJar(plugins, "off.jar");
    plugin("good").extensions(VerdictCheck.class).writeJar(plugins, "g.jar");

    Pf4jHealthCheckLoader loader = loader(options(plugins).withDisabledPlugins(Set.of("off")));

    assertThat(providedIds(loader.loadChecks())).containsExactly("VerdictCheck");
    assertThat(loader.problems()).isEmpty();
    assertThat(loader.disabledPlugins()).containsExactly("off");
    assertThat(System.getProperty(RecordingPlugin.STATE)).isNull();
  }

  @Test
  void aDisabledPluginIsNotCheckedAgainstTheSdkVersion() {
    plugin("future-off")
        .requires(">=9.0.0")
        .extensions(GreetingCheck.class)
        .writeJar(plugins, "f.jar");

    Pf4jHealthCheckLoader loader =
        loader(options(plugins).withDisabledPlugins(Set.of("future-off")));

    assertThat(loader.problems()).isEmpty();
    assertThat(loader.disabledPlugins()).containsExactly("future-off");
  }
}
