package dev.sessionhost.adapter.out.history;

import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.domain.health.StatusChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps status changes in {@code history.jsonl}, one JSON object a line, rotated by size and read
 * back into memory when the agent starts.
 */
public final class JsonLinesHealthHistory implements HealthHistoryPort {

  static final String FILE_NAME = "history.jsonl";
  static final int KEPT_IN_MEMORY = 1000;
  private static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
  private static final int DEFAULT_KEPT_FILES = 3;
  private static final System.Logger LOG = System.getLogger(JsonLinesHealthHistory.class.getName());
  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Path directory;
  private final Path current;
  private final long maxFileBytes;
  private final int keptFiles;
  private final Clock clock;
  private final Deque<StatusChange> memory = new ArrayDeque<>();
  private long currentBytes;
  private boolean cutLineAtEnd;

  /**
   * Opens the history in {@code directory}, creating it if needed, and reads what is there.
   *
   * @param maxFileBytes the size the current file may not pass (a single longer line still fits)
   * @param keptFiles how many rotated files to keep besides the current one
   * @throws UncheckedIOException when the directory cannot be created or read
   */
  public JsonLinesHealthHistory(Path directory, long maxFileBytes, int keptFiles) {
    this(directory, maxFileBytes, keptFiles, Clock.systemUTC());
  }

  /**
   * As {@link #JsonLinesHealthHistory(Path, long, int)}; {@code clock} dates damaged files kept.
   */
  JsonLinesHealthHistory(Path directory, long maxFileBytes, int keptFiles, Clock clock) {
    if (maxFileBytes <= 0 || keptFiles < 0) {
      throw new IllegalArgumentException("maxFileBytes must be > 0 and keptFiles >= 0");
    }
    this.directory = directory;
    this.current = directory.resolve(FILE_NAME);
    this.maxFileBytes = maxFileBytes;
    this.keptFiles = keptFiles;
    this.clock = clock;
    try {
      Files.createDirectories(directory);
      load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the status history in " + directory, e);
    }
  }

  /** The history in the agent's state directory: 1 MiB files, three rotated ones kept. */
  public static JsonLinesHealthHistory inStateDir(Path stateDir) {
    return new JsonLinesHealthHistory(stateDir, DEFAULT_MAX_FILE_BYTES, DEFAULT_KEPT_FILES);
  }

  private void load() throws IOException {
    HistoryReader reader = new HistoryReader(MAPPER);
    for (int i = keptFiles; i >= 1; i--) {
      readOrKeepAside(reader, rotated(i));
    }
    cutLineAtEnd = readOrKeepAside(reader, current);
    currentBytes = Files.isRegularFile(current) ? Files.size(current) : 0;
  }

  /**
   * Reads one file of the history, skipping its damaged lines; one it cannot use at all (a
   * directory, unreadable, or not one readable change among damaged lines) is moved aside for the
   * operator, never deleted. Each problem is one warning.
   *
   * @return whether the file (still in place) ends in a cut line
   */
  private boolean readOrKeepAside(HistoryReader reader, Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String problem = null;
    HistoryReader.Read read = null;
    if (!Files.isRegularFile(file)) {
      problem = "is not a regular file";
    } else {
      try {
        read = reader.read(file, this::remember);
      } catch (IOException | RuntimeException e) {
        problem = "cannot be read (" + e + ")";
      }
    }
    if (read != null && read.damaged() > 0 && read.changes() == 0) {
      problem =
          "holds no readable status change ("
              + read.damaged()
              + (read.damaged() == 1 ? " damaged line, " : " damaged lines, first ")
              + read.firstDamage()
              + ")";
    }
    if (problem == null) {
      warnAboutDamage(file, read);
      return read.cutLineAtEnd();
    }
    LOG.log(
        Level.WARNING,
        file
            + " "
            + problem
            + ": "
            + DamagedFile.keptAside(file, clock)
            + (file.equals(current)
                ? "; starting " + FILE_NAME + " anew"
                : "; its changes are left out of the history"));
    return false;
  }

  private static void warnAboutDamage(Path file, HistoryReader.Read read) {
    if (read.damaged() > 0) {
      LOG.log(
          Level.WARNING,
          file
              + " has "
              + read.damaged()
              + (read.damaged() == 1 ? " damaged line (" : " damaged lines (first ")
              + read.firstDamage()
              + "): skipped, the "
              + read.changes()
              + " readable changes are kept"
              + (read.cutLineAtEnd() ? "; the last line, cut by a crash, is skipped" : ""));
    } else if (read.cutLineAtEnd()) {
      LOG.log(
          Level.WARNING,
          file + " ends in a line with no end of line, probably cut by a crash: skipping it");
    }
  }

  @Override
  public void append(StatusChange change) {
    String json = MAPPER.writeValueAsString(HistoryLine.of(change));
    synchronized (this) {
      remember(change);
      try {
        write(json);
      } catch (IOException e) {
        // The history only informs operators; losing a line must not stop the health cycle.
        LOG.log(Level.WARNING, "cannot write the status history in " + directory, e);
      }
    }
  }

  private void write(String json) throws IOException {
    byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
    if (currentBytes > 0 && currentBytes + line.length > maxFileBytes) {
      rotate();
    }
    if (cutLineAtEnd) {
      line = ("\n" + json + "\n").getBytes(StandardCharsets.UTF_8);
    }
    Files.write(current, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    currentBytes += line.length;
    cutLineAtEnd = false;
  }

  private void rotate() throws IOException {
    if (keptFiles == 0) {
      Files.deleteIfExists(current);
    } else {
      Files.deleteIfExists(rotated(keptFiles));
      for (int i = keptFiles - 1; i >= 1; i--) {
        if (Files.exists(rotated(i))) {
          Files.move(rotated(i), rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.move(current, rotated(1), StandardCopyOption.REPLACE_EXISTING);
    }
    currentBytes = 0;
    cutLineAtEnd = false;
  }

  private Path rotated(int index) {
    return directory.resolve(FILE_NAME + "." + index);
  }

  private void remember(StatusChange change) {
    memory.addLast(change);
    if (memory.size() > KEPT_IN_MEMORY) {
      memory.removeFirst();
    }
  }

  @Override
  public synchronized List<StatusChange> recent(int limit) {
    int count = Math.max(0, Math.min(limit, memory.size()));
    List<StatusChange> newestFirst = new ArrayList<>(count);
    var it = memory.descendingIterator();
    while (newestFirst.size() < count) {
      newestFirst.add(it.next());
    }
    Collections.reverse(newestFirst);
    return List.copyOf(newestFirst);
  }
}
