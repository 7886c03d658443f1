package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.HealthCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pf4j.PluginWrapper;

/**
 * Creates the health checks a started plugin declares in its {@code META-INF/extensions.idx}, one
 * instance each, and reads their descriptors; an extension that cannot be loaded, created or
 * described becomes a problem of its plugin while the plugin's other checks still load.
 */
final class HealthCheckExtensions {

  /** A created check with its descriptor. */
  record Found(HealthCheck check, CheckDescriptor descriptor) {}

  private HealthCheckExtensions() {}

  static List<Found> of(
      CheckPluginManager manager, PluginWrapper plugin, List<PluginProblem> problems) {
    String pluginId = plugin.getPluginId();
    Set<String> classNames = manager.getExtensionClassNames(pluginId);
    List<Found> found = new ArrayList<>();
    int failed = 0;
    for (String className : classNames) {
      try {
        Found check =
            ContextClassLoader.with(plugin.getPluginClassLoader(), () -> create(plugin, className));
        if (check != null) {
          found.add(check);
        }
      } catch (PluginRejectedException e) {
        problems.add(new PluginProblem(pluginId, e.reason()));
        failed++;
      }
    }
    if (found.isEmpty() && failed == 0) {
      problems.add(
          new PluginProblem(
              pluginId,
              classNames.isEmpty()
                  ? "provides no checks: no META-INF/extensions.idx in the plugin"
                  : "provides no checks: META-INF/extensions.idx names no HealthCheck"));
    }
    return found;
  }

  /** The check of this extension class, or null when the class extends another point. */
  private static Found create(PluginWrapper plugin, String className) {
    ClassLoader loader = plugin.getPluginClassLoader();
    Class<?> type;
    try {
      type = loader.loadClass(className);
    } catch (ClassNotFoundException | LinkageError e) {
      throw rejected(plugin, "cannot load extension " + className + ": " + Reasons.describe(e));
    }
    if (!HealthCheck.class.isAssignableFrom(type)) {
      return null;
    }
    if (type.getClassLoader() != loader) {
      throw rejected(plugin, "extension " + className + " is not inside the plugin");
    }
    String name = type.getSimpleName();
    HealthCheck check;
    try {
      check = (HealthCheck) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      throw rejected(plugin, "cannot create extension " + name + ": " + Reasons.describe(e));
    }
    CheckDescriptor descriptor;
    try {
      descriptor = check.descriptor();
    } catch (RuntimeException | LinkageError e) {
      throw rejected(plugin, "descriptor() of " + name + " failed: " + Reasons.describe(e));
    }
    if (descriptor == null) {
      throw rejected(plugin, "descriptor() of " + name + " returned null");
    }
    return new Found(check, descriptor);
  }

  private static PluginRejectedException rejected(PluginWrapper plugin, String reason) {
    return new PluginRejectedException(plugin.getPluginId(), reason);
  }
}
