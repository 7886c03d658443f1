package dev.sessionhost.bootstrap.config;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code plugins} section: which plugins, by id, are not to be started.
 *
 * @param disabled the ids of the plugins to leave stopped, in the order configured
 */
public record PluginsSection(Set<String> disabled) {

  public static final PluginsSection DEFAULTS = new PluginsSection(Set.of());

  public PluginsSection {
    disabled = Collections.unmodifiableSet(new LinkedHashSet<>(disabled));
  }

  /** Whether the plugin with this id may be started. */
  public boolean isEnabled(String pluginId) {
    return !disabled.contains(pluginId);
  }
}
