package dev.sessionhost.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.sessionhost.adapter.out.plugin.Pf4jHealthCheckLoader;
import dev.sessionhost.application.service.CheckExecutor;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as every command wires it: configuration, environment, plugin runtime, state,
 * core, then what the command adds (its history, the agent's parts). One place, so a one-shot
 * {@code check} and the agent cannot drift apart.
 */
final class Wiring {

  private Wiring() {}

  /** An injector of the core for {@code config} with {@code environment} and {@code more}. */
  static Injector of(SessionhostConfig config, Module environment, List<Module> more) {
    List<Module> modules = new ArrayList<>();
    modules.add(new ConfigModule(config));
    modules.add(environment);
    modules.add(new PluginRuntimeModule());
    modules.add(new StateModule());
    modules.add(new CoreModule());
    modules.addAll(more);
    // DEVELOPMENT builds singletons when first asked for: nothing starts before it is needed
    return Guice.createInjector(Stage.DEVELOPMENT, modules);
  }

  /** Stops the plugins and the check workers of a wiring; best effort, never throws. */
  static void release(Injector injector) {
    for (Class<? extends AutoCloseable> type :
        List.of(Pf4jHealthCheckLoader.class, CheckExecutor.class)) {
      try {
        injector.getInstance(type).close();
      } catch (Exception e) {
        // closing is best effort: the process is about to end anyway
      }
    }
  }
}
