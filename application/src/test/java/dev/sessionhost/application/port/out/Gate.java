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

  /** Waits for the gate like a badly behaved check: interrupts are swallowed. */
  public void awaitOpenIgnoringInterrupts() {
    while (open.getCount() > 0) {
      try {
        open.await(10, TimeUnit.MILLISECONDS);
      } catch (InterruptedException swallowed) {
        // on purpose: this check pretends it never heard the interrupt
      }
    }
  }

  /** Whether the gate opened within {@code timeout}; for a test waiting on a check. */
  public boolean opensWithin(Duration timeout) throws InterruptedException {
    return open.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
