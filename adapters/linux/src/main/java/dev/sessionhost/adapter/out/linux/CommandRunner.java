package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.ProbeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs a command without a shell and returns what it printed, so that probes can be tested with
 * recorded outputs.
 *
 * <p>Implementations are thread-safe, never leave a process running past the timeout, and return
 * promptly when the calling thread is interrupted.
 */
interface CommandRunner {

  /**
   * Runs the command with stdin closed and waits for it to end.
   *
   * @param command the program and its arguments, e.g. {@code [realm, list]}
   * @param environment variables to set on top of the inherited environment
   * @param timeout how long the command may run before it and its children are killed
   * @return the exit code and output, whatever the exit code
   * @throws CommandNotFoundException when the program is not installed
   * @throws ProbeException when it cannot be started, runs past the timeout or the wait is
   *     interrupted
   */
  CommandResult run(List<String> command, Map<String, String> environment, Duration timeout);

  /** Runs the command with the inherited environment. */
  default CommandResult run(List<String> command, Duration timeout) {
    return run(command, Map.of(), timeout);
  }
}
