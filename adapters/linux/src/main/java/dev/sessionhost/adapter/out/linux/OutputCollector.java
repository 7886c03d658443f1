package dev.sessionhost.adapter.out.linux;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reads one output stream of a process on its own daemon thread, keeping the first bytes up to a
 * limit and draining (and counting) the rest so the process never blocks on a full pipe.
 */
final class OutputCollector implements Runnable {

  private final InputStream stream;
  private final int limit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long dropped;
  private final Thread thread;

  private OutputCollector(InputStream stream, String name, int limit) {
    this.stream = stream;
    this.limit = limit;
    this.thread = new Thread(this, "sessionhost-command-" + name);
    thread.setDaemon(true);
  }

  /** Starts reading, keeping {@link CommandResult#MAX_OUTPUT_BYTES}. */
  static OutputCollector start(InputStream stream, String name) {
    return start(stream, name, CommandResult.MAX_OUTPUT_BYTES);
  }

  /** Starts reading, keeping the first {@code limit} bytes. */
  static OutputCollector start(InputStream stream, String name, int limit) {
    OutputCollector collector = new OutputCollector(stream, name, limit);
    collector.thread.start();
    return collector;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[8192];
    try (stream) {
      int read;
      while ((read = stream.read(buffer)) != -1) {
        synchronized (kept) {
          int keep = Math.max(0, Math.min(limit - kept.size(), read));
          kept.write(buffer, 0, keep);
          dropped += read - keep;
        }
      }
    } catch (IOException e) {
      // the process was killed or its pipe closed: what was read so far is the output
    }
  }

  /**
   * The output read until the stream ended or until the deadline (a {@link System#nanoTime()}
   * value), whichever comes first: a child left running in the background may hold the pipe open.
   */
  String text(long deadlineNanos) throws InterruptedException {
    long wait = deadlineNanos - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.timedJoin(thread, wait);
    }
    synchronized (kept) {
      return kept.toString(StandardCharsets.UTF_8);
    }
  }

  /** Whether the stream has ended (every writer closed it) and everything was read. */
  boolean finished() {
    return !thread.isAlive();
  }

  /** The bytes read past the limit and dropped so far. */
  long dropped() {
    synchronized (kept) {
      return dropped;
    }
  }
}
