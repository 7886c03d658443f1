package dev.sessionhost.adapter.in.dropfolder;

import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import dev.sessionhost.application.port.in.UpgradeResult;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code plugins/updates/}: a jar dropped there is upgraded to, as {@code plugins upgrade} would. A
 * jar still being written is left for the next poll (it must be a couple of seconds old); one
 * upgraded is deleted, one rejected moves to {@code updates/rejected/} for the operator to look at.
 */
public final class UpdateDropFolder {

  /** The drop folder, under the plugins folder. */
  public static final String FOLDER = "updates";

  /** Where a refused jar is moved, under the drop folder. */
  public static final String REJECTED = "rejected";

  /** Younger than this, a jar may still be being copied in. */
  private static final Duration SETTLED = Duration.ofSeconds(2);

  private final Path folder;
  private final UpgradePluginUseCase upgrade;
  private final Clock clock;

  public UpdateDropFolder(Path pluginsDir, UpgradePluginUseCase upgrade, Clock clock) {
    this.folder = pluginsDir.resolve(FOLDER);
    this.upgrade = upgrade;
    this.clock = clock;
  }

  /** Upgrades to every settled jar in the folder, oldest first, logging each result. */
  public void poll(Consumer<String> log) {
    for (Path jar : settledJars()) {
      UpgradeResult result = upgrade.upgrade(UpgradePluginCommand.upgrade(jar));
      String name = String.valueOf(jar.getFileName());
      try {
        if (result.succeeded()) {
          Files.deleteIfExists(jar);
          log.accept(
              "upgraded from "
                  + FOLDER
                  + "/"
                  + name
                  + ": "
                  + result.pluginId().orElse("?")
                  + " "
                  + result.previousVersion().map(v -> v + " -> ").orElse("")
                  + result.offeredVersion().orElse("?"));
        } else {
          Path rejected = folder.resolve(REJECTED);
          Files.createDirectories(rejected);
          Files.move(jar, rejected.resolve(name), StandardCopyOption.REPLACE_EXISTING);
          log.accept(
              "rejected "
                  + FOLDER
                  + "/"
                  + name
                  + " (moved to "
                  + FOLDER
                  + "/"
                  + REJECTED
                  + "/): "
                  + result.rejection().orElse(result.update().errorMessage()));
        }
      } catch (IOException e) {
        log.accept("cannot clear " + jar + " after its upgrade: " + e);
      }
    }
  }

  private List<Path> settledJars() {
    List<Path> jars = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return jars;
    }
    FileTime settledBefore = FileTime.from(clock.instant().minus(SETTLED));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
      for (Path file : files) {
        if (Files.isRegularFile(file)
            && Files.getLastModifiedTime(file).compareTo(settledBefore) <= 0) {
          jars.add(file);
        }
      }
    } catch (IOException e) {
      return jars;
    }
    jars.sort(
        (a, b) -> {
          try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
          } catch (IOException e) {
            return a.compareTo(b);
          }
        });
    return jars;
  }
}
