package dev.sessionhost.application.port.out;

import dev.sessionhost.application.port.in.InstalledPlugin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugins folder in memory: jars "declare" what a test registers, swapping in puts the
 * candidate's checks into {@link FakeChecks}, and every call is written to {@link #calls()}.
 */
public final class FakeInstallation implements PluginInstallationPort {

  private final FakeChecks checks;
  private final Map<Path, PluginPackage> jars = new HashMap<>();
  private final Map<Path, List<RunnableCheck>> checksOfJar = new HashMap<>();
  private final Map<String, PluginPackage> installed = new HashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final List<RunnableCheck> alongside = new ArrayList<>();
  private String loadProblem;
  private String swapFailure;
  private boolean unfinishedSwap;

  public FakeInstallation(FakeChecks checks) {
    this.checks = checks;
  }

  /**
   * A jar at {@code file} declaring this id and version, whose plugin provides {@code provided}.
   */
  public PluginPackage jar(String file, String id, String version, RunnableCheck... provided) {
    PluginPackage plugin = new PluginPackage(Path.of(file), id, version);
    jars.put(plugin.file(), plugin);
    checksOfJar.put(plugin.file(), List.of(provided));
    return plugin;
  }

  /** The next {@link #finishInterruptedSwaps} finds a swap to undo unless the upgrade succeeded. */
  public void leaveASwapUnfinished() {
    unfinishedSwap = true;
  }

  @Override
  public boolean finishInterruptedSwaps(dev.sessionhost.domain.update.UpdateStatus saved) {
    calls.add("finish interrupted swaps after " + saved.state());
    boolean restored =
        unfinishedSwap && saved.state() != dev.sessionhost.domain.update.UpdateState.SUCCEEDED;
    unfinishedSwap = false;
    return restored;
  }

  /** Installs {@code plugin} as if it had always been there. */
  public void install(PluginPackage plugin) {
    installed.put(plugin.id(), plugin);
    List<RunnableCheck> loaded = new ArrayList<>(checksOfJar.get(plugin.file()));
    loaded.addAll(alongside);
    checks.replace(loaded);
  }

  /** Checks of other plugins, loaded with every swapped-in plugin. */
  public void swapsInAlongside(RunnableCheck... others) {
    alongside.addAll(List.of(others));
  }

  /** The next swap reports this load problem. */
  public void failLoadingWith(String problem) {
    loadProblem = problem;
  }

  /** The next swap cannot move its files. */
  public void failSwappingWith(String problem) {
    swapFailure = problem;
  }

  public List<String> calls() {
    return List.copyOf(calls);
  }

  public Optional<PluginPackage> current(String id) {
    return Optional.ofNullable(installed.get(id));
  }

  @Override
  public PluginPackage inspect(Path jar) {
    calls.add("inspect " + jar);
    PluginPackage plugin = jars.get(jar);
    if (plugin == null) {
      throw new PluginInstallationException(jar + " is not a jar file");
    }
    return plugin;
  }

  @Override
  public Optional<PluginPackage> installed(String pluginId) {
    return Optional.ofNullable(installed.get(pluginId));
  }

  @Override
  public PluginInstallationPort.Swap swapIn(PluginPackage candidate) {
    calls.add("swapIn " + candidate.id() + " " + candidate.version());
    if (swapFailure != null) {
      throw new PluginInstallationException(swapFailure);
    }
    Optional<PluginPackage> old = installed(candidate.id());
    install(candidate);
    String problem = loadProblem;
    return new PluginInstallationPort.Swap() {
      @Override
      public Optional<String> loadProblem() {
        return Optional.ofNullable(problem);
      }

      @Override
      public void commit() {
        calls.add("commit");
      }

      @Override
      public void rollBack() {
        calls.add("rollBack");
        installed.remove(candidate.id());
        checks.replace(List.of());
        old.ifPresent(FakeInstallation.this::install);
      }
    };
  }

  @Override
  public InstalledPlugin remove(String pluginId) {
    throw new UnsupportedOperationException("not needed by these tests");
  }

  @Override
  public List<InstalledPlugin> list() {
    throw new UnsupportedOperationException("not needed by these tests");
  }
}
