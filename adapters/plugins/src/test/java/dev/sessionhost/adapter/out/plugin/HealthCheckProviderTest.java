package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.NOW;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.check;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.loader;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.options;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.providedIds;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.plugin.fixture.EchoCheckProvider;
import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.adapter.out.plugin.fixture.ThrowingCheckProvider;
import dev.sessionhost.adapter.out.plugin.fixture.VerdictCheck;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.Measurement;
import dev.sessionhost.domain.health.PluginProblem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that plugins make from configuration sections through a HealthCheckProvider. */
class HealthCheckProviderTest {

  @TempDir Path plugins;

  @AfterEach
  void closeLoaders() {
    PluginFolderFixture.closeAll();
  }

  private Pf4jHealthCheckLoader loaderWith(List<Map<String, Object>> echoChecks) {
    return loader(options(plugins).withSections(Map.of("echoChecks", echoChecks)));
  }

  @Test
  void aProviderMakesOneCheckPerEntryWithDefinitionOptionsAndProvider() {
    plugin("echo").version("1.2.0").extensions(EchoCheckProvider.class).writeJar(plugins, "e.jar");

    Pf4jHealthCheckLoader loader =
        loaderWith(List.of(Map.of("name", "EchoOne"), Map.of("name", "EchoTwo", "value", "42")));
    List<RunnableCheck> checks = loader.loadChecks();

    assertThat(loader.problems()).isEmpty();
    assertThat(providedIds(checks)).containsExactly("EchoOne", "EchoTwo");
    RunnableCheck one = check(checks, "EchoOne");
    assertThat(one.definition())
        .isEqualTo(
            new CheckDefinition(
                CheckId.of("EchoOne"),
                "Echo EchoOne",
                "the entry echoes",
                FailureEffect.NEEDS_ASSISTANCE,
                "fix the entry",
                Duration.ofSeconds(10)));
    assertThat(one.provider()).isEqualTo("echo 1.2.0");
    assertThat(check(checks, "EchoTwo").provider()).isEqualTo("echo 1.2.0");
  }

  @Test
  void aProvidedChecksVerdictBringsItsMeasurementsIntoTheReport() throws Exception {
    plugin("echo").extensions(EchoCheckProvider.class).writeJar(plugins, "e.jar");

    List<RunnableCheck> checks =
        loaderWith(List.of(Map.of("name", "EchoOne"), Map.of("name", "EchoTwo", "value", "42.5")))
            .loadChecks();
    CheckReport plain = check(checks, "EchoOne").runner().run(NOW.plusSeconds(5));
    CheckReport measured = check(checks, "EchoTwo").runner().run(NOW.plusSeconds(5));

    assertThat(plain.measurements()).isEmpty();
    assertThat(measured.message()).isEqualTo("echo from EchoTwo");
    assertThat(measured.measurements())
        .containsExactly(
            new Measurement(
                "used", 42.5, "%", "80", "90", OptionalDouble.of(0), OptionalDouble.of(100)),
            Measurement.of("time", 0.25, "s"));
  }

