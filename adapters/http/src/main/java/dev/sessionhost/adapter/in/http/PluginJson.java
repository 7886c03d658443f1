package dev.sessionhost.adapter.in.http;

import dev.sessionhost.application.port.in.InstalledPlugin;

/** A plugin jar as {@code /v1/plugins} lists it; {@code problem} is null when there is none. */
record PluginJson(String id, String version, String file, boolean active, String problem) {

  static PluginJson of(InstalledPlugin plugin) {
    return new PluginJson(
        plugin.id(),
        plugin.version(),
        String.valueOf(plugin.file().getFileName()),
        plugin.active(),
        plugin.problem().isEmpty() ? null : plugin.problem());
  }
}
