package dev.sessionhost.domain.health;

import java.util.Objects;

/**
 * A plugin that could not be loaded or started, named by its id (or its file when it has no
 * readable id), with the reason. Its checks are missing from the host's results.
 */
public record PluginProblem(String plugin, String reason) {

  public PluginProblem {
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(reason, "reason");
    if (plugin.isBlank()) {
      throw new IllegalArgumentException("a plugin problem must name the plugin or its file");
    }
  }
}
