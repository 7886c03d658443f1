package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.LoadHealthChecksPort;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.health.PluginProblem;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The checks of the PF4J plugins in the plugins folder, adapted to the application's port.
 *
 * <p>Plugins are loaded on first use and kept until {@link #reload()} or {@link #close()}. A plugin
 * that cannot be loaded or started, or whose checks cannot be created, is listed in {@link
 * #problems()} while every other plugin loads; a known check that should run but that no plugin
 * provides is replaced by one that reports unknown. {@link #loadChecks()} includes disabled checks,
 * so that listings can show them. Thread-safe.
 */
public final class Pf4jHealthCheckLoader implements LoadHealthChecksPort, AutoCloseable {

  private final PluginRuntimeOptions options;
  private final Clock clock;
  private final Object lock = new Object();
  private volatile LoadedPlugins loaded;
  private CheckPluginManager manager;
  private boolean closed;

  /** A loader reading time from the system clock. */
  public Pf4jHealthCheckLoader(PluginRuntimeOptions options) {
    this(options, Clock.systemUTC());
  }

  /** A loader whose checks read time from {@code clock}. */
  public Pf4jHealthCheckLoader(PluginRuntimeOptions options, Clock clock) {
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<RunnableCheck> loadChecks() {
    return current().checks();
  }

  @Override
  public List<PluginProblem> problems() {
    return current().problems();
  }

  /**
   * The settings of the configuration that a check provider found invalid while loading (an entry
   * of {@code commandChecks}, say): configuration errors, each also listed among the {@link
   * #problems()} of its plugin. A command that starts can stop on them, naming the key; a setting a
   * check reads only when it runs shows in that run's result instead.
   */
  public List<InvalidSetting> invalidSettings() {
    return current().invalidSettings();
  }

  /** The ids of the plugins found in the folder but disabled in the configuration. */
  public List<String> disabledPlugins() {
    return current().disabledPlugins();
  }

  /** Stops the loaded plugins and loads the folder again, e.g. after a plugin was replaced. */
  public void reload() {
    synchronized (lock) {
      requireOpen();
      stopPlugins();
      loaded = load();
    }
  }

  /** Stops every plugin; the loader cannot be used afterwards. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      loaded = null;
      stopPlugins();
    }
  }

  private LoadedPlugins current() {
    LoadedPlugins now = loaded;
    if (now != null) {
      return now;
    }
    synchronized (lock) {
      requireOpen();
      if (loaded == null) {
        loaded = load();
      }
      return loaded;
    }
  }

  private LoadedPlugins load() {
    CheckPluginManager fresh =
        new CheckPluginManager(options.pluginsDir(), options.disabledPlugins());
    try {
      fresh.loadAndStart();
      LoadedPlugins result = CheckCatalog.build(fresh, options, clock);
      manager = fresh;
      return result;
    } catch (RuntimeException | Error e) {
      fresh.shutdown();
      throw e;
    }
  }

  private void stopPlugins() {
    if (manager != null) {
      manager.shutdown();
      manager = null;
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the plugin runtime is closed");
    }
  }
}
