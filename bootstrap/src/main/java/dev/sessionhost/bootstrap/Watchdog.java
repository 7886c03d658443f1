package dev.sessionhost.bootstrap;

import java.time.Duration;
import java.util.function.Consumer;

/** Ends the process if an orderly stop takes longer than promised. */
final class Watchdog {

  private Watchdog() {}

  /** Starts a daemon thread that halts the JVM with exit code 0 after {@code deadline}. */
  static void haltAfter(Duration deadline, Consumer<String> log) {
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(deadline.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              log.accept("stopping took longer than " + deadline.toMillis() + " ms: exiting now");
              Runtime.getRuntime().halt(0);
            },
            "sessionhost-stop-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
