package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.PluginInstallationPort;
import dev.sessionhost.application.port.out.PluginPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A plugin jar moved into the plugins folder with the jar it replaced waiting in {@code .staging/}:
 * commit sends that one to {@code previous/}, roll back deletes the new jar and moves it back.
 */
final class FolderSwap implements PluginInstallationPort.Swap {

  private final PluginFolder folder;
  private final PluginPackage installed;
  private final Optional<PluginPackage> replaced;
  private final Optional<Path> aside;
  private boolean done;

  /**
   * @param installed the new plugin, with its file in the plugins folder
   * @param replaced the old plugin, with the file it had in the plugins folder
   * @param aside where the old plugin's jar waits meanwhile
   */
  FolderSwap(
      PluginFolder folder,
      PluginPackage installed,
      Optional<PluginPackage> replaced,
      Optional<Path> aside) {
    this.folder = folder;
    this.installed = installed;
    this.replaced = replaced;
    this.aside = aside;
  }

  @Override
  public Optional<String> loadProblem() {
    return PluginListing.problemOf(
        folder.loader().problems(), installed.id(), installed.file().getFileName().toString());
  }

  @Override
  public void commit() {
    finish();
    if (aside.isEmpty()) {
      return;
    }
    try {
      folder.previous().keep(aside.get(), replaced.orElseThrow());
    } catch (IOException e) {
      // left in .staging/, a later upgrade cut short would take it for its own old jar
      UnfinishedSwaps.deleteQuietly(aside.get());
      PluginFolder.LOG.log(
          System.Logger.Level.WARNING,
          "could not keep " + replaced.orElseThrow().file().getFileName() + " in previous/",
          e);
    }
  }

  @Override
  public void rollBack() {
    finish();
    try {
      Files.deleteIfExists(installed.file());
      if (aside.isPresent()) {
        FileMoves.move(aside.get(), replaced.orElseThrow().file());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot restore the plugins folder after a failed upgrade of " + installed.id(), e);
    } finally {
      folder.loader().reload();
    }
  }

  private void finish() {
    if (done) {
      throw new IllegalStateException("the swap of " + installed.id() + " is already finished");
    }
    done = true;
  }
}
