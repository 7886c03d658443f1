package dev.sessionhost.plugins.urlsaccessible;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ReachAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Reaches endpoints in parallel on a pool of its own that lives for one run. */
final class ParallelReach {

  static final int MAX_THREADS = 16;

  /** At most this much (or a tenth of the time left) is kept back to return before the deadline. */
  private static final Duration MAX_MARGIN = Duration.ofMillis(200);

  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private ParallelReach() {}

  /**
   * Reaches every endpoint, each within {@code perEndpoint} cut to the time left before the
   * deadline, less a margin so that the verdict is ready in time.
   *
   * @return the answers in the endpoints' order; {@code null} for one not answered in time
   * @throws ProbeException when the probe could not attempt an endpoint at all
   * @throws InterruptedException when the run is interrupted; the pool is stopped either way
   */
  static List<ReachAnswer> reachAll(
      HttpProbe http, List<Endpoint> endpoints, Duration perEndpoint, CheckContext context)
      throws InterruptedException {
    Duration remaining = context.remaining();
    Duration margin = remaining.dividedBy(10);
    long waitNanos =
        remaining.minus(margin.compareTo(MAX_MARGIN) < 0 ? margin : MAX_MARGIN).toNanos();
    long end = System.nanoTime() + waitNanos;
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(endpoints.size(), MAX_THREADS), daemonThreads());
    try {
      List<Future<ReachAnswer>> futures = new ArrayList<>(endpoints.size());
      for (Endpoint endpoint : endpoints) {
        futures.add(pool.submit(() -> reach(http, endpoint, perEndpoint, end)));
      }
      List<ReachAnswer> answers = new ArrayList<>(endpoints.size());
      for (int i = 0; i < futures.size(); i++) {
        answers.add(await(futures.get(i), end, endpoints.get(i)));
      }
      return answers;
    } finally {
      pool.shutdownNow(); // interrupts probes still running past the deadline
    }
  }

  /** Reaches one endpoint, giving up by {@code end} (a {@link System#nanoTime} instant). */
  private static ReachAnswer reach(
      HttpProbe http, Endpoint endpoint, Duration perEndpoint, long end) {
    Duration left = Duration.ofNanos(end - System.nanoTime());
    if (left.isNegative() || left.isZero()) {
      return null; // queued until the wait was over: not probed
    }
    Duration timeout = left.compareTo(perEndpoint) < 0 ? left : perEndpoint;
    return http.reach(endpoint.host(), endpoint.port(), timeout);
  }

  private static ReachAnswer await(Future<ReachAnswer> future, long end, Endpoint endpoint)
      throws InterruptedException {
    try {
      return future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return null;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ProbeException probe) {
        throw new ProbeException(
            "cannot probe " + endpoint.label() + ": " + probe.getMessage(), probe);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemonThreads() {
    return task -> {
      Thread thread =
          new Thread(task, "UrlsAccessibleCheck-reach-" + THREAD_NUMBER.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
