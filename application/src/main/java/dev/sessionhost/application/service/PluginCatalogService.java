package dev.sessionhost.application.service;

import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.in.ListPluginsQuery;
import dev.sessionhost.application.port.in.RemovePluginUseCase;
import dev.sessionhost.application.port.out.PluginInstallationPort;
import java.util.List;

/**
 * Lists and removes plugins. A removal waits for a running cycle ({@link CycleLock}), so no check
 * loses its plugin mid-run.
 */
public final class PluginCatalogService implements ListPluginsQuery, RemovePluginUseCase {

  private final PluginInstallationPort installation;
  private final CycleLock lock;

  public PluginCatalogService(PluginInstallationPort installation, CycleLock lock) {
    this.installation = installation;
    this.lock = lock;
  }

  @Override
  public List<InstalledPlugin> listPlugins() {
    return installation.list();
  }

  @Override
  public InstalledPlugin remove(String pluginId) {
    return lock.holding(() -> installation.remove(pluginId));
  }
}
