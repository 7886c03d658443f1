package dev.sessionhost.adapter.out.plugin;

import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.loader;
import static dev.sessionhost.adapter.out.plugin.PluginFolderFixture.providedIds;
import static dev.sessionhost.adapter.out.plugin.TestPluginJar.plugin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.adapter.out.plugin.fixture.GreetingCheck;
import dev.sessionhost.adapter.out.plugin.fixture.RecordingPlugin;
import dev.sessionhost.adapter.out.plugin.fixture.VerdictCheck;
import dev.sessionhost.application.port.out.RunnableCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLifecycleTest {

  @TempDir Path plugins;

  @AfterEach
  void cleanUp() {
    PluginFolderFixture.closeAll();
    System.clearProperty(RecordingPlugin.STATE);
  }

  @Test
  void pluginsAreLoadedOnFirstUseAndKeptUntilReload() {
    Pf4jHealthCheckLoader loader = loader(plugins);
    plugin("first").extensions(GreetingCheck.class).writeJar(plugins, "first.jar");

    List<String> before = providedIds(loader.loadChecks());
    plugin("second").extensions(VerdictCheck.class).writeJar(plugins, "second.jar");
    List<String> cached = providedIds(loader.loadChecks());
    loader.reload();

    assertThat(before).containsExactly("GreetingCheck");
    assertThat(cached).containsExactly("GreetingCheck");
    assertThat(providedIds(loader.loadChecks())).containsExactly("GreetingCheck", "VerdictCheck");
  }

  @Test
  void closingStopsThePluginsAndEndsTheLoader() {
    plugin("recorder")
        .pluginClass(RecordingPlugin.class)
        .extensions(GreetingCheck.class)
        .writeJar(plugins, "recorder.jar");
    Pf4jHealthCheckLoader loader = loader(plugins);

    loader.loadChecks();
    String whileLoaded = System.getProperty(RecordingPlugin.STATE);
    loader.close();

    assertThat(whileLoaded).isEqualTo("started");
    assertThat(System.getProperty(RecordingPlugin.STATE)).isEqualTo("stopped");
    assertThatThrownBy(loader::loadChecks)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the plugin runtime is closed");
  }

  @Test
  void reloadingStopsTheOldPluginsBeforeStartingTheNewOnes() {
    plugin("recorder")
        .pluginClass(RecordingPlugin.class)
        .extensions(GreetingCheck.class)
        .writeJar(plugins, "recorder.jar");
    Pf4jHealthCheckLoader loader = loader(plugins);
    loader.loadChecks();
    System.setProperty(RecordingPlugin.STATE, "marked");

    loader.reload();

    assertThat(System.getProperty(RecordingPlugin.STATE)).isEqualTo("started");
    assertThat(providedIds(loader.loadChecks())).containsExactly("GreetingCheck");
  }

  @Test
  void callersRacingForTheFirstLoadShareOneLoad() throws Exception {
    plugin("good").extensions(GreetingCheck.class).writeJar(plugins, "good.jar");
    Pf4jHealthCheckLoader loader = loader(plugins);
    int callers = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<List<RunnableCheck>>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return loader.loadChecks();
                }));
      }
      go.countDown();
      List<RunnableCheck> first = results.get(0).get(30, TimeUnit.SECONDS);
      for (Future<List<RunnableCheck>> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
