package dev.sessionhost.adapter.out.plugin;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;

/**
 * Finds the plugins that cannot start because a plugin they require is missing, disabled, of
 * another version or part of a cycle, each with the reason.
 *
 * <p>PF4J's own recovery unloads the <em>required</em> plugin when a dependent asks for another
 * version of it, and enables a disabled plugin that another one requires, so one third-party plugin
 * could take a built-in one down or switch it back on. Checking here first leaves PF4J a consistent
 * set.
 */
final class PluginDependencies {

  private PluginDependencies() {}

  /** The enabled plugins whose required dependencies are not met, by id, in the given order. */
  static Map<String, String> unmet(List<PluginWrapper> plugins, VersionManager versions) {
    Map<String, PluginDescriptor> enabled = new LinkedHashMap<>();
    Set<String> disabled = new HashSet<>();
    for (PluginWrapper plugin : plugins) {
      if (plugin.getPluginState().isDisabled()) {
        disabled.add(plugin.getPluginId());
      } else {
        enabled.put(plugin.getPluginId(), plugin.getDescriptor());
      }
    }
    Map<String, String> unmet = new LinkedHashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (PluginDescriptor plugin : enabled.values()) {
        if (unmet.containsKey(plugin.getPluginId())) {
          continue;
        }
        String reason = firstUnmet(plugin, enabled, unmet, disabled, versions);
        if (reason != null) {
          unmet.put(plugin.getPluginId(), reason);
          changed = true;
        }
      }
    }
    addCycles(enabled, unmet);
    return unmet;
  }

  private static String firstUnmet(
      PluginDescriptor plugin,
      Map<String, PluginDescriptor> enabled,
      Map<String, String> unmet,
      Set<String> disabled,
      VersionManager versions) {
    for (PluginDependency dependency : plugin.getDependencies()) {
      if (dependency.isOptional()) {
        continue;
      }
      String id = dependency.getPluginId();
      PluginDescriptor required = enabled.get(id);
      if (disabled.contains(id)) {
        return "depends on plugin " + id + ", which is disabled in the configuration";
      }
      if (required == null) {
        return "depends on plugin " + id + ", which is not installed";
      }
      if (unmet.containsKey(id)) {
        return "depends on plugin " + id + ", which cannot start";
      }
      String range = dependency.getPluginVersionSupport();
      if (!satisfies(versions, required.getVersion(), range)) {
        return "depends on plugin "
            + id
            + " "
            + range
            + " but version "
            + required.getVersion()
            + " is installed";
      }
    }
    return null;
  }

  private static boolean satisfies(VersionManager versions, String version, String range) {
    try {
      return versions.checkVersionConstraint(version, range);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Marks the plugins that only wait for each other: whatever never becomes startable. */
  private static void addCycles(Map<String, PluginDescriptor> enabled, Map<String, String> unmet) {
    Set<String> startable = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (PluginDescriptor plugin : enabled.values()) {
        String id = plugin.getPluginId();
        if (!startable.contains(id)
            && !unmet.containsKey(id)
            && plugin.getDependencies().stream()
                .allMatch(d -> d.isOptional() || startable.contains(d.getPluginId()))) {
          startable.add(id);
          changed = true;
        }
      }
    }
    for (String id : enabled.keySet()) {
      if (!startable.contains(id) && !unmet.containsKey(id)) {
        unmet.put(id, "is part of a dependency cycle between plugins");
      }
    }
  }
}
