package dev.sessionhost.adapter.out.plugin;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moves files within the plugins folder atomically where the file system can. */
final class FileMoves {

  private FileMoves() {}

  /** Moves {@code from} to {@code to}, which must not exist. */
  static void move(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      throw new IOException(to + " already exists");
    }
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
