package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.check;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.loader;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.providedIds;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.plugin.fixture.BrokenDescriptorCheck;
import dev.sessionhost.adapter.out.plugin.fixture.ConstructorThrowsCheck;
import dev.sessionhost.adapter.out.plugin.fixture.DomainJoinedStandIn;
import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.adapter.out.plugin.fixture.StartFailsPlugin;
import dev.sessionhost.adapter.out.plugin.fixture.VerdictCheck;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.plugin.api.SdkVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PluginFailureIsolationTest {

  @TempDir Path plugins;

  @AfterEach
  void closeLoaders() {
    PluginFolderFixture.closeAll();
  }

  static Stream<Arguments> brokenPlugins() {
    return Stream.of(
        broken(
            "a corrupt jar",
            dir -> TestPluginJar.writeGarbage(dir, "corrupt.jar"),
            new PluginProblem("corrupt.jar", "cannot open: zip END header not found")),
        broken(
            "a corrupt zip",
            dir -> TestPluginJar.writeGarbage(dir, "corrupt.zip"),
            new PluginProblem("corrupt.zip", "cannot open: zip END header not found")),
        broken(
            "a jar without manifest",
            dir ->
                plugin("x")
                    .withoutManifest()
                    .extensions(VerdictCheck.class)
                    .writeJar(dir, "bare.jar"),
            new PluginProblem("bare.jar", "not a plugin: no META-INF/MANIFEST.MF")),
        broken(
            "a jar whose manifest has no Plugin-Id",
            dir -> plugin(null).extensions(VerdictCheck.class).writeJar(dir, "anonymous.jar"),
            new PluginProblem(
                "anonymous.jar", "not a plugin: no Plugin-Id in META-INF/MANIFEST.MF")),
        broken(
            "a plugin requiring a newer SDK",
            dir ->
                plugin("future")
                    .requires(">=2.0.0")
                    .extensions(VerdictCheck.class)
                    .writeJar(dir, "future.jar"),
            new PluginProblem(
                "future", "requires SDK >=2.0.0 but this host provides " + SdkVersion.VERSION)),
        broken(
            "a plugin whose start() throws",
            dir ->
                plugin("starter")
                    .pluginClass(StartFailsPlugin.class)
                    .extensions(VerdictCheck.class)
                    .writeJar(dir, "starter.jar"),
            new PluginProblem("starter", "start() failed: IllegalStateException: boom")),
        broken(
            "a plugin whose Plugin-Class is missing",
            dir ->
                plugin("classless")
                    .pluginClassName("com.example.Gone")
                    .extensions(VerdictCheck.class)
                    .writeJar(dir, "classless.jar"),
            new PluginProblem(
                "classless",
                "cannot load Plugin-Class com.example.Gone: ClassNotFoundException:"
                    + " com.example.Gone")),
        broken(
            "an extension whose constructor throws",
            dir ->
                plugin("ctor").extensions(ConstructorThrowsCheck.class).writeJar(dir, "ctor.jar"),
            new PluginProblem(
                "ctor",
                "cannot create extension ConstructorThrowsCheck:"
                    + " IllegalStateException: boom in constructor")),
        broken(
            "an extension whose descriptor is invalid",
            dir -> plugin("desc").extensions(BrokenDescriptorCheck.class).writeJar(dir, "desc.jar"),
            new PluginProblem(
                "desc",
                "descriptor() of BrokenDescriptorCheck failed: IllegalArgumentException: check"
                    + " descriptor id must be a letter followed by up to 127 letters, digits, '_',"
                    + " '.' or '-', found \"9lives\"")),
        broken(
            "a plugin without extension index",
            dir ->
                plugin("silent")
                    .withoutIndex()
                    .extensions(VerdictCheck.class)
                    .writeJar(dir, "s.jar"),
            new PluginProblem(
                "silent", "provides no checks: no META-INF/extensions.idx in the plugin")));
  }

  private static Arguments broken(String what, Consumer<Path> writer, PluginProblem expected) {
    return Arguments.of(what, writer, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPlugins")
  void aBrokenPluginIsReportedAndTheGoodOneStillLoads(
      String what, Consumer<Path> writeBroken, PluginProblem expected) {
    writeBroken.accept(plugins);
    plugin("good").extensions(GreetingCheck.class).writeJar(plugins, "good.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);

    assertThat(loader.problems()).containsExactly(expected);
    assertThat(providedIds(loader.loadChecks())).containsExactly("GreetingCheck");
  }

  @Test
  void theSecondOfTwoPluginsWithOneIdIsReportedAndTheFirstLoads() {
    plugin("twin").extensions(GreetingCheck.class).writeJar(plugins, "twin-a.jar");
    plugin("twin").extensions(VerdictCheck.class).writeJar(plugins, "twin-b.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);

    assertThat(loader.problems())
        .containsExactly(
            new PluginProblem(
                "twin",
                "duplicate Plugin-Id: twin-b.jar was not loaded,"
                    + " the plugin is already loaded from twin-a.jar"));
    assertThat(providedIds(loader.loadChecks())).containsExactly("GreetingCheck");
  }

  @Test
  void aCheckIdAlreadyProvidedByAnotherPluginIsReported() {
    plugin("domain-joined").extensions(DomainJoinedStandIn.class).writeJar(plugins, "a.jar");
    plugin("impostor")
        .extensions(DomainJoinedStandIn.class, GreetingCheck.class)
        .writeJar(plugins, "b.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);

    assertThat(loader.problems())
        .containsExactly(
            new PluginProblem(
                "impostor",
                "check id DomainJoinedCheck is already provided by plugin domain-joined"));
    assertThat(check(loader.loadChecks(), "DomainJoinedCheck").provider())
        .isEqualTo("domain-joined 1.0.0");
    assertThat(check(loader.loadChecks(), "GreetingCheck").provider()).isEqualTo("impostor 1.0.0");
  }

  @Test
  void aPluginWithUnmetDependenciesIsReportedWithoutHarmingThePluginItNames() {
    plugin("base").version("1.0.0").extensions(GreetingCheck.class).writeJar(plugins, "base.jar");
    plugin("orphan").dependsOn("absent").extensions(VerdictCheck.class).writeJar(plugins, "o.jar");
    plugin("too-new")
        .dependsOn("base@>=2.0.0")
        .extensions(DomainJoinedStandIn.class)
        .writeJar(plugins, "t.jar");
    plugin("follower")
        .dependsOn("orphan")
        .extensions(VerdictCheck.class)
        .writeJar(plugins, "f.jar");
    plugin("ping").dependsOn("pong").extensions(VerdictCheck.class).writeJar(plugins, "p1.jar");
    plugin("pong").dependsOn("ping").extensions(VerdictCheck.class).writeJar(plugins, "p2.jar");
    plugin("user")
        .dependsOn("base@>=1.0.0")
        .extensions(VerdictCheck.class)
        .writeJar(plugins, "u.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);

    assertThat(loader.problems())
        .containsExactlyInAnyOrder(
            new PluginProblem("orphan", "depends on plugin absent, which is not installed"),
            new PluginProblem(
                "too-new", "depends on plugin base >=2.0.0 but version 1.0.0 is installed"),
            new PluginProblem("follower", "depends on plugin orphan, which cannot start"),
            new PluginProblem("ping", "is part of a dependency cycle between plugins"),
            new PluginProblem("pong", "is part of a dependency cycle between plugins"));
    assertThat(providedIds(loader.loadChecks())).containsExactly("GreetingCheck", "VerdictCheck");
    assertThat(check(loader.loadChecks(), "VerdictCheck").provider()).isEqualTo("user 1.0.0");
  }

  @Test
  void aPluginRequiringADisabledPluginDoesNotSwitchItBackOn() {
    plugin("base").extensions(GreetingCheck.class).writeJar(plugins, "base.jar");
    plugin("user").dependsOn("base").extensions(VerdictCheck.class).writeJar(plugins, "u.jar");

    Pf4jHealthCheckLoader loader =
        loader(PluginFolderFixture.options(plugins).withDisabledPlugins(java.util.Set.of("base")));

    assertThat(loader.problems())
        .containsExactly(
            new PluginProblem(
                "user", "depends on plugin base, which is disabled in the configuration"));
    assertThat(providedIds(loader.loadChecks())).isEmpty();
    assertThat(loader.disabledPlugins()).containsExactly("base");
  }

  @Test
  void aFailingExtensionDoesNotTakeDownTheOtherChecksOfItsPlugin() {
    plugin("mixed")
        .extensions(ConstructorThrowsCheck.class, GreetingCheck.class)
        .writeJar(plugins, "mixed.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);

    assertThat(loader.problems()).extracting(PluginProblem::plugin).containsExactly("mixed");
    assertThat(providedIds(loader.loadChecks())).containsExactly("GreetingCheck");
  }

  @Test
  void everyBrokenPluginInOneFolderIsReportedWhileTheGoodOnesLoad() {
    brokenPlugins()
        .map(arguments -> (Consumer<?>) arguments.get()[1])
        .forEach(writer -> write(writer));
    plugin("good").extensions(GreetingCheck.class).writeJar(plugins, "good.jar");
    plugin("joined").extensions(DomainJoinedStandIn.class).writeZipWithLib(plugins, "joined.zip");

    Pf4jHealthCheckLoader loader = loader(plugins);

    List<PluginProblem> expected =
        brokenPlugins().map(arguments -> (PluginProblem) arguments.get()[2]).toList();
    assertThat(loader.problems()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(providedIds(loader.loadChecks()))
        .containsExactly("DomainJoinedCheck", "GreetingCheck");
  }

  @SuppressWarnings("unchecked")
  private void write(Consumer<?> writer) {
    ((Consumer<Path>) writer).accept(plugins);
  }
}
