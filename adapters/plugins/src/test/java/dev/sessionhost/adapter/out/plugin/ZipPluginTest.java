package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.NOW;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.check;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.loader;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.providedIds;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.plugin.fixture.DomainJoinedStandIn;
import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckOutcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipPluginTest {

  @TempDir Path plugins;

  @AfterEach
  void closeLoaders() {
    PluginFolderFixture.closeAll();
  }

  @Test
  void aZipWithThePluginJarInLibLoads() throws Exception {
    plugin("zipped-lib")
        .version("1.1.0")
        .extensions(GreetingCheck.class)
        .writeZipWithLib(plugins, "lib.zip");

    Pf4jHealthCheckLoader loader = loader(plugins);
    RunnableCheck greeting = check(loader.loadChecks(), "GreetingCheck");

    assertThat(loader.problems()).isEmpty();
    assertThat(greeting.provider()).isEqualTo("zipped-lib 1.1.0");
    assertThat(greeting.runner().run(NOW.plusSeconds(1)).outcome())
        .isEqualTo(CheckOutcome.SUCCEEDED);
  }

  @Test
  void aZipWithAClassesFolderLoads() throws Exception {
    plugin("zipped-classes")
        .extensions(DomainJoinedStandIn.class)
        .writeZipWithClasses(plugins, "classes.zip");

    Pf4jHealthCheckLoader loader = loader(plugins);
    List<RunnableCheck> checks = loader.loadChecks();

    assertThat(loader.problems()).isEmpty();
    assertThat(providedIds(checks)).containsExactly("DomainJoinedCheck");
    assertThat(check(checks, "DomainJoinedCheck").runner().run(NOW.plusSeconds(1)).message())
        .isEqualTo("joined");
  }

  @Test
  void foldersInThePluginsFolderAreNotPlugins() throws Exception {
    plugin("inside")
        .extensions(GreetingCheck.class)
        .writeJar(java.nio.file.Files.createDirectories(plugins.resolve("previous")), "old.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);

    assertThat(providedIds(loader.loadChecks())).isEmpty();
    assertThat(loader.problems()).isEmpty();
  }
}
