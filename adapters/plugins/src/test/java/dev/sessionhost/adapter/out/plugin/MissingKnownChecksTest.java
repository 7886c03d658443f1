package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.NOW;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.check;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.ids;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.loader;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.options;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.plugin.fixture.DomainJoinedStandIn;
import dev.sessionhost.adapter.out.plugin.fixture.StartFailsPlugin;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.KnownCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingKnownChecksTest {

  @TempDir Path plugins;

  @AfterEach
  void closeLoaders() {
    PluginFolderFixture.closeAll();
  }

  @Test
  void everyDefaultKnownCheckThatNoPluginProvidesReportsUnknown() throws Exception {
    List<RunnableCheck> checks = loader(plugins).loadChecks();

    assertThat(ids(checks))
        .containsExactly(
            "DomainJoinedCheck",
            "DomainTrustCheck",
            "SxSStackListenerCheck",
            "UrlsAccessibleCheck",
            "MonitoringAgentCheck",
            "MetaDataServiceCheck",
            "AppAttachHealthCheck");
    RunnableCheck joined = check(checks, "DomainJoinedCheck");
    assertThat(joined.provider()).isEqualTo("missing");
    assertThat(joined.definition()).isEqualTo(KnownCheck.DOMAIN_JOINED.definition());
    assertThat(joined.options()).isEqualTo(CheckOptions.defaultsFor(joined.definition()));
    assertThat(joined.runner().run(NOW.plusSeconds(1)))
        .isEqualTo(CheckReport.unknown("no loaded plugin provides this check"));
  }

  @Test
  void theMissingCheckNamesThePluginThatFailedToProvideIt() throws Exception {
    plugin("domain-joined")
        .pluginClass(StartFailsPlugin.class)
        .extensions(DomainJoinedStandIn.class)
        .writeJar(plugins, "domain-joined.jar");
    TestPluginJar.writeGarbage(plugins, "junk.jar");

    List<RunnableCheck> checks = loader(plugins).loadChecks();

    CheckReport joined = check(checks, "DomainJoinedCheck").runner().run(NOW.plusSeconds(1));
    CheckReport trust = check(checks, "DomainTrustCheck").runner().run(NOW.plusSeconds(1));
    assertThat(joined.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(joined.message())
        .isEqualTo(
            "no loaded plugin provides this check (plugin domain-joined failed:"
                + " start() failed: IllegalStateException: boom)");
    assertThat(trust.message())
        .isEqualTo(
            "no loaded plugin provides this check (plugin junk.jar failed: cannot open: zip END"
                + " header not found; plugin domain-joined failed: start() failed:"
                + " IllegalStateException: boom)");
  }

  @Test
  void aKnownCheckDisabledInTheConfigurationIsNotExpected() {
    List<RunnableCheck> checks =
        loader(
                options(plugins)
                    .withChecks(
                        Map.of("DomainJoinedCheck", CheckConfiguration.NONE.withEnabled(false))))
            .loadChecks();

    assertThat(ids(checks)).doesNotContain("DomainJoinedCheck").contains("DomainTrustCheck");
  }

  @Test
  void aKnownCheckOffByDefaultIsExpectedWhenTheConfigurationEnablesIt() {
    List<RunnableCheck> checks =
        loader(
                options(plugins)
                    .withChecks(
                        Map.of("FSLogixHealthCheck", CheckConfiguration.NONE.withEnabled(true))))
            .loadChecks();

    assertThat(ids(checks)).contains("FSLogixHealthCheck").doesNotContain("DomainReachable");
    assertThat(check(checks, "FSLogixHealthCheck").options().enabled()).isTrue();
  }

  @Test
  void aMissingCheckOfADisabledPluginSaysThePluginIsDisabled() throws Exception {
    plugin("domain-joined").extensions(DomainJoinedStandIn.class).writeJar(plugins, "dj.jar");

    List<RunnableCheck> checks =
        loader(options(plugins).withDisabledPlugins(Set.of("domain-joined"))).loadChecks();

    assertThat(check(checks, "DomainJoinedCheck").runner().run(NOW.plusSeconds(1)).message())
        .isEqualTo(
            "no loaded plugin provides this check"
                + " (plugin domain-joined is disabled in the configuration)");
  }

  @Test
  void aMissingPluginsFolderIsReportedAndNamedByTheMissingChecks() throws Exception {
    Path absent = plugins.resolve("absent");

    Pf4jHealthCheckLoader loader = loader(absent);

    assertThat(loader.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.plugin()).isEqualTo(absent.toString());
              assertThat(problem.reason()).isEqualTo("the plugins folder does not exist");
            });
    assertThat(check(loader.loadChecks(), "SxSStackListenerCheck").runner().run(NOW).message())
        .contains("the plugins folder does not exist");
  }
}
