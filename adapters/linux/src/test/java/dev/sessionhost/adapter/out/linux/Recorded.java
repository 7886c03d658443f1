package dev.sessionhost.adapter.out.linux;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Outputs and files recorded from real hosts, kept in {@code src/test/resources/recorded}. */
final class Recorded {

  private Recorded() {}

  static String text(String name) {
    try (InputStream in = Recorded.class.getResourceAsStream("/recorded/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded output " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the recorded file to the path, creating its folders. */
  static Path copy(String name, Path to) {
    try {
      Files.createDirectories(to.getParent());
      return Files.writeString(to, text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
