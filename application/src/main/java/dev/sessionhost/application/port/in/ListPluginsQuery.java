package dev.sessionhost.application.port.in;

import java.util.List;

/** Lists the installed plugins and the previous versions kept for rollback. */
public interface ListPluginsQuery {

  /** Installed plugins by id, then the kept previous versions, newest first per id. */
  List<InstalledPlugin> listPlugins();
}
