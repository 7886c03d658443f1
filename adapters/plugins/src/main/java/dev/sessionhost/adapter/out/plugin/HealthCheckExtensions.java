package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.HealthCheckProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pf4j.PluginWrapper;

/**
 * Creates the health checks a started plugin declares in its {@code META-INF/extensions.idx}, one
 * instance each, plus those its check providers make from their configuration sections, and reads
 * their descriptors; an extension that cannot be loaded, created or described becomes a problem of
 * its plugin while the plugin's other checks still load. A provider's entry found invalid is also
 * added to the invalid settings.
 */
final class HealthCheckExtensions {

  /** A created check with its descriptor. */
  record Found(HealthCheck check, CheckDescriptor descriptor) {}

  private HealthCheckExtensions() {}

  static List<Found> of(
      CheckPluginManager manager,
      PluginWrapper plugin,
      PluginRuntimeOptions options,
      List<PluginProblem> problems,
      List<InvalidSetting> invalidSettings) {
    String pluginId = plugin.getPluginId();
    Set<String> classNames = manager.getExtensionClassNames(pluginId);
    List<Found> found = new ArrayList<>();
    int failed = 0;
    boolean providers = false;
    for (String className : classNames) {
      try {
        Class<?> type = extensionClass(plugin, className);
        if (HealthCheck.class.isAssignableFrom(type)) {
          found.add(
              ContextClassLoader.with(plugin.getPluginClassLoader(), () -> create(plugin, type)));
        } else if (HealthCheckProvider.class.isAssignableFrom(type)) {
          // a provider with an empty section rightly provides no checks
          providers = true;
          found.addAll(
              ContextClassLoader.with(
                  plugin.getPluginClassLoader(),
                  () -> HealthCheckProviders.checksOf(plugin, type, options)));
        }
      } catch (PluginRejectedException e) {
        problems.add(new PluginProblem(pluginId, e.reason()));
        e.invalidSetting().ifPresent(invalidSettings::add);
        failed++;
      }
    }
    if (found.isEmpty() && failed == 0 && !providers) {
      problems.add(
          new PluginProblem(
              pluginId,
              classNames.isEmpty()
                  ? "provides no checks: no META-INF/extensions.idx in the plugin"
                  : "provides no checks: META-INF/extensions.idx names no HealthCheck"));
    }
    return found;
  }

  /** The class of an extension, which must come from the plugin itself. */
  private static Class<?> extensionClass(PluginWrapper plugin, String className) {
    ClassLoader loader = plugin.getPluginClassLoader();
    Class<?> type;
    try {
      type = loader.loadClass(className);
    } catch (ClassNotFoundException | LinkageError e) {
      throw rejected(plugin, "cannot load extension " + className + ": " + Reasons.describe(e));
    }
    boolean ours =
        HealthCheck.class.isAssignableFrom(type)
            || HealthCheckProvider.class.isAssignableFrom(type);
    if (ours && type.getClassLoader() != loader) {
      throw rejected(plugin, "extension " + className + " is not inside the plugin");
    }
    return type;
  }

  private static Found create(PluginWrapper plugin, Class<?> type) {
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
