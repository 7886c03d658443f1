package dev.sessionhost.application.port.out;

import java.time.Instant;

/**
 * Runs a check once. Called on a worker thread of its own; should return before {@code deadline}
 * and stop when interrupted. Whatever it throws, or a null return, becomes an unknown result.
 */
@FunctionalInterface
public interface RunCheckPort {

  CheckReport run(Instant deadline) throws Exception;
}
