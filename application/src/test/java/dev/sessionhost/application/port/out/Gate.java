package dev.sessionhost.application.port.out;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Something a hanging check waits on until the test opens it. Tests open every gate when they end,
 * so no worker thread outlives its test.
 */
public final class Gate {

  private final CountDownLatch open = new CountDownLatch(1);

  public void open() {
    open.countDown();
  }

  /** Waits for the gate like a well-behaved check: an interrupt ends the wait. */
  public void awaitOpen() throws InterruptedException {
    open.await();
  }

  /**
   * Waits for the gate like a badly behaved check, swallowing interrupts, but at most {@code
   * limit}, so that a test whose executor wrongly waits for such a check fails instead of hanging;
   * whether the gate opened.
   */
  public boolean awaitOpenIgnoringInterrupts(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (open.getCount() > 0 && System.nanoTime() < deadline) {
      try {
        open.await(10, TimeUnit.MILLISECONDS);
      } catch (InterruptedException swallowed) {
        // on purpose: this check pretends it never heard the interrupt
      }
    }
    return open.getCount() == 0;
  }

  /** Whether the gate opened within {@code timeout}; for a test waiting on a check. */
  public boolean opensWithin(Duration timeout) throws InterruptedException {
    return open.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
