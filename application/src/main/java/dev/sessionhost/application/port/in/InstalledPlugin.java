package dev.sessionhost.application.port.in;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A plugin jar in the plugins folder: its id and version, the file, whether it is the installed one
 * or a kept previous version, and why it does not run (empty when it does, or is not installed).
 */
public record InstalledPlugin(
    String id, String version, Path file, boolean active, String problem) {

  public InstalledPlugin {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(file, "file");
    problem = problem == null ? "" : problem;
  }
}
