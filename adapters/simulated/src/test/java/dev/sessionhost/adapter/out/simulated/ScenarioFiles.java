package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.Probe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes scenarios to a folder and loads them, for tests. */
final class ScenarioFiles {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final Path folder;

  ScenarioFiles(Path folder) {
    this.folder = folder;
  }

  /** Writes the text to the file and moves its modification time on, so a re-read sees it. */
  Path write(String name, String yaml) {
    Path file = folder.resolve(name);
    try {
      FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
      Files.writeString(file, yaml);
      if (before != null) {
        // Some file systems keep whole seconds: make the change visible whatever the clock says.
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Writes the scenario and loads it as the simulated environment. */
  SimulatedEnvironment load(String yaml) {
    return SimulatedEnvironment.load(write("scenario.yaml", yaml), CLOCK);
  }

  /** One probe of the environment. */
  static <T extends Probe> T probe(SimulatedEnvironment environment, Class<T> type) {
    return type.cast(environment.probes().get(type));
  }
}
