package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.CLOCK;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.adapter.out.plugin.fixture.VerdictCheck;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.ProbeUnavailableException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginCheckRunnerTest {

  private static final String CONFIG_FILE = "conf/sessionhost.yaml";

  private static final ClassLoader PLUGIN_LOADER =
      new URLClassLoader(new URL[0], PluginCheckRunnerTest.class.getClassLoader());

  @Test
  void eachVerdictBecomesTheMatchingReport() throws Exception {
    assertThat(verdict("passed", "")).isEqualTo(CheckReport.passed("all good"));
    assertThat(verdict("failed", ""))
        .isEqualTo(new CheckReport(CheckOutcome.FAILED, 7, "it failed", Map.of("where", "here")));
    assertThat(verdict("undetermined", "")).isEqualTo(CheckReport.unknown("could not tell"));
  }

  @Test
  void aNullVerdictIsLeftToTheExecutor() throws Exception {
    assertThat(verdict("null", "")).isNull();
  }

  @Test
  void whatTheCheckThrowsPropagates() {
    assertThatThrownBy(() -> verdict("throw", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("thrown by the check");
  }

  @Test
  void anInvalidSettingIsAConfigurationErrorWithTheKeyAndFileToFix() throws Exception {
    CheckConfiguration own = settings(Map.of("verdict", "limited", "limit", 150));

    CheckReport report =
        runner(new VerdictCheck(), new ConfiguredCheck(CheckConfiguration.NONE, own), CONFIG_FILE)
            .run(NOW.plusSeconds(1));

    assertThat(report.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(report.message())
        .isEqualTo(
            "configuration error: setting 'limit' of VerdictCheck: expected a whole number"
                + " between 0 and 100, found 150");
    assertThat(report.remediation())
        .contains(
            "Fix the configuration: checks.VerdictCheck.settings.limit in conf/sessionhost.yaml"
                + " (expected a whole number between 0 and 100).");
  }

  @Test
  void anInvalidSettingOnlyTheDefaultsGiveIsToBeFixedInTheDefaults() throws Exception {
    ConfiguredCheck configured =
        new ConfiguredCheck(
            settings(Map.of("limit", "lots")), settings(Map.of("verdict", "limited")));

    CheckReport report = runner(new VerdictCheck(), configured).run(NOW.plusSeconds(1));

    assertThat(report.remediation().orElseThrow())
        .startsWith("Fix the configuration: checks.defaults.settings.limit (expected");
  }

  @Test
  void aMissingSettingInANestedSectionIsNamedByItsPath() throws Exception {
    CheckConfiguration own =
        settings(
            Map.of(
                "verdict",
                "packages",
                "packages",
                List.of(Map.of("path", "/a"), Map.of("name", "b"))));

    CheckReport report =
        runner(new VerdictCheck(), new ConfiguredCheck(CheckConfiguration.NONE, own))
            .run(NOW.plusSeconds(1));

    assertThat(report.message())
        .isEqualTo(
            "configuration error: setting 'packages[1].path' of VerdictCheck: expected a"
                + " non-empty text, found nothing");
    assertThat(report.remediation().orElseThrow())
        .startsWith("Fix the configuration: checks.VerdictCheck.settings.packages[1].path (");
  }

  @Test
  void aReportOfAValidRunLeavesTheChecksRemediation() throws Exception {
    assertThat(verdict("failed", "").remediation()).isEmpty();
  }

  @Test
  void eachVerdictSeverityMapsToAnEffect() throws Exception {
    assertThat(verdict("failed", "FATAL").effect()).contains(FailureEffect.UNAVAILABLE);
    assertThat(verdict("failed", "NON_FATAL").effect()).contains(FailureEffect.NEEDS_ASSISTANCE);
    assertThat(verdict("failed", "INFORMATIONAL").effect()).contains(FailureEffect.NONE);
  }

  @Test
  void anEffectTheOperatorConfiguredInTheDefaultsAlsoOverridesTheVerdictsSeverity()
      throws Exception {
    ConfiguredCheck configured =
        new ConfiguredCheck(
            CheckConfiguration.NONE.withFailureEffect(FailureEffect.UNAVAILABLE),
            settings(Map.of("verdict", "failed", "severity", "INFORMATIONAL")));

    CheckReport report = runner(new VerdictCheck(), configured).run(NOW.plusSeconds(1));

    assertThat(report.effect()).isEmpty();
  }

  @Test
  void theCheckRunsWithThePluginsContextClassLoaderWhichIsRestoredAfterwards() throws Exception {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    ClassLoader[] seen = new ClassLoader[1];
    HealthCheck spy =
        new GreetingCheck() {
          @Override
          public dev.sessionhost.plugin.api.CheckVerdict run(
              dev.sessionhost.plugin.api.CheckContext context) {
            seen[0] = Thread.currentThread().getContextClassLoader();
            return super.run(context);
          }
        };

    runner(spy, none()).run(NOW.plusSeconds(1));

    assertThat(seen[0]).isSameAs(PLUGIN_LOADER);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
  }

  @Test
  void aProbeTheEnvironmentLacksIsReportedWithTheEnvironmentsName() {
    PluginCheckRunner runner =
        runner(
            new GreetingCheck(),
            new ConfiguredCheck(CheckConfiguration.NONE, settings(Map.of("needsService", true))));

    assertThatThrownBy(() -> runner.run(NOW.plusSeconds(1)))
        .isInstanceOf(ProbeUnavailableException.class)
        .hasMessageContaining(PluginFolderFixture.ENVIRONMENT);
  }

  private static CheckReport verdict(String verdict, String severity) throws Exception {
    Map<String, Object> values =
        severity.isEmpty()
            ? Map.of("verdict", verdict)
            : Map.of("verdict", verdict, "severity", severity);
    return runner(
            new VerdictCheck(), new ConfiguredCheck(CheckConfiguration.NONE, settings(values)))
        .run(NOW.plusSeconds(1));
  }

  private static ConfiguredCheck none() {
    return new ConfiguredCheck(CheckConfiguration.NONE, CheckConfiguration.NONE);
  }

  private static CheckConfiguration settings(Map<String, ?> values) {
    return CheckConfiguration.ofSettings(values);
  }

  private static PluginCheckRunner runner(HealthCheck check, ConfiguredCheck configured) {
    return runner(check, configured, "");
  }

  private static PluginCheckRunner runner(
      HealthCheck check, ConfiguredCheck configured, String configFile) {
    PluginRuntimeOptions options =
        PluginFolderFixture.options(Path.of("unused")).withConfigFile(configFile);
    return new PluginCheckRunner(
        check, check.descriptor().id(), PLUGIN_LOADER, configured, options, CLOCK);
  }
}
