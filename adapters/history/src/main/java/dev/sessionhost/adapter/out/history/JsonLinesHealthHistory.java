package dev.sessionhost.adapter.out.history;

import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps status changes in {@code history.jsonl}, one JSON object a line, rotated by size and read
 * back into memory when the agent starts. While the file cannot be written (a full disk, a
 * read-only mount) the changes wait in memory, where the API still serves them, and are written in
 * order when it can be again: told every snapshot, as a reporter, the history tries once a cycle.
 */
public final class JsonLinesHealthHistory implements HealthHistoryPort, PublishHealthPort {

  static final String FILE_NAME = "history.jsonl";
  static final int KEPT_IN_MEMORY = 1000;
  private static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
  private static final int DEFAULT_KEPT_FILES = 3;
  private static final System.Logger LOG = System.getLogger(JsonLinesHealthHistory.class.getName());
  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final HistoryFiles files;
  private final Path current;
  private final int keptFiles;
  private final Clock clock;
  private final Deque<StatusChange> memory = new ArrayDeque<>();

  /** Lines not yet in the file, oldest first: it could not be written when they came. */
  private final Deque<Unwritten> unwritten = new ArrayDeque<>();

  /** When the first change still waiting happened; null while the file takes every change. */
  private Instant outageSince;

  private int heldBack;
  private int lostInOutage;

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
    this(directory, maxFileBytes, keptFiles, clock, HistoryFiles.Writes.ALL);
  }

  /**
   * As {@link #JsonLinesHealthHistory(Path, long, int, Clock)}; {@code writes} puts each line in.
   */
  JsonLinesHealthHistory(
      Path directory, long maxFileBytes, int keptFiles, Clock clock, HistoryFiles.Writes writes) {
    if (maxFileBytes <= 0 || keptFiles < 0) {
      throw new IllegalArgumentException("maxFileBytes must be > 0 and keptFiles >= 0");
    }
    this.files = new HistoryFiles(directory, FILE_NAME, maxFileBytes, keptFiles, writes);
    this.current = files.current();
    this.keptFiles = keptFiles;
    this.clock = clock;
    try {
      Files.createDirectories(directory);
      load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the status history in " + directory, e);
    }
  }

  /** A change waiting to be written: when it happened, and its line. */
  private record Unwritten(Instant at, String json) {}

  /** The history in the agent's state directory: 1 MiB files, three rotated ones kept. */
  public static JsonLinesHealthHistory inStateDir(Path stateDir) {
    return new JsonLinesHealthHistory(stateDir, DEFAULT_MAX_FILE_BYTES, DEFAULT_KEPT_FILES);
  }

  private void load() throws IOException {
    HistoryReader reader = new HistoryReader(MAPPER);
    for (int i = keptFiles; i >= 1; i--) {
      readOrKeepAside(reader, files.rotated(i));
    }
    files.opened(readOrKeepAside(reader, current));
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
      unwritten.addLast(new Unwritten(change.at(), json));
      if (unwritten.size() > KEPT_IN_MEMORY) {
        unwritten.removeFirst();
        lostInOutage++;
      }
      writeUnwritten();
    }
  }

  /**
   * Every new snapshot is a chance to write the changes held back while the file could not be
   * written, so that the history catches up within a cycle of the space or the write access coming
   * back, changes or not.
   */
  @Override
  public synchronized void publish(HostHealth health, Optional<StatusChange> change) {
    if (!unwritten.isEmpty()) {
      writeUnwritten();
    }
  }

  /**
   * Writes the changes held back, oldest first, stopping at the first that fails. The history only
   * informs operators: a file that cannot be written (a full disk, a read-only mount) must neither
   * stop the health cycle nor fill the log, so an outage is one warning when it starts and one line
   * when the changes it held back are written.
   */
  private void writeUnwritten() {
    int written = 0;
    try {
      while (!unwritten.isEmpty()) {
        files.append(unwritten.peekFirst().json());
        unwritten.removeFirst();
        written++;
      }
    } catch (IOException e) {
      if (outageSince != null) {
        heldBack += written;
      } else {
        outageSince = unwritten.peekFirst().at();
        LOG.log(
            Level.WARNING,
            "cannot write "
                + current
                + " ("
                + reason(e)
                + "): keeping the status changes in memory, to write them once it can be written"
                + " again");
      }
      return;
    }
    if (outageSince != null) {
      heldBack += written;
      LOG.log(
          Level.INFO,
          "wrote "
              + current
              + " again: the "
              + (heldBack == 1 ? "1 status change" : heldBack + " status changes")
              + " held back since "
              + outageSince
              + " are written"
              + (lostInOutage == 0
                  ? ""
                  : "; the " + lostInOutage + " oldest did not fit in memory and are lost"));
      outageSince = null;
      heldBack = 0;
      lostInOutage = 0;
    }
  }

  /** Why a write failed, as the system put it: "No space left on device". */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs) {
      // its message starts with the file's name, which the log line already gives
      return fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
