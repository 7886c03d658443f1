package dev.sessionhost.adapter.in.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plugin jar received in a request body, staged under its own name in a fresh folder of the
 * upload directory (so concurrent uploads never meet) and deleted with that folder afterwards.
 */
final class JarUpload implements AutoCloseable {

  static final String DEFAULT_NAME = "upload.jar";

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private final Path folder;
  private final Path jar;
  private final boolean complete;

  private JarUpload(Path folder, Path jar, boolean complete) {
    this.folder = folder;
    this.jar = jar;
    this.complete = complete;
  }

  /**
   * The file name to stage under: the last segment of what the client named, with any character
   * outside {@code [A-Za-z0-9._-]} replaced.
   *
   * @throws IllegalArgumentException when that name is no jar's
   */
  static String fileName(Optional<String> requested) {
    String name = requested.map(String::trim).orElse("");
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (name.isEmpty()) {
      return DEFAULT_NAME;
    }
    name = UNSAFE.matcher(name).replaceAll("_");
    if (!name.endsWith(".jar") || name.length() == ".jar".length() || name.startsWith(".")) {
      throw new IllegalArgumentException(
          "X-Plugin-File must name a .jar file (letters, digits, '.', '_', '-'), not '"
              + requested.orElse("")
              + "'");
    }
    return name;
  }

  /** Copies at most {@code limit} bytes of {@code body}; {@link #complete()} says if it all fit. */
  static JarUpload receive(Path uploadDir, String name, InputStream body, long limit)
      throws IOException {
    Files.createDirectories(uploadDir);
    Path folder = Files.createTempDirectory(uploadDir, "upload-");
    Path jar = folder.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int read;
      while ((read = body.read(buffer)) >= 0) {
        total += read;
        if (total > limit) {
          return new JarUpload(folder, jar, false);
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException | RuntimeException e) {
      delete(folder);
      throw e;
    }
    return new JarUpload(folder, jar, true);
  }

  Path jar() {
    return jar;
  }

  boolean complete() {
    return complete;
  }

  boolean empty() throws IOException {
    return Files.size(jar) == 0;
  }

  @Override
  public void close() throws IOException {
    delete(folder);
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
