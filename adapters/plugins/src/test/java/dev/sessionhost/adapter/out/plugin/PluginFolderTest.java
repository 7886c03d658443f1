package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.CLOCK;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.check;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.loader;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.providedIds;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheckV2;
import dev.sessionhost.adapter.out.plugin.fixture.StartFailsPlugin;
import dev.sessionhost.adapter.out.plugin.fixture.VerdictCheck;
import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.out.PluginInstallationException;
import dev.sessionhost.application.port.out.PluginInstallationPort;
import dev.sessionhost.application.port.out.PluginPackage;
import dev.sessionhost.domain.update.UpdateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginFolderTest {

  private static final UpdateStatus STARTED = UpdateStatus.started(CLOCK.instant());

  @TempDir Path plugins;
  @TempDir Path elsewhere;
  private Pf4jHealthCheckLoader loader;
  private PluginFolder folder;

  @BeforeEach
  void openFolder() {
    loader = loader(plugins);
    folder = new PluginFolder(plugins, loader, CLOCK);
  }

  @AfterEach
  void cleanUp() {
    PluginFolderFixture.closeAll();
  }

  @Test
  void inspectReadsTheIdAndVersionOfAJar() {
    Path jar =
        plugin("greeting")
            .version("1.2.3")
            .extensions(GreetingCheck.class)
            .writeJar(elsewhere, "greeting.jar");

    assertThat(folder.inspect(jar)).isEqualTo(new PluginPackage(jar, "greeting", "1.2.3"));
  }

  @Test
  void inspectNamesTheFileAndTheProblem() throws IOException {
    Path garbage = TestPluginJar.writeGarbage(elsewhere, "broken.jar");
    Path noId = plugin(null).extensions(GreetingCheck.class).writeJar(elsewhere, "anonymous.jar");
    Path directory = Files.createDirectory(elsewhere.resolve("folder.jar"));

    assertThatThrownBy(() -> folder.inspect(elsewhere.resolve("missing.jar")))
        .isInstanceOf(PluginInstallationException.class)
        .hasMessageStartingWith("missing.jar does not exist");
    assertThatThrownBy(() -> folder.inspect(directory))
        .isInstanceOf(PluginInstallationException.class)
        .hasMessage("folder.jar is not a regular file");
    assertThatThrownBy(() -> folder.inspect(garbage))
        .isInstanceOf(PluginInstallationException.class)
        .hasMessageStartingWith("broken.jar is not a jar file: ");
    assertThatThrownBy(() -> folder.inspect(noId))
        .isInstanceOf(PluginInstallationException.class)
        .hasMessage(
            "anonymous.jar has no valid plugin descriptor:"
                + " not a plugin: no Plugin-Id in META-INF/MANIFEST.MF");
  }

  @Test
  void onlyTopLevelJarsAreInstalledOrLoaded() throws IOException {
    plugin("greeting").extensions(GreetingCheck.class).writeJar(plugins, "greeting.jar");
    for (String reserved : List.of("previous", "updates", ".staging")) {
      Path sub = Files.createDirectories(plugins.resolve(reserved));
      plugin("verdict-" + reserved.replace(".", ""))
          .extensions(VerdictCheck.class)
          .writeJar(sub, "verdict.jar");
    }
    plugin("zipped").extensions(VerdictCheck.class).writeZipWithLib(plugins, "updates.zip");

    assertThat(folder.installed("greeting")).isPresent();
    assertThat(folder.installed("verdict-updates")).isEmpty();
    assertThat(loader.problems()).isEmpty();
    assertThat(providedIds(loader.loadChecks())).containsExactly("GreetingCheck");
  }

  @Test
  void aSwapLoadsTheNewVersionAndACommitKeepsTheOldOneInPrevious() throws IOException {
    plugin("greeting").extensions(GreetingCheck.class).writeJar(plugins, "greeting.jar");
    Path v2 =
        plugin("greeting")
            .version("2.0.0")
            .extensions(GreetingCheckV2.class)
            .writeJar(elsewhere, "greeting.jar");
    assertThat(check(loader.loadChecks(), "GreetingCheck").provider()).isEqualTo("greeting 1.0.0");

    PluginInstallationPort.Swap swap = folder.swapIn(folder.inspect(v2));
    String providerAfterSwap = check(loader.loadChecks(), "GreetingCheck").provider();
    swap.commit();

    assertThat(providerAfterSwap).isEqualTo("greeting 2.0.0");
    assertThat(swap.loadProblem()).isEmpty();
    assertThat(folder.installed("greeting").orElseThrow().version()).isEqualTo("2.0.0");
    assertThat(fileNames(plugins.resolve("previous")))
        .containsExactly("greeting-1.0.0-20260301100000.jar");
    assertThat(fileNames(plugins.resolve(".staging"))).isEmpty();
    assertThat(v2).exists();
  }

  @Test
  void aJarReplacedUnderTheSameNameIsReadAfresh() throws Exception {
    plugin("greeting").extensions(GreetingCheck.class).writeJar(plugins, "greeting.jar");
    Path v2 =
        plugin("greeting")
            .version("2.0.0")
            .extensions(GreetingCheckV2.class)
            .writeJar(elsewhere, "greeting.jar");
    loader.loadChecks();

    folder.swapIn(folder.inspect(v2)).commit();

    assertThat(fileNames(plugins)).contains("greeting.jar");
    var report =
        check(loader.loadChecks(), "GreetingCheck")
            .runner()
            .run(PluginFolderFixture.NOW.plusSeconds(5));
    assertThat(report.message()).isEqualTo("hello from version 2");
  }

  @Test
  void aRollBackRestoresTheOldJarAndReloads() throws IOException {
    plugin("greeting").extensions(GreetingCheck.class).writeJar(plugins, "greeting-1.jar");
    Path v2 =
        plugin("greeting")
            .version("2.0.0")
            .pluginClass(StartFailsPlugin.class)
            .extensions(GreetingCheckV2.class)
            .writeJar(elsewhere, "greeting-2.jar");

    PluginInstallationPort.Swap swap = folder.swapIn(folder.inspect(v2));
    var problem = swap.loadProblem();
    swap.rollBack();

    assertThat(problem).hasValueSatisfying(p -> assertThat(p).contains("start() failed", "boom"));
    assertThat(fileNames(plugins)).containsExactly("greeting-1.jar");
    assertThat(check(loader.loadChecks(), "GreetingCheck").provider()).isEqualTo("greeting 1.0.0");
    assertThat(loader.problems()).isEmpty();
    assertThat(plugins.resolve("previous")).doesNotExist();
  }

  @Test
  void anUnmetRequirementIsRefusedAtInspectionBeforeAnythingMoves() {
    Path jar =
        plugin("future")
            .requires(">=9.0.0")
            .extensions(VerdictCheck.class)
            .writeJar(elsewhere, "future.jar");

    assertThatThrownBy(() -> folder.inspect(jar))
        .isInstanceOf(PluginInstallationException.class)
        .hasMessageContaining("future.jar: requires SDK >=9.0.0 but this host provides");
    assertThat(folder.installed("future")).isEmpty();
    assertThat(fileNames(plugins)).isEmpty();
  }

  @Test
  void removingMovesTheJarToPreviousAndUnloadsIt() {
    plugin("greeting").extensions(GreetingCheck.class).writeJar(plugins, "greeting.jar");
    loader.loadChecks();

    InstalledPlugin removed = folder.remove("greeting");

    assertThat(removed.active()).isFalse();
    assertThat(removed.file())
        .isEqualTo(plugins.resolve("previous").resolve("greeting-1.0.0-20260301100000.jar"));
    assertThat(removed.file()).exists();
    assertThat(providedIds(loader.loadChecks())).isEmpty();
    assertThatThrownBy(() -> folder.remove("greeting"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no plugin with id greeting is installed");
  }

  @Test
  void listShowsInstalledPluginsWithTheirProblemsThenPreviousVersionsNewestFirst() {
    for (String version : List.of("1.0.0", "1.1.0", "1.2.0")) {
      Path jar =
          plugin("greeting")
              .version(version)
              .extensions(GreetingCheck.class)
              .writeJar(elsewhere, "greeting-" + version + ".jar");
      folder.swapIn(folder.inspect(jar)).commit();
    }
    plugin("broken")
        .pluginClass(StartFailsPlugin.class)
        .extensions(VerdictCheck.class)
        .writeJar(plugins, "broken.jar");
    TestPluginJar.writeGarbage(plugins, "garbage.jar");
    loader.reload();

    List<InstalledPlugin> listed = folder.list();

    assertThat(listed)
        .extracting(InstalledPlugin::id, InstalledPlugin::version, InstalledPlugin::active)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("broken", "1.0.0", true),
            org.assertj.core.groups.Tuple.tuple("garbage.jar", "", true),
            org.assertj.core.groups.Tuple.tuple("greeting", "1.2.0", true),
            org.assertj.core.groups.Tuple.tuple("greeting", "1.1.0", false),
            org.assertj.core.groups.Tuple.tuple("greeting", "1.0.0", false));
    assertThat(listed.get(0).problem()).contains("start() failed");
    assertThat(listed.get(1).problem()).startsWith("cannot open");
    assertThat(listed.get(2).problem()).isEmpty();
  }

  @Test
  void previousKeepsTheThreeNewestVersionsOfEachPlugin() {
    for (int minor = 0; minor <= 5; minor++) {
      Path jar =
          plugin("greeting")
              .version("1." + minor + ".0")
              .extensions(GreetingCheck.class)
              .writeJar(elsewhere, "greeting.jar");
      folder.swapIn(folder.inspect(jar)).commit();
    }
    plugin("verdict").extensions(VerdictCheck.class).writeJar(plugins, "verdict.jar");
    folder.remove("verdict");

    assertThat(folder.list().stream().filter(p -> !p.active()))
        .extracting(InstalledPlugin::id, InstalledPlugin::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("greeting", "1.4.0"),
            org.assertj.core.groups.Tuple.tuple("greeting", "1.3.0"),
            org.assertj.core.groups.Tuple.tuple("greeting", "1.2.0"),
            org.assertj.core.groups.Tuple.tuple("verdict", "1.0.0"));
    assertThat(fileNames(plugins.resolve("previous"))).hasSize(4);
  }

  @Test
  void restoringUndoesASwapThatACrashInterrupted() throws IOException {
    Path staging = Files.createDirectories(plugins.resolve(".staging"));
    plugin("greeting").extensions(GreetingCheck.class).writeJar(staging, "aside-greeting.jar");
    plugin("greeting")
        .version("2.0.0")
        .extensions(GreetingCheckV2.class)
        .writeJar(plugins, "greeting-2.0.0.jar");
    TestPluginJar.writeGarbage(staging, "incoming-123.jar");

    Pf4jHealthCheckLoader restarted = loader(plugins);
    PluginFolder reopened = new PluginFolder(plugins, restarted, CLOCK);
    List<String> beforeRestoring = fileNames(plugins);

    assertThat(reopened.finishInterruptedSwaps(STARTED)).isTrue();
    assertThat(beforeRestoring).containsExactly("greeting-2.0.0.jar");
    assertThat(fileNames(plugins)).containsExactly("greeting.jar");
    assertThat(fileNames(staging)).isEmpty();
    assertThat(reopened.installed("greeting").orElseThrow().version()).isEqualTo("1.0.0");
    assertThat(check(restarted.loadChecks(), "GreetingCheck").provider())
        .isEqualTo("greeting 1.0.0");
    assertThat(reopened.finishInterruptedSwaps(STARTED)).isFalse();
  }

  @Test
  void aSwapInterruptedAfterItsSuccessWasSavedIsKeptWithTheOldJarInPrevious() throws IOException {
    Path staging = Files.createDirectories(plugins.resolve(".staging"));
    plugin("greeting").extensions(GreetingCheck.class).writeJar(staging, "aside-greeting.jar");
    plugin("greeting")
        .version("2.0.0")
        .extensions(GreetingCheckV2.class)
        .writeJar(plugins, "greeting-2.0.0.jar");

    Pf4jHealthCheckLoader restarted = loader(plugins);
    PluginFolder reopened = new PluginFolder(plugins, restarted, CLOCK);

    assertThat(reopened.finishInterruptedSwaps(UpdateStatus.succeeded(CLOCK.instant())))
        .as("nothing restored")
        .isFalse();
    assertThat(fileNames(plugins)).containsExactly("greeting-2.0.0.jar");
    assertThat(fileNames(staging)).isEmpty();
    assertThat(reopened.list().stream().filter(p -> !p.active()))
        .extracting(InstalledPlugin::id, InstalledPlugin::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("greeting", "1.0.0"));
    assertThat(check(restarted.loadChecks(), "GreetingCheck").provider())
        .isEqualTo("greeting 2.0.0");
  }

  @Test
  void previousMakesRoomBeforeTakingAVersionInSoItNeverHoldsMoreThanThree() throws IOException {
    for (int minor = 0; minor <= 3; minor++) {
      Path jar =
          plugin("greeting")
              .version("1." + minor + ".0")
              .extensions(GreetingCheck.class)
              .writeJar(elsewhere, "greeting.jar");
      folder.swapIn(folder.inspect(jar)).commit();
    }
    assertThat(fileNames(plugins.resolve("previous"))).hasSize(3);
    PluginPackage gone = new PluginPackage(elsewhere.resolve("vanished.jar"), "greeting", "9.0.0");

    // a move that does not happen stands for a crash after the room was made
    assertThatThrownBy(() -> folder.previous().keep(gone.file(), gone))
        .isInstanceOf(IOException.class);

    assertThat(fileNames(plugins.resolve("previous"))).hasSize(2);
  }

  private static List<String> fileNames(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
