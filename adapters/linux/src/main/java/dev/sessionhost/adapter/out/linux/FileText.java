package dev.sessionhost.adapter.out.linux;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The text of a small file, or why it could not be read ({@code no such file}, {@code permission
 * denied}).
 *
 * @param path the file
 * @param text its content when read, cut to {@link #MAX_BYTES}
 * @param problem why it was not read; empty when it was
 */
record FileText(Path path, Optional<String> text, String problem) {

  /** The most bytes read from a configuration file: 1 MiB. */
  static final int MAX_BYTES = 1024 * 1024;

  static FileText read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return new FileText(
          path, Optional.of(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8)), "");
    } catch (NoSuchFileException e) {
      return new FileText(path, Optional.empty(), "no such file");
    } catch (AccessDeniedException e) {
      return new FileText(path, Optional.empty(), "permission denied");
    } catch (IOException e) {
      String reason = Files.isDirectory(path) ? "a directory, not a file" : String.valueOf(e);
      return new FileText(path, Optional.empty(), reason);
    }
  }

  /** The path followed by the problem, e.g. {@code /etc/sssd/sssd.conf: no such file}. */
  String describeProblem() {
    return path + ": " + problem;
  }
}
