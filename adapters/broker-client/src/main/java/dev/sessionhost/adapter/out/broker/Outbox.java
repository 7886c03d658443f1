package dev.sessionhost.adapter.out.broker;

import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reports waiting for the broker, in the order they were made, kept in {@code
 * broker-outbox.jsonl} so that a crash of the agent loses none.
 *
 * <p>The file is a log of JSON lines: a report ({@code {"sequence":..,"change":..,"body":{..}}}) or
 * the acknowledgement of every report up to a sequence ({@code {"ack":..}}). Each line is written
 * whole with one write and no fsync: it survives a crash of the process (the kernel has it), not
 * one of the machine. On start the log is read back; a line cut by a crash is skipped, never fatal.
 * A report that changed nothing is replaced by the next one (only the newest such is worth
 * sending), and when more than the limit wait, the oldest go first, with a log line. The log is
 * rewritten (to a temporary file, then moved over) once it holds many lines no longer needed.
 */
final class Outbox {

  static final String FILE = "broker-outbox.jsonl";

  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  /** Rewrite the file once this many of its lines are no longer needed. */
  private static final int COMPACT_AFTER = 500;

  private final Path file;
  private final int limit;
  private final Deque<Report> waiting = new ArrayDeque<>();
  private final Appender appender;
  private FileChannel log;
  private long lastSequence;
  private int deadLines;
  private boolean dropWarned;

  /** Whether the last write failed: the next one rewrites the file, and only then logs. */
  private boolean writeFailing;

  /** One report: its sequence, whether it carried a status change, and the heartbeat's JSON. */
  record Report(long sequence, boolean change, ObjectNode body) {}

  /** Opens the file for appending; a test may hand out one that fails. */
  interface Appender {
    FileChannel open(Path file) throws IOException;
  }

  Outbox(Path stateDir, int limit) {
    this(
        stateDir,
        limit,
        f -> FileChannel.open(f, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
  }

  Outbox(Path stateDir, int limit, Appender appender) {
    this.file = stateDir.resolve(FILE);
    this.limit = limit;
    this.appender = appender;
    try {
      Files.createDirectories(stateDir);
      load();
      rewrite();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the broker outbox " + file, e);
    }
  }

  private void load() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    long acked = 0;
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = WireJson.MAPPER.readTree(line);
        if (node.has("ack")) {
          acked = Math.max(acked, node.get("ack").asLong());
        } else {
          reports.add(
              new Report(
                  node.get("sequence").asLong(),
                  node.get("change").asBoolean(),
                  (ObjectNode) node.get("body")));
        }
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            file + ":" + (i + 1) + ": skipped a report the agent could not finish writing");
      }
    }
    lastSequence = acked;
    for (Report report : reports) {
      lastSequence = Math.max(lastSequence, report.sequence());
      if (report.sequence() > acked) {
        enqueue(report);
      }
    }
  }

  /** The sequence number of the newest report, 0 for a host that never made one. */
  synchronized long lastSequence() {
    return lastSequence;
  }

  /** Adds a report, collapsing a waiting one that changed nothing, and keeps it in the file. */
  synchronized void add(Report report) {
    lastSequence = Math.max(lastSequence, report.sequence());
    enqueue(report);
    append(line(report));
  }

  private void enqueue(Report report) {
    Report tail = waiting.peekLast();
    if (tail != null && !tail.change()) {
      // superseded: a report that changed nothing is worth sending only while it is the newest
      waiting.pollLast();
      deadLines++;
    }
    waiting.addLast(report);
    while (waiting.size() > limit) {
      waiting.pollFirst();
      deadLines++;
      if (!dropWarned) {
        dropWarned = true;
        LOG.log(
            System.Logger.Level.WARNING,
            "the broker outbox holds "
                + limit
                + " reports: the oldest are dropped until the broker takes them again");
      }
    }
  }

  /** The oldest report waiting, if any. */
  synchronized Optional<Report> next() {
    return Optional.ofNullable(waiting.peekFirst());
  }

  /** The broker has {@code report} and everything before it: they leave the outbox. */
  synchronized void delivered(Report report) {
    while (!waiting.isEmpty() && waiting.peekFirst().sequence() <= report.sequence()) {
      waiting.pollFirst();
      deadLines++;
    }
    dropWarned = false;
    append("{\"ack\":" + report.sequence() + "}");
    deadLines++;
    if (deadLines > COMPACT_AFTER) {
      try {
        rewrite();
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "cannot compact the broker outbox " + file + ": " + e);
      }
    }
  }

  synchronized int size() {
    return waiting.size();
  }

  /** What waits, oldest first (for tests and diagnostics). */
  synchronized List<Report> waiting() {
    return List.copyOf(waiting);
  }

  private static String line(Report report) {
    ObjectNode node = WireJson.MAPPER.createObjectNode();
    node.put("sequence", report.sequence());
    node.put("change", report.change());
    node.set("body", report.body());
    return node.toString();
  }

  private void append(String line) {
    if (log == null) {
      return;
    }
    if (writeFailing) {
      // the file may end in half a line, and misses what came meanwhile: write it whole
      try {
        rewrite();
      } catch (IOException e) {
        return; // still failing; said once when it began
      }
      writeFailing = false;
      LOG.log(
          System.Logger.Level.INFO,
          "writing the broker outbox " + file + " again, with the " + waiting.size() + " waiting");
      return;
    }
    try {
      ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        log.write(bytes);
      }
    } catch (IOException e) {
      writeFailing = true;
      LOG.log(
          System.Logger.Level.WARNING,
          "cannot write the broker outbox "
              + file
              + ": "
              + e
              + "; reports wait in memory (sent as usual) and are written once the file can be"
              + " written again");
    }
  }

  /** Writes what waits (and the newest acknowledged sequence) to a fresh file over the log. */
  private void rewrite() throws IOException {
    Path temp = file.resolveSibling(FILE + ".tmp");
    StringBuilder text = new StringBuilder();
    long acked = waiting.isEmpty() ? lastSequence : waiting.peekFirst().sequence() - 1;
    text.append("{\"ack\":").append(acked).append("}\n");
    for (Report report : waiting) {
      text.append(line(report)).append('\n');
    }
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    if (log != null) {
      log.close();
    }
    log = appender.open(file);
    deadLines = 0;
  }

  synchronized void close() {
    try {
      if (log != null) {
        log.close();
        log = null;
      }
    } catch (IOException e) {
      // nothing is lost: every line was written when it was added
    }
  }
}
