package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.HealthCheckProvider;
import dev.sessionhost.plugin.api.MapCheckSettings;
import dev.sessionhost.plugin.api.SettingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.PluginWrapper;

/**
 * Asks a plugin's {@link HealthCheckProvider} for the checks its configuration section defines and
 * describes them; any failure rejects all of that provider's checks, naming the section. An entry
 * the provider finds invalid is a configuration error: the rejection carries the {@link
 * InvalidSetting}, so that a command can stop at start naming the key.
 */
final class HealthCheckProviders {

  private HealthCheckProviders() {}

  /** The checks of a provider created from {@code type}, with their descriptors. */
  static List<HealthCheckExtensions.Found> checksOf(
      PluginWrapper plugin, Class<?> type, PluginRuntimeOptions options) {
    String name = type.getSimpleName();
    HealthCheckProvider provider;
    try {
      provider = (HealthCheckProvider) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      throw rejected(plugin, "cannot create extension " + name + ": " + Reasons.describe(e));
    }
    String section;
    try {
      section = provider.section();
    } catch (RuntimeException | LinkageError e) {
      throw rejected(plugin, "section() of " + name + " failed: " + Reasons.describe(e));
    }
    if (section == null || section.isBlank()) {
      throw rejected(plugin, "section() of " + name + " named no configuration section");
    }
    try {
      List<HealthCheck> checks = provider.checks(entriesOf(section, options));
      if (checks == null) {
        throw new IllegalStateException("checks() returned null");
      }
      List<HealthCheckExtensions.Found> found = new ArrayList<>(checks.size());
      for (HealthCheck check : checks) {
        found.add(describe(check));
      }
      return found;
    } catch (SettingException e) {
      InvalidSetting invalid = InvalidSetting.ofEntry(e);
      String fix = "fix " + invalid.key() + where(options.configFile());
      throw new PluginRejectedException(
          plugin.getPluginId(),
          problemIn(section, "configuration error: " + invalid.message() + "; " + fix),
          invalid);
    } catch (RuntimeException | LinkageError e) {
      throw rejected(plugin, problemIn(section, Reasons.describe(e)));
    }
  }

  private static List<CheckSettings> entriesOf(String section, PluginRuntimeOptions options) {
    List<Map<String, Object>> entries = options.section(section);
    List<CheckSettings> settings = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      settings.add(new MapCheckSettings(section + "[" + i + "]", entries.get(i)));
    }
    return settings;
  }

  private static HealthCheckExtensions.Found describe(HealthCheck check) {
    if (check == null) {
      throw new IllegalStateException("checks() returned a null check");
    }
    CheckDescriptor descriptor = check.descriptor();
    if (descriptor == null) {
      throw new IllegalStateException(
          "descriptor() of " + check.getClass().getSimpleName() + " returned null");
    }
    return new HealthCheckExtensions.Found(check, descriptor);
  }

  private static String where(String configFile) {
    return configFile.isEmpty() ? "" : " in " + configFile;
  }

  private static String problemIn(String section, String reason) {
    return "cannot load the checks of configuration section " + section + ": " + reason;
  }

  private static PluginRejectedException rejected(PluginWrapper plugin, String reason) {
    return new PluginRejectedException(plugin.getPluginId(), reason);
  }
}
