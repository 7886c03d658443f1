package dev.sessionhost.application.port.out;

import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.domain.update.UpdateStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The plugins folder: reads a candidate jar, swaps it in with the old version kept aside for a
 * rollback, keeps the last few previous versions, and reloads the plugin runtime after a change.
 */
public interface PluginInstallationPort {

  /**
   * Reads the id and version a jar declares, without installing it.
   *
   * @throws PluginInstallationException when the file is missing, unreadable, not a jar, or has no
   *     valid plugin descriptor; the message says which
   */
  PluginPackage inspect(Path jar);

  /** The installed plugin with this id, if any. */
  Optional<PluginPackage> installed(String pluginId);

  /**
   * Puts {@code candidate} in place of the installed plugin with its id (or beside the others) and
   * reloads the runtime. The old jar is kept until the swap is committed or rolled back.
   *
   * @throws PluginInstallationException when the files cannot be moved; nothing changed then
   */
  Swap swapIn(PluginPackage candidate);

  /**
   * Moves the installed plugin with this id to the previous versions and reloads the runtime.
   *
   * @throws IllegalArgumentException when no plugin with that id is installed
   */
  InstalledPlugin remove(String pluginId);

  /** Installed plugins, then kept previous versions. */
  List<InstalledPlugin> list();

  /**
   * Finishes a swap a crash left neither committed nor rolled back: keeps it when {@code saved}
   * says the upgrade succeeded (the success is saved before the commit), else restores the old jar
   * and reloads. Only for the process that owns the folder, when it starts.
   *
   * @return whether an old jar was restored
   */
  boolean finishInterruptedSwaps(UpdateStatus saved);

  /**
   * A plugin swapped in and loaded, not yet final: commit keeps it (the old jar joins the previous
   * versions), roll back restores the old jar (or removes a new plugin) and reloads.
   */
  interface Swap {

    /**
     * Why the swapped-in plugin did not load or start (e.g. unmet requirements); empty if it did.
     */
    Optional<String> loadProblem();

    /** Keeps the new version. */
    void commit();

    /** Restores what was installed before the swap. */
    void rollBack();
  }
}
