package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.NOW;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.check;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.ids;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.loader;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.providedIds;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.plugin.fixture.DomainJoinedStandIn;
import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.adapter.out.plugin.fixture.VerdictCheck;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.FailureEffect;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pf4jHealthCheckLoaderTest {

  @TempDir Path plugins;

  @AfterEach
  void closeLoaders() {
    PluginFolderFixture.closeAll();
  }

  @Test
  void aGoodPluginProvidesEachOfItsChecksWithDefinitionOptionsAndProvider() {
    plugin("good")
        .version("2.3.4")
        .extensions(GreetingCheck.class, VerdictCheck.class)
        .writeJar(plugins, "good.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);
    List<RunnableCheck> checks = loader.loadChecks();

    assertThat(loader.problems()).isEmpty();
    assertThat(providedIds(checks)).containsExactly("GreetingCheck", "VerdictCheck");
    RunnableCheck greeting = check(checks, "GreetingCheck");
    CheckDefinition expected =
        new CheckDefinition(
            CheckId.of("GreetingCheck"),
            "Greeting",
            "the plugin says hello",
            FailureEffect.NEEDS_ASSISTANCE,
            "make the plugin say hello",
            Duration.ofSeconds(3));
    assertThat(greeting.definition()).isEqualTo(expected);
    assertThat(greeting.options()).isEqualTo(CheckOptions.defaultsFor(expected));
    assertThat(greeting.provider()).isEqualTo("good 2.3.4");
    RunnableCheck verdict = check(checks, "VerdictCheck");
    assertThat(verdict.definition().defaultEffect()).isEqualTo(FailureEffect.UNAVAILABLE);
    assertThat(verdict.definition().defaultTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(verdict.provider()).isEqualTo("good 2.3.4");
  }

  @Test
  void runningAPluginCheckGivesItsVerdictAsAReport() throws Exception {
    plugin("good").extensions(GreetingCheck.class, VerdictCheck.class).writeJar(plugins, "g.jar");
    List<RunnableCheck> checks = loader(plugins).loadChecks();
    Instant deadline = NOW.plusSeconds(3);

    CheckReport greeting = check(checks, "GreetingCheck").runner().run(deadline);
    CheckReport verdict = check(checks, "VerdictCheck").runner().run(deadline);

    assertThat(greeting.outcome()).isEqualTo(CheckOutcome.SUCCEEDED);
    assertThat(greeting.errorCode()).isZero();
    assertThat(greeting.message()).isEqualTo("hello from GreetingCheck");
    assertThat(greeting.details())
        .containsEntry("greeting", "hello")
        .containsEntry("deadline", deadline.toString())
        .containsEntry("now", NOW.toString())
        .containsEntry("contextLoaderIsPlugin", "true");
    assertThat(greeting.effect()).isEmpty();
    assertThat(verdict).isEqualTo(CheckReport.passed("all good"));
  }

  @Test
  void checksAreOrderedByKnownCodeThenById() {
    plugin("z-plugin")
        .extensions(VerdictCheck.class, GreetingCheck.class)
        .writeJar(plugins, "z.jar");
    plugin("a-plugin").extensions(DomainJoinedStandIn.class).writeJar(plugins, "a.jar");

    List<RunnableCheck> checks = loader(plugins).loadChecks();

    assertThat(ids(checks))
        .containsExactly(
            "DomainJoinedCheck",
            "DomainTrustCheck",
            "SxSStackListenerCheck",
            "UrlsAccessibleCheck",
            "MonitoringAgentCheck",
            "MetaDataServiceCheck",
            "AppAttachHealthCheck",
            "GreetingCheck",
            "VerdictCheck");
    assertThat(check(checks, "DomainJoinedCheck").provider()).isEqualTo("a-plugin 1.0.0");
  }

  @Test
  void anEmptyFolderLoadsWithoutProblems() {
    Pf4jHealthCheckLoader loader = loader(plugins);

    assertThat(providedIds(loader.loadChecks())).isEmpty();
    assertThat(loader.problems()).isEmpty();
  }
}
