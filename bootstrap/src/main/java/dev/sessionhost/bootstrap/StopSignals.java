package dev.sessionhost.bootstrap;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/** Waits for SIGTERM or SIGINT, as systemd and a terminal send them, and says which came. */
final class StopSignals {

  private final CountDownLatch stop = new CountDownLatch(1);
  private volatile String reason = "";

  /** Handles SIGTERM and SIGINT from now on. */
  static StopSignals handle() {
    StopSignals signals = new StopSignals();
    signals.on("TERM");
    signals.on("INT");
    return signals;
  }

  private void on(String name) {
    Signal.handle(
        new Signal(name),
        signal -> {
          reason = name;
          stop.countDown();
        });
  }

  /** Whether a stop signal came. */
  boolean stopped() {
    return stop.getCount() == 0;
  }

  /** Blocks until a stop signal comes, keeping an interrupt for the caller. */
  void await() {
    boolean interrupted = false;
    while (stop.getCount() > 0) {
      try {
        stop.await();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The signal that came, such as {@code TERM}; empty before one came. */
  String reason() {
    return reason;
  }
}
