package dev.sessionhost.application.port.in;

/**
 * Removes an installed plugin: its jar goes to the kept previous versions, its checks stop running
 * (a built-in check then runs as Unknown, naming the missing plugin).
 */
public interface RemovePluginUseCase {

  /**
   * Removes the plugin with this id and returns what was removed.
   *
   * @throws IllegalArgumentException when no plugin with that id is installed
   */
  InstalledPlugin remove(String pluginId);
}
