package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.NOW;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.check;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.loader;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.providedIds;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.plugin.fixture.ClasspathOnlyCheck;
import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.plugin.api.HealthCheck;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginClassLoadingTest {

  @TempDir Path plugins;

  @AfterEach
  void closeLoaders() {
    PluginFolderFixture.closeAll();
  }

  @Test
  void aPluginsOwnClassesComeFromThePluginEvenWhenTheHostHasThemToo() throws Exception {
    plugin("own").extensions(GreetingCheck.class).writeJar(plugins, "own.jar");

    CheckReport report =
        check(loader(plugins).loadChecks(), "GreetingCheck").runner().run(NOW.plusSeconds(1));

    assertThat(report.details()).containsEntry("checkLoader", "SharedSdkClassLoader");
  }

  @Test
  void thePluginSeesTheHostsSdkEvenWhenItBundlesACopy() throws Exception {
    plugin("bundler").bundlingSdk().extensions(GreetingCheck.class).writeJar(plugins, "b.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);
    CheckReport report =
        check(loader.loadChecks(), "GreetingCheck").runner().run(NOW.plusSeconds(1));

    assertThat(loader.problems()).isEmpty();
    assertThat(report.details())
        .containsEntry("sdkIdentity", String.valueOf(System.identityHashCode(HealthCheck.class)))
        .containsEntry("checkLoader", "SharedSdkClassLoader");
  }

  @Test
  void extensionsOnTheHostClassPathAreNeverLoaded() throws Exception {
    assertThat(hostIndex()).contains(ClasspathOnlyCheck.class.getName());
    plugin("good").extensions(GreetingCheck.class).writeJar(plugins, "good.jar");
    plugin("no-index").withoutIndex().extensions(GreetingCheck.class).writeJar(plugins, "n.jar");

    Pf4jHealthCheckLoader loader = loader(plugins);

    assertThat(providedIds(loader.loadChecks())).containsExactly("GreetingCheck");
    assertThat(loader.problems())
        .containsExactly(
            new PluginProblem(
                "no-index", "provides no checks: no META-INF/extensions.idx in the plugin"));
  }

  private static String hostIndex() throws Exception {
    try (InputStream in =
        PluginClassLoadingTest.class
            .getClassLoader()
            .getResourceAsStream("META-INF/extensions.idx")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
