package dev.sessionhost.adapter.out.linux;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Resolves host names within a timeout: the system resolver may hang far longer than a check may
 * wait, so it runs on a worker that is abandoned when the time is up.
 */
final class BoundedResolver {

  private BoundedResolver() {}

  /** Created on first use, so that an agent that never resolves a name starts no thread. */
  private static final class Workers {
    static final ExecutorService POOL =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "sessionhost-resolver");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * The first address of the host.
   *
   * @throws UnknownHostException when the name does not resolve
   * @throws TimeoutException when the resolver has not answered within the timeout
   * @throws InterruptedException when the calling thread is interrupted while waiting
   */
  static InetAddress resolve(String host, Duration timeout)
      throws UnknownHostException, TimeoutException, InterruptedException {
    if (isLiteral(host)) {
      return InetAddress.getByName(host); // an address literal is parsed, never looked up
    }
    CompletableFuture<InetAddress> lookup = new CompletableFuture<>();
    Workers.POOL.execute(
        () -> {
          try {
            lookup.complete(InetAddress.getByName(host));
          } catch (UnknownHostException | RuntimeException e) {
            lookup.completeExceptionally(e);
          }
        });
    try {
      return lookup.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownHostException unknown) {
        throw unknown;
      }
      throw new UnknownHostException(host + ": " + e.getCause());
    }
  }

  private static boolean isLiteral(String host) {
    return host.contains(":") || host.matches("[0-9.]+");
  }
}
