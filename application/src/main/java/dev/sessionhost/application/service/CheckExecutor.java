package dev.sessionhost.application.service;

import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs checks in parallel, each on a worker of its own with a hard timeout, and turns whatever
 * happens into a {@link CheckResult}.
 *
 * <p>One run per check at a time: a check whose previous run is still going (it ignored its
 * interruption) is not started again but reported unknown, "still running since ...". Waiting never
 * goes past a check's own deadline, so a batch takes at most its longest timeout plus the time to
 * collect. Workers are daemon threads: a hung check never keeps the process alive.
 */
public final class CheckExecutor implements AutoCloseable {

  private final Clock clock;
  private final ExecutorService workers;
  private final Map<CheckId, Instant> running = new ConcurrentHashMap<>();

  public CheckExecutor(Clock clock) {
    this.clock = clock;
    this.workers = Executors.newCachedThreadPool(new WorkerFactory());
  }

  /** Runs every check and returns their results in the same order. */
  public List<CheckResult> runAll(List<RunnableCheck> checks) {
    List<Started> started = new ArrayList<>(checks.size());
    List<CheckResult> results = new ArrayList<>(checks.size());
    for (RunnableCheck check : checks) {
      started.add(start(check));
    }
    for (Started run : started) {
      results.add(run.await());
    }
    return results;
  }

  private Started start(RunnableCheck check) {
    Instant startedAt = clock.instant();
    Instant busySince = running.putIfAbsent(check.id(), startedAt);
    if (busySince != null) {
      return Started.done(
          CheckResult.unknown(
              check.id(), "still running since " + busySince, startedAt, Duration.ZERO));
    }
    Duration timeout = check.options().timeout();
    long startNanos = System.nanoTime();
    Instant deadline = startedAt.plus(timeout);
    CompletableFuture<CheckReport> report = new CompletableFuture<>();
    Future<?> worker;
    try {
      worker =
          workers.submit(
              () -> {
                CheckReport got = null;
                Throwable failure = null;
                try {
                  got = check.runner().run(deadline);
                } catch (Throwable t) {
                  failure = t;
                } finally {
                  // free the check before anyone hears it finished, so its next turn can start
                  running.remove(check.id(), startedAt);
                }
                if (failure == null) {
                  report.complete(got);
                } else {
                  report.completeExceptionally(failure);
                }
              });
    } catch (RuntimeException rejected) {
      running.remove(check.id(), startedAt);
      return Started.done(
          CheckResult.unknown(
              check.id(), "could not start: " + describe(rejected), startedAt, Duration.ZERO));
    }
    return new Started(check.id(), startedAt, startNanos, timeout, report, worker, null);
  }

  /** A check on its way, or one that was decided without running. */
  private record Started(
      CheckId id,
      Instant startedAt,
      long startNanos,
      Duration timeout,
      CompletableFuture<CheckReport> report,
      Future<?> worker,
      CheckResult decided) {

    static Started done(CheckResult result) {
      return new Started(result.id(), result.startedAt(), 0, Duration.ZERO, null, null, result);
    }

    CheckResult await() {
      if (decided != null) {
        return decided;
      }
      long remaining = startNanos + timeout.toNanos() - System.nanoTime();
      try {
        CheckReport got = report.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        if (got == null) {
          return CheckResult.unknown(id, "the check returned no result", startedAt, took);
        }
        return new CheckResult(
            id,
            got.outcome(),
            got.errorCode(),
            got.message(),
            got.details(),
            startedAt,
            took,
            got.effect(),
            got.measurements(),
            got.remediation());
      } catch (TimeoutException e) {
        worker.cancel(true);
        return CheckResult.unknown(id, "timed out after " + human(timeout), startedAt, timeout);
      } catch (ExecutionException e) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        return CheckResult.unknown(
            id, "the check failed: " + describe(e.getCause()), startedAt, took);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        worker.cancel(true);
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        return CheckResult.unknown(id, "the cycle was interrupted", startedAt, took);
      } catch (RuntimeException e) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        return CheckResult.unknown(id, "the check failed: " + describe(e), startedAt, took);
      }
    }
  }

  static String describe(Throwable t) {
    String message = t.getMessage();
    String type =
        t.getClass().getSimpleName().isEmpty()
            ? t.getClass().getName()
            : t.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }

  static String human(Duration d) {
    if (d.toMillis() % 1000 == 0) {
      return d.toSeconds() + " s";
    }
    return d.toMillis() + " ms";
  }

  /** Stops every worker; a check that ignores interruption is left to die with the process. */
  @Override
  public void close() {
    workers.shutdownNow();
  }

  private static final class WorkerFactory implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "check-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
