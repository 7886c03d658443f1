package dev.sessionhost.wire;

import dev.sessionhost.application.port.in.InstalledPlugin;
import java.nio.file.Path;

/**
 * A plugin jar as {@code /v1/plugins} lists it (the file by its name only); {@code problem} is null
 * when there is none.
 */
public record PluginJson(String id, String version, String file, boolean active, String problem) {

  public static PluginJson of(InstalledPlugin plugin) {
    return new PluginJson(
        plugin.id(),
        plugin.version(),
        String.valueOf(plugin.file().getFileName()),
        plugin.active(),
        plugin.problem().isEmpty() ? null : plugin.problem());
  }

  /** The plugin as the agent described it, for a client to print. */
  public InstalledPlugin toInstalled() {
    return new InstalledPlugin(id, version, Path.of(file), active, problem);
  }
}
