package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.out.PluginInstallationException;
import dev.sessionhost.application.port.out.PluginInstallationPort;
import dev.sessionhost.application.port.out.PluginPackage;
import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plugins folder as the place plugins are installed: its top-level jars are the installed
 * plugins, {@code previous/} keeps replaced and removed versions, {@code updates/} is the drop
 * folder, and {@code .staging/} holds files on their way in or out (on the same file system, so
 * moves are atomic).
 *
 * <p>A swap first moves the old jar out to {@code .staging/}, then the new jar in, so a crash never
 * leaves two jars with one id in the folder; a jar still in {@code .staging/} marks a swap that was
 * neither committed nor rolled back, which {@link #finishInterruptedSwaps} finishes or undoes.
 */
public final class PluginFolder implements PluginInstallationPort {

  static final String PREVIOUS = "previous";
  static final String UPDATES = "updates";
  static final String STAGING = ".staging";
  static final Set<String> RESERVED = Set.of(PREVIOUS, UPDATES, STAGING);
  static final System.Logger LOG = System.getLogger(PluginFolder.class.getName());

  private final Path root;
  private final Pf4jHealthCheckLoader loader;
  private final PreviousVersions previous;
  private final Path staging;

  /**
   * The folder {@code pluginsDir}, which the loader loads plugins from; nothing is read yet.
   *
   * @param clock stamps the names of kept previous versions
   */
  public PluginFolder(Path pluginsDir, Pf4jHealthCheckLoader loader, Clock clock) {
    this.root = pluginsDir;
    this.loader = loader;
    this.previous = new PreviousVersions(pluginsDir.resolve(PREVIOUS), clock);
    this.staging = pluginsDir.resolve(STAGING);
  }

  /**
   * Finishes a swap a crash interrupted (its old jar is still in {@code .staging/}): keeps it when
   * the saved update status says the upgrade succeeded (the success is saved before the commit),
   * and otherwise undoes it and reloads. Only for the process that owns the folder, when it starts:
   * called while another process is upgrading, it would undo that upgrade.
   *
   * @param saved the update status saved last
   * @return whether a plugin was restored
   */
  @Override
  public boolean finishInterruptedSwaps(UpdateStatus saved) {
    boolean restored =
        UnfinishedSwaps.finish(root, staging, previous, saved.state() == UpdateState.SUCCEEDED);
    if (restored) {
      loader.reload();
    }
    return restored;
  }

  @Override
  public PluginPackage inspect(Path jar) {
    return PluginJars.readForInstall(jar);
  }

  @Override
  public Optional<PluginPackage> installed(String pluginId) {
    return PluginJars.jarsIn(root).stream()
        .map(PluginJars::tryRead)
        .flatMap(Optional::stream)
        .filter(plugin -> plugin.id().equals(pluginId))
        .findFirst();
  }

  @Override
  public PluginInstallationPort.Swap swapIn(PluginPackage candidate) {
    String name = candidate.file().getFileName().toString();
    Path incoming = null;
    try {
      Files.createDirectories(staging);
      incoming = Files.createTempFile(staging, "incoming-", ".jar");
      Files.copy(candidate.file(), incoming, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      UnfinishedSwaps.deleteQuietly(incoming);
      throw new PluginInstallationException(
          "cannot copy " + name + " into " + root + ": " + Reasons.messageOf(e), e);
    }
    Optional<PluginPackage> old = installed(candidate.id());
    Optional<Path> aside = Optional.empty();
    Path target;
    try {
      if (old.isPresent()) {
        aside =
            Optional.of(staging.resolve(UnfinishedSwaps.ASIDE + old.get().file().getFileName()));
        FileMoves.move(old.get().file(), aside.get());
      }
      target = UnfinishedSwaps.freeName(root, name, candidate);
      FileMoves.move(incoming, target);
    } catch (IOException e) {
      undo(old, aside, incoming);
      throw new PluginInstallationException(
          "cannot move " + name + " into " + root + ": " + Reasons.messageOf(e), e);
    }
    FolderSwap swap =
        new FolderSwap(
            this, new PluginPackage(target, candidate.id(), candidate.version()), old, aside);
    try {
      loader.reload();
    } catch (RuntimeException e) {
      swap.rollBack();
      throw new PluginInstallationException(
          "the plugin runtime could not load the folder: " + Reasons.describe(e), e);
    }
    return swap;
  }

  @Override
  public InstalledPlugin remove(String pluginId) {
    PluginPackage plugin =
        installed(pluginId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no plugin with id " + pluginId + " is installed"));
    Path kept;
    try {
      kept = previous.keep(plugin.file(), plugin);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot move " + plugin.file().getFileName() + " to " + PREVIOUS + "/", e);
    } finally {
      loader.reload();
    }
    return new InstalledPlugin(plugin.id(), plugin.version(), kept, false, "");
  }

  @Override
  public List<InstalledPlugin> list() {
    return PluginListing.of(root, previous, loader.problems());
  }

  Pf4jHealthCheckLoader loader() {
    return loader;
  }

  PreviousVersions previous() {
    return previous;
  }

  private static void undo(Optional<PluginPackage> old, Optional<Path> aside, Path incoming) {
    try {
      if (aside.isPresent() && Files.exists(aside.get())) {
        FileMoves.move(aside.get(), old.orElseThrow().file());
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "could not move " + aside.get() + " back", e);
    }
    UnfinishedSwaps.deleteQuietly(incoming);
  }
}
