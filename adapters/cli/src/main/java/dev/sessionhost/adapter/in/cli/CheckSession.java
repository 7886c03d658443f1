package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;

/**
 * An application wired for one {@code sessionhost check}: the health cycle to run and the checks it
 * knows. The command closes it when done, so whoever opened it can release what it holds (plugins,
 * threads).
 */
public interface CheckSession extends AutoCloseable {

  /** Runs the health cycle. */
  RunHealthCycleUseCase cycle();

  /** Lists the checks, with their configured effects, that the cycle can run. */
  ListChecksQuery checks();

  /** Releases what the session holds; does nothing by default. Must not throw. */
  @Override
  default void close() {}
}
