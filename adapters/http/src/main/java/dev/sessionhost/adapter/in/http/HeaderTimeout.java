package dev.sessionhost.adapter.in.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not brought a whole request head within the timeout: a client that
 * trickles its request line and headers (slowloris), or a keep-alive connection left idle, holds a
 * socket for at most this long, whatever bytes it sends meanwhile.
 *
 * <p>The clock of a connection runs from its opening and from the end of each answer, and stops
 * while a request is being handled: a long upload or a slow admin request is not cut by it.
 */
final class HeaderTimeout implements Connection.Listener {

  private static final long HANDLING = -1;

  private final long timeoutNanos;
  private final LongSupplier nanoTime;
  private final Map<Connection, Long> waitingSince = new ConcurrentHashMap<>();
  private Scheduler scheduler;
  private long sweepMillis;
  private boolean running;
  private Scheduler.Task sweep;

  HeaderTimeout(Duration timeout, LongSupplier nanoTime) {
    this.timeoutNanos = timeout.toNanos();
    this.nanoTime = nanoTime;
  }

  /**
   * Looks at the open connections several times per timeout, on this scheduler, while there are
   * any: an agent nobody talks to is not woken up for it.
   */
  synchronized void start(Scheduler scheduler) {
    this.scheduler = scheduler;
    this.sweepMillis = Math.max(50, TimeUnit.NANOSECONDS.toMillis(timeoutNanos) / 10);
    this.running = true;
    scheduleIfNeeded();
  }

  synchronized void stop() {
    running = false;
    if (sweep != null) {
      sweep.cancel();
      sweep = null;
    }
  }

  private synchronized void scheduleIfNeeded() {
    if (running && sweep == null && !waitingSince.isEmpty() && scheduler.isRunning()) {
      sweep = scheduler.schedule(this::sweep, sweepMillis, TimeUnit.MILLISECONDS);
    }
  }

  private void sweep() {
    synchronized (this) {
      sweep = null;
    }
    closeOverdue();
    scheduleIfNeeded();
  }

  @Override
  public void onOpened(Connection connection) {
    waitingSince.put(connection, nanoTime.getAsLong());
    scheduleIfNeeded();
  }

  @Override
  public void onClosed(Connection connection) {
    waitingSince.remove(connection);
  }

  /**
   * Marks a request's head as received on its connection; the returned callback, completed with the
   * answer, starts the connection's clock again.
   */
  Callback handling(Connection connection, Callback answered) {
    waitingSince.replace(connection, HANDLING);
    Runnable restart = () -> waitingSince.replace(connection, HANDLING, nanoTime.getAsLong());
    return new Callback() {
      @Override
      public void succeeded() {
        restart.run();
        answered.succeeded();
      }

      @Override
      public void failed(Throwable failure) {
        restart.run();
        answered.failed(failure);
      }

      @Override
      public InvocationType getInvocationType() {
        return answered.getInvocationType();
      }
    };
  }

  private void closeOverdue() {
    long now = nanoTime.getAsLong();
    waitingSince.forEach(
        (connection, since) -> {
          if (since != HANDLING && now - since > timeoutNanos) {
            connection.close();
          }
        });
  }
}
