package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.plugin.api.Probe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the plugin runtime runs: the folder it loads plugins from, the plugins switched off by id,
 * the check configuration (defaults, then per check id), the environment's name, its probes and the
 * top-level configuration sections that check providers read.
 *
 * @param pluginsDir the folder holding plugin jars and zips
 * @param disabledPlugins plugin ids that are not started
 * @param defaults configuration applied to every check, under its own configuration
 * @param checks configuration per check id
 * @param environmentName the environment's name, told to a check that asks for a missing probe
 * @param probes the environment's probes, keyed by probe interface
 * @param sections top-level configuration sections by name (e.g. {@code commandChecks}), each a
 *     list of entries as the configuration reader yields them; a null entry counts as empty
 * @param configFile the file the check configuration and the sections were read from, as the
 *     operator named it, for telling where to fix an invalid setting; empty when there is none
 */
public record PluginRuntimeOptions(
    Path pluginsDir,
    Set<String> disabledPlugins,
    CheckConfiguration defaults,
    Map<String, CheckConfiguration> checks,
    String environmentName,
    Map<Class<? extends Probe>, Probe> probes,
    Map<String, List<Map<String, Object>>> sections,
    String configFile) {

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
    sections = copyOf(sections);
    configFile = configFile == null ? "" : configFile;
  }

  /** Options without configuration sections, as before check providers existed. */
  public PluginRuntimeOptions(
      Path pluginsDir,
      Set<String> disabledPlugins,
      CheckConfiguration defaults,
      Map<String, CheckConfiguration> checks,
      String environmentName,
      Map<Class<? extends Probe>, Probe> probes) {
    this(pluginsDir, disabledPlugins, defaults, checks, environmentName, probes, Map.of(), "");
  }

  /** Options with nothing configured: every plugin in the folder, no probes. */
  public static PluginRuntimeOptions of(Path pluginsDir, String environmentName) {
    return new PluginRuntimeOptions(
        pluginsDir, Set.of(), CheckConfiguration.NONE, Map.of(), environmentName, Map.of());
  }

  /** The entries of one configuration section, empty when it is absent. */
  public List<Map<String, Object>> section(String name) {
    return sections.getOrDefault(name, List.of());
  }

  /** The configuration of one check: its own, or nothing. */
  public CheckConfiguration configurationOf(String checkId) {
    return checks.getOrDefault(checkId, CheckConfiguration.NONE);
  }

  /** These options with other probes. */
  public PluginRuntimeOptions withProbes(Map<Class<? extends Probe>, Probe> newProbes) {
    return new PluginRuntimeOptions(
        pluginsDir,
        disabledPlugins,
        defaults,
        checks,
        environmentName,
        newProbes,
        sections,
        configFile);
  }

  /** These options with other per-check configuration. */
  public PluginRuntimeOptions withChecks(Map<String, CheckConfiguration> newChecks) {
    return new PluginRuntimeOptions(
        pluginsDir,
        disabledPlugins,
        defaults,
        newChecks,
        environmentName,
        probes,
        sections,
        configFile);
  }

  /** These options with other defaults. */
  public PluginRuntimeOptions withDefaults(CheckConfiguration newDefaults) {
    return new PluginRuntimeOptions(
        pluginsDir,
        disabledPlugins,
        newDefaults,
        checks,
        environmentName,
        probes,
        sections,
        configFile);
  }

  /** These options with other plugins switched off. */
  public PluginRuntimeOptions withDisabledPlugins(Set<String> ids) {
    return new PluginRuntimeOptions(
        pluginsDir, ids, defaults, checks, environmentName, probes, sections, configFile);
  }

  /** These options with other configuration sections. */
  public PluginRuntimeOptions withSections(Map<String, List<Map<String, Object>>> newSections) {
    return new PluginRuntimeOptions(
        pluginsDir,
        disabledPlugins,
        defaults,
        checks,
        environmentName,
        probes,
        newSections,
        configFile);
  }

  /** These options naming the configuration file they were read from. */
  public PluginRuntimeOptions withConfigFile(String file) {
    return new PluginRuntimeOptions(
        pluginsDir, disabledPlugins, defaults, checks, environmentName, probes, sections, file);
  }

  // entries may hold null values (read as "use the default"), which Map.copyOf would reject
  private static Map<String, List<Map<String, Object>>> copyOf(
      Map<String, List<Map<String, Object>>> sections) {
    if (sections == null) {
      return Map.of();
    }
    Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
    sections.forEach(
        (name, entries) -> {
          List<Map<String, Object>> kept = new ArrayList<>();
          for (Map<String, Object> entry :
              entries == null ? List.<Map<String, Object>>of() : entries) {
            kept.add(
                entry == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entry)));
          }
          copy.put(
              Objects.requireNonNull(name, "section name"), Collections.unmodifiableList(kept));
        });
    return Collections.unmodifiableMap(copy);
  }
}
