package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.plugin.api.SdkVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * PF4J's plugin manager for check plugins: jar and zip files from one folder, the SDK shared with
 * the host, {@code Plugin-Requires} checked against the SDK version, plugins switched off by id,
 * and every plugin that cannot be loaded or started recorded as a {@link PluginProblem} (PF4J
 * itself only logs) while the others load.
 *
 * <p>Not thread-safe, like PF4J's managers: the loader confines it behind its lock.
 */
final class CheckPluginManager extends DefaultPluginManager {

  private final List<PluginProblem> problems = new ArrayList<>();
  private final List<String> loadOrder = new ArrayList<>();
  private final Map<String, String> fileOfPlugin = new HashMap<>();
  private String loadingFile;

  CheckPluginManager(Path pluginsDir, Set<String> disabledPlugins) {
    super(pluginsDir);
    // PF4J creates its parts from the super constructor, before this one's arguments are usable
    pluginStatusProvider = new ConfiguredPluginStatus(disabledPlugins);
    setSystemVersion(SdkVersion.VERSION);
    setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
  }

  /** Loads every plugin file of the folder and starts those that are enabled. */
  void loadAndStart() {
    Path folder = getPluginsRoot();
    if (!Files.isDirectory(folder)) {
      problems.add(new PluginProblem(folder.toString(), "the plugins folder does not exist"));
      return;
    }
    for (Path file : pluginRepository.getPluginPaths()) {
      loadPluginFromPath(file);
    }
    dropUnmetDependencies();
    try {
      resolvePlugins();
    } catch (RuntimeException e) {
      problems.add(new PluginProblem(folder.toString(), "cannot resolve: " + Reasons.describe(e)));
    }
    for (String id : loadOrder) {
      PluginWrapper plugin = getPlugin(id);
      if (plugin == null) {
        problems.add(new PluginProblem(id, "was dropped while resolving plugin dependencies"));
      } else if (!plugin.getPluginState().isDisabled()) {
        start(plugin);
      }
    }
  }

  /** Why plugins were not loaded or started, in the order they were found. */
  List<PluginProblem> problems() {
    return List.copyOf(problems);
  }

  /** The started plugins, in the order of their files' names. */
  List<PluginWrapper> startedInOrder() {
    List<PluginWrapper> started = new ArrayList<>();
    for (String id : loadOrder) {
      PluginWrapper plugin = getPlugin(id);
      if (plugin != null && plugin.getPluginState().isStarted()) {
        started.add(plugin);
      }
    }
    return started;
  }

  /** The plugins found in the folder but switched off in the configuration. */
  List<String> disabledInOrder() {
    List<String> disabled = new ArrayList<>();
    for (String id : loadOrder) {
      PluginWrapper plugin = getPlugin(id);
      if (plugin != null && plugin.getPluginState().isDisabled()) {
        disabled.add(id);
      }
    }
    return disabled;
  }

  /** Stops every plugin and closes its class loader, also when its stop() throws. */
  void shutdown() {
    List<PluginWrapper> started = new ArrayList<>(getStartedPlugins());
    for (int i = started.size() - 1; i >= 0; i--) {
      PluginWrapper plugin = started.get(i);
      try {
        ContextClassLoader.with(
            plugin.getPluginClassLoader(), () -> stopPlugin(plugin.getPluginId()));
      } catch (RuntimeException | LinkageError e) {
        // nobody left to tell: the host is stopping or replacing its plugins
      }
    }
    try {
      unloadPlugins();
    } catch (RuntimeException e) {
      // a class loader that cannot be closed is left to the garbage collector
    }
  }

  @Override
  protected PluginWrapper loadPluginFromPath(Path file) {
    String fileName = file.getFileName().toString();
    try {
      loadingFile = fileName;
      PluginWrapper plugin = super.loadPluginFromPath(ZipPlugins.unpacked(file));
      loadOrder.add(plugin.getPluginId());
      fileOfPlugin.put(plugin.getPluginId(), fileName);
      return plugin;
    } catch (PluginRejectedException e) {
      problems.add(new PluginProblem(e.plugin().orElse(fileName), e.reason()));
    } catch (RuntimeException | LinkageError e) {
      problems.add(new PluginProblem(fileName, "cannot load: " + Reasons.describe(e)));
    }
    return null;
  }

  @Override
  protected void validatePluginDescriptor(PluginDescriptor descriptor) {
    super.validatePluginDescriptor(descriptor);
    String id = descriptor.getPluginId();
    if (getPlugin(id) != null) {
      throw new PluginRejectedException(
          id,
          "duplicate Plugin-Id: "
              + loadingFile
              + " was not loaded, the plugin is already loaded from "
              + fileOfPlugin.get(id));
    }
    if (!isPluginDisabled(id)) {
      SdkRequirement.check(
          descriptor, getVersionManager(), getSystemVersion(), isExactVersionAllowed());
    }
  }

  private void dropUnmetDependencies() {
    List<PluginWrapper> loaded = loadOrder.stream().map(this::getPlugin).toList();
    PluginDependencies.unmet(loaded, getVersionManager())
        .forEach(
            (id, reason) -> {
              unloadPlugin(id, false, false);
              loadOrder.remove(id);
              problems.add(new PluginProblem(id, reason));
            });
  }

  private void start(PluginWrapper plugin) {
    PluginState state =
        ContextClassLoader.with(
            plugin.getPluginClassLoader(), () -> startPlugin(plugin.getPluginId()));
    if (state == PluginState.FAILED) {
      Throwable failure = plugin.getFailedException();
      String reason =
          failure instanceof PluginRejectedException
              ? ((PluginRejectedException) failure).reason()
              : "start() failed: "
                  + (failure == null ? "no reason given" : Reasons.describe(failure));
      problems.add(new PluginProblem(plugin.getPluginId(), reason));
    }
  }

  @Override
  public RuntimeMode getRuntimeMode() {
    // development mode would look for plugins in ../plugins source folders
    return RuntimeMode.DEPLOYMENT;
  }

  @Override
  protected PluginRepository createPluginRepository() {
    return new PluginFiles(getPluginsRoots());
  }

  @Override
  protected PluginLoader createPluginLoader() {
    return SharedSdkPluginLoaders.create(this);
  }

  @Override
  protected PluginDescriptorFinder createPluginDescriptorFinder() {
    return new PluginDescriptorReader();
  }

  @Override
  protected ExtensionFinder createExtensionFinder() {
    PluginOnlyExtensionFinder finder = new PluginOnlyExtensionFinder(this);
    addPluginStateListener(finder);
    return finder;
  }

  @Override
  protected PluginFactory createPluginFactory() {
    return new CheckPluginFactory();
  }

  @Override
  protected PluginStatusProvider createPluginStatusProvider() {
    // replaced in the constructor; PF4J's default would read disabled.txt from the plugins folder
    return new ConfiguredPluginStatus(Set.of());
  }
}
