package dev.sessionhost.adapter.in.cli;

import java.util.function.Consumer;

/**
 * The {@code demo} command's work: a broker and simulated hosts started as real processes, shown
 * until stopped. Only the bootstrap knows the distribution it starts them from.
 */
@FunctionalInterface
public interface PoolDemo {

  /**
   * Starts the demo on {@code port} (0 for any free one), says on {@code out} where to look and how
   * each host gets its status, and runs until SIGINT or SIGTERM, or {@code stopAfterSeconds} when
   * positive; then stops every process it started and removes its temporary folder.
   *
   * @return the exit code: 0 after a clean stop
   * @throws CheckSetupException when it cannot start (the port taken, a process that ends)
   */
  int run(int port, long stopAfterSeconds, Consumer<String> out) throws CheckSetupException;
}
