package dev.sessionhost.adapter.out.linux;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reads one output stream of a process on its own daemon thread, keeping the first {@link
 * CommandResult#MAX_OUTPUT_BYTES} and draining the rest so the process never blocks on a full pipe.
 */
final class OutputCollector implements Runnable {

  private final InputStream stream;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final Thread thread;

  private OutputCollector(InputStream stream, String name) {
    this.stream = stream;
    this.thread = new Thread(this, "sessionhost-command-" + name);
    thread.setDaemon(true);
  }

  static OutputCollector start(InputStream stream, String name) {
    OutputCollector collector = new OutputCollector(stream, name);
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
          int room = CommandResult.MAX_OUTPUT_BYTES - kept.size();
          if (room > 0) {
            kept.write(buffer, 0, Math.min(room, read));
          }
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
}
