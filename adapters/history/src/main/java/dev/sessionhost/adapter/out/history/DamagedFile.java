package dev.sessionhost.adapter.out.history;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moves a state file the agent cannot use aside, to {@code NAME.damaged-20261207T031500Z} beside
 * it, so the operator finds it with its bytes untouched: a damaged file is never deleted. Also used
 * by the bootstrap for the admin token files.
 */
public final class DamagedFile {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private DamagedFile() {}

  /** Renames {@code file} (a file or a directory) aside and returns where it went. */
  public static Path keepAside(Path file, Clock clock) throws IOException {
    String name = file.getFileName() + ".damaged-" + STAMP.format(clock.instant());
    Path target = file.resolveSibling(name);
    for (int i = 1; ; i++) {
      try {
        return Files.move(file, target);
      } catch (FileAlreadyExistsException e) {
        target = file.resolveSibling(name + "-" + i);
      }
    }
  }

  /** The end of the log line: where the file went, or why it is still there. */
  static String keptAside(Path file, Clock clock) {
    try {
      return "kept as " + keepAside(file, clock).getFileName();
    } catch (IOException | RuntimeException e) {
      return "left in place, it could not be moved aside (" + e + ")";
    }
  }
}
