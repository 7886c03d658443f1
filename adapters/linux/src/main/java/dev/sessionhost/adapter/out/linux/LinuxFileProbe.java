package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.PathState;
import dev.sessionhost.plugin.api.ProbeException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The state of a path from {@code java.nio.file}: whether it exists, is a file or a directory, its
 * size, and whether the agent may read it.
 *
 * <p>Thread-safe: it keeps no state.
 */
final class LinuxFileProbe implements FileProbe {

  @Override
  public PathState path(String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("path must not be blank");
    }
    Path file;
    try {
      file = Path.of(path);
    } catch (InvalidPathException e) {
      throw new ProbeException("\"" + path + "\" is not a valid path: " + e.getReason(), e);
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      boolean brokenLink = Files.isSymbolicLink(file);
      return PathState.missing(path, brokenLink ? "broken symbolic link" : "no such file");
    } catch (AccessDeniedException e) {
      throw new ProbeException(
          "cannot tell whether " + path + " exists: permission denied on a parent folder", e);
    } catch (IOException e) {
      throw new ProbeException("cannot read the state of " + path + ": " + e, e);
    }
    boolean readable = Files.isReadable(file);
    if (attributes.isDirectory()) {
      return new PathState(path, true, readable, true, 0, denied("directory", readable));
    }
    long size = attributes.size();
    String kind =
        attributes.isRegularFile()
            ? "regular file, " + Sizes.describe(size)
            : "special file (device, pipe or socket)";
    if (Files.isSymbolicLink(file)) {
      kind += ", through a symbolic link to " + target(file);
    }
    return new PathState(path, true, readable, false, size, denied(kind, readable));
  }

  private static String denied(String kind, boolean readable) {
    return readable ? kind : "permission denied (" + kind + ")";
  }

  private static String target(Path link) {
    try {
      return link.toRealPath().toString();
    } catch (IOException e) {
      return "an unreadable target";
    }
  }
}
