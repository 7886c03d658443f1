package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.plugin.api.Probe;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the plugin runtime runs: the folder it loads plugins from, the plugins switched off by id,
 * the check configuration (defaults, then per check id), the environment's name and its probes.
 *
 * @param pluginsDir the folder holding plugin jars and zips
 * @param disabledPlugins plugin ids that are not started
 * @param defaults configuration applied to every check, under its own configuration
 * @param checks configuration per check id
 * @param environmentName the environment's name, told to a check that asks for a missing probe
 * @param probes the environment's probes, keyed by probe interface
 */
public record PluginRuntimeOptions(
    Path pluginsDir,
    Set<String> disabledPlugins,
    CheckConfiguration defaults,
    Map<String, CheckConfiguration> checks,
    String environmentName,
    Map<Class<? extends Probe>, Probe> probes) {

  public PluginRuntimeOptions {
    Objects.requireNonNull(pluginsDir, "pluginsDir");
    disabledPlugins = disabledPlugins == null ? Set.of() : Set.copyOf(disabledPlugins);
    defaults = defaults == null ? CheckConfiguration.NONE : defaults;
    checks = checks == null ? Map.of() : Map.copyOf(checks);
    if (environmentName == null || environmentName.isBlank()) {
      throw new IllegalArgumentException("environmentName must not be blank");
    }
    probes = probes == null ? Map.of() : Map.copyOf(probes);
    probes.forEach(
        (type, probe) -> {
          if (!type.isInstance(probe)) {
            throw new IllegalArgumentException(
                probe.getClass().getName() + " does not implement " + type.getName());
          }
        });
  }

  /** Options with nothing configured: every plugin in the folder, no probes. */
  public static PluginRuntimeOptions of(Path pluginsDir, String environmentName) {
    return new PluginRuntimeOptions(
        pluginsDir, Set.of(), CheckConfiguration.NONE, Map.of(), environmentName, Map.of());
  }

  /** The configuration of one check: its own, or nothing. */
  public CheckConfiguration configurationOf(String checkId) {
    return checks.getOrDefault(checkId, CheckConfiguration.NONE);
  }

  /** These options with other probes. */
  public PluginRuntimeOptions withProbes(Map<Class<? extends Probe>, Probe> newProbes) {
    return new PluginRuntimeOptions(
        pluginsDir, disabledPlugins, defaults, checks, environmentName, newProbes);
  }

  /** These options with other per-check configuration. */
  public PluginRuntimeOptions withChecks(Map<String, CheckConfiguration> newChecks) {
    return new PluginRuntimeOptions(
        pluginsDir, disabledPlugins, defaults, newChecks, environmentName, probes);
  }

  /** These options with other defaults. */
  public PluginRuntimeOptions withDefaults(CheckConfiguration newDefaults) {
    return new PluginRuntimeOptions(
        pluginsDir, disabledPlugins, newDefaults, checks, environmentName, probes);
  }

  /** These options with other plugins switched off. */
  public PluginRuntimeOptions withDisabledPlugins(Set<String> ids) {
    return new PluginRuntimeOptions(pluginsDir, ids, defaults, checks, environmentName, probes);
  }
}
