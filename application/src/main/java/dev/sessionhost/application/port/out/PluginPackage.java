package dev.sessionhost.application.port.out;

import java.nio.file.Path;
import java.util.Objects;

/** A plugin jar as its descriptor declares it: the file, the plugin id and the version. */
public record PluginPackage(Path file, String id, String version) {

  public PluginPackage {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
  }
}
