package dev.sessionhost.adapter.out.plugin;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.PluginStatusProvider;

/**
 * Which plugins are switched off, from the host's configuration rather than PF4J's {@code
 * disabled.txt} in the plugins folder; changes at run time are kept in memory only.
 */
final class ConfiguredPluginStatus implements PluginStatusProvider {

  private final Set<String> disabled = ConcurrentHashMap.newKeySet();

  ConfiguredPluginStatus(Set<String> disabledIds) {
    disabled.addAll(disabledIds);
  }

  @Override
  public boolean isPluginDisabled(String pluginId) {
    return disabled.contains(pluginId);
  }

  @Override
  public void disablePlugin(String pluginId) {
    disabled.add(pluginId);
  }

  @Override
  public void enablePlugin(String pluginId) {
    disabled.remove(pluginId);
  }
}
