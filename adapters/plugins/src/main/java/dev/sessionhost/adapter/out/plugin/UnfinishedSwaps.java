package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.PluginPackage;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names in {@code .staging/}, and the repair of a swap a crash interrupted: a jar set aside there
 * was neither committed nor rolled back. If the upgrade's success was saved, the swap is finished
 * as a commit would (the old jar joins the previous versions); otherwise the new jar of its id
 * (never verified) goes and the old one comes back. A half-copied incoming jar is deleted.
 */
final class UnfinishedSwaps {

  static final String ASIDE = "aside-";
  static final String INCOMING = "incoming-";

  private UnfinishedSwaps() {}

  /**
   * Repairs the folder, keeping interrupted swaps if {@code succeeded}, else undoing them; true
   * when a jar was restored, so the runtime should reload.
   */
  static boolean finish(Path root, Path staging, PreviousVersions previous, boolean succeeded) {
    boolean restored = false;
    for (Path file : filesIn(staging)) {
      String name = file.getFileName().toString();
      if (name.startsWith(INCOMING)) {
        deleteQuietly(file);
      } else if (name.startsWith(ASIDE) && succeeded) {
        keepAside(previous, file);
      } else if (name.startsWith(ASIDE)) {
        restored |= restoreAside(root, file, name.substring(ASIDE.length()));
      }
    }
    return restored;
  }

  private static void keepAside(PreviousVersions previous, Path aside) {
    Optional<PluginPackage> old = PluginJars.tryRead(aside);
    if (old.isEmpty()) {
      PluginFolder.LOG.log(Level.WARNING, "left " + aside + " alone: it is not a plugin jar");
      return;
    }
    try {
      previous.keep(aside, old.get());
      PluginFolder.LOG.log(
          Level.WARNING,
          "an upgrade of "
              + old.get().id()
              + " was interrupted after it succeeded; version "
              + old.get().version()
              + " kept in "
              + PluginFolder.PREVIOUS
              + "/");
    } catch (IOException e) {
      // left in .staging/, a later upgrade cut short would take it for its own old jar
      deleteQuietly(aside);
      PluginFolder.LOG.log(Level.WARNING, "could not keep " + aside + " in previous/", e);
    }
  }

  private static boolean restoreAside(Path root, Path aside, String originalName) {
    Optional<PluginPackage> old = PluginJars.tryRead(aside);
    if (old.isEmpty()) {
      PluginFolder.LOG.log(Level.WARNING, "left " + aside + " alone: it is not a plugin jar");
      return false;
    }
    try {
      for (Path jar : PluginJars.jarsIn(root)) {
        if (PluginJars.tryRead(jar).filter(p -> p.id().equals(old.get().id())).isPresent()) {
          Files.delete(jar);
        }
      }
      FileMoves.move(aside, freeName(root, originalName, old.get()));
      PluginFolder.LOG.log(
          Level.WARNING,
          "an upgrade of "
              + old.get().id()
              + " was interrupted; version "
              + old.get().version()
              + " restored");
      return true;
    } catch (IOException e) {
      PluginFolder.LOG.log(Level.WARNING, "could not restore " + aside, e);
      return false;
    }
  }

  /** {@code wanted} in {@code root} if that is a free jar name, else one made from the plugin. */
  static Path freeName(Path root, String wanted, PluginPackage plugin) {
    if (PluginJars.isJar(wanted)
        && !wanted.startsWith(".")
        && !Files.exists(root.resolve(wanted))) {
      return root.resolve(wanted);
    }
    String base = (plugin.id() + "-" + plugin.version()).replaceAll("[^A-Za-z0-9._+-]", "_");
    Path target = root.resolve(base + ".jar");
    for (int n = 2; Files.exists(target); n++) {
      target = root.resolve(base + "-" + n + ".jar");
    }
    return target;
  }

  static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      PluginFolder.LOG.log(Level.WARNING, "could not delete " + file, e);
    }
  }

  private static List<Path> filesIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      PluginFolder.LOG.log(Level.WARNING, "cannot list " + folder, e);
      return List.of();
    }
  }
}