  @Test
  void theOperatorsPerCheckConfigurationAppliesToProvidedChecks() {
    plugin("echo").extensions(EchoCheckProvider.class).writeJar(plugins, "e.jar");
    PluginRuntimeOptions options =
        options(plugins)
            .withSections(Map.of("echoChecks", List.of(Map.of("name", "EchoOne"))))
            .withChecks(
                Map.of(
                    "EchoOne",
                    CheckConfiguration.NONE
                        .withTimeout(Duration.ofSeconds(4))
                        .withFailureEffect(FailureEffect.UNAVAILABLE)));

    RunnableCheck one = check(loader(options).loadChecks(), "EchoOne");

    assertThat(one.options().timeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(one.options().effect()).isEqualTo(FailureEffect.UNAVAILABLE);
  }

  @Test
  void aProviderWithoutItsSectionProvidesNothingAndThatIsNoProblem() {
    plugin("echo").extensions(EchoCheckProvider.class).writeJar(plugins, "e.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);

    assertThat(providedIds(loader.loadChecks())).isEmpty();
    assertThat(loader.problems()).isEmpty();
  }

  @Test
  void aWrongEntryIsAProblemNamingSectionEntryAndKeyAndNoneOfTheProvidersChecksLoad() {
    plugin("echo")
        .extensions(EchoCheckProvider.class, VerdictCheck.class)
        .writeJar(plugins, "e.jar");
    plugin("good").extensions(GreetingCheck.class).writeJar(plugins, "g.jar");

    Pf4jHealthCheckLoader loader =
        loaderWith(List.of(Map.of("name", "EchoOne"), Map.of("value", "3")));

    assertThat(loader.problems())
        .containsExactly(
            new PluginProblem(
                "echo",
                "cannot load the checks of configuration section echoChecks: configuration error:"
                    + " setting 'name' of echoChecks[1]: expected a non-empty text, found nothing;"
                    + " fix echoChecks[1].name"));
    assertThat(providedIds(loader.loadChecks())).containsExactly("GreetingCheck", "VerdictCheck");
  }

  @Test
  void aWrongEntryIsAConfigurationErrorNamingItsKeyAndTheFile() {
    plugin("echo").extensions(EchoCheckProvider.class).writeJar(plugins, "e.jar");

    Pf4jHealthCheckLoader loader =
        loader(
            options(plugins)
                .withSections(Map.of("echoChecks", List.of(Map.of("name", "EchoOne"), Map.of())))
                .withConfigFile("conf/sessionhost.yaml"));

    assertThat(loader.invalidSettings())
        .containsExactly(
            new InvalidSetting(
                "echoChecks[1].name",
                "a non-empty text",
                "nothing",
                "setting 'name' of echoChecks[1]: expected a non-empty text, found nothing"));
    assertThat(loader.problems())
        .singleElement()
        .extracting(PluginProblem::reason)
        .asString()
        .endsWith("; fix echoChecks[1].name in conf/sessionhost.yaml");
  }

  @Test
  void aProviderThatThrowsOtherwiseIsNoConfigurationError() {
    plugin("broken").extensions(ThrowingCheckProvider.class).writeJar(plugins, "b.jar");

    Pf4jHealthCheckLoader loader = loaderWith(List.of());

    assertThat(loader.problems()).hasSize(1);
    assertThat(loader.invalidSettings()).isEmpty();
  }

  @Test
  void aProviderThatThrowsIsAProblemOfItsPluginWhileOtherPluginsLoad() {
    plugin("broken").extensions(ThrowingCheckProvider.class).writeJar(plugins, "b.jar");
    plugin("echo").extensions(EchoCheckProvider.class).writeJar(plugins, "e.jar");

    Pf4jHealthCheckLoader loader = loaderWith(List.of(Map.of("name", "EchoOne")));

    assertThat(loader.problems())
        .containsExactly(
            new PluginProblem(
                "broken",
                "cannot load the checks of configuration section brokenChecks:"
                    + " IllegalStateException: no checks today"));
    assertThat(providedIds(loader.loadChecks())).containsExactly("EchoOne");
  }

  @Test
  void aProvidedCheckWhoseIdIsTakenIsReportedLikeAnyDuplicate() {
    plugin("good").extensions(GreetingCheck.class).writeJar(plugins, "a.jar");
    plugin("echo").extensions(EchoCheckProvider.class).writeJar(plugins, "b.jar");

    Pf4jHealthCheckLoader loader =
        loaderWith(List.of(Map.of("name", "GreetingCheck"), Map.of("name", "EchoOne")));

    assertThat(loader.problems())
        .containsExactly(
            new PluginProblem("echo", "check id GreetingCheck is already provided by plugin good"));
    assertThat(providedIds(loader.loadChecks())).containsExactly("EchoOne", "GreetingCheck");
    assertThat(check(loader.loadChecks(), "GreetingCheck").provider()).isEqualTo("good 1.0.0");
  }
}
