package dev.sessionhost.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes configuration files for tests. */
final class ConfigFiles {

  private ConfigFiles() {}

  /** Writes {@code yaml} to {@code sessionhost.yaml} in {@code dir} and returns the file. */
  static Path write(Path dir, String yaml) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve("sessionhost.yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
