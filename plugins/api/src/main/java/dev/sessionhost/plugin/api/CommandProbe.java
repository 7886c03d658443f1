package dev.sessionhost.plugin.api;

/**
 * Runs a program on the host and reports how it ended: the way to turn an existing command-line
 * check (such as a Nagios plugin) into a health check.
 *
 * <p>The host runs the command without a shell (the first element is the program, the rest its
 * arguments), with a clean environment holding only what the request names (plus {@code PATH} and
 * {@code LANG=C} unless the request sets them), standard input closed, and the request's timeout:
 * when it passes, the whole process tree is killed. Output is read while the program runs and
 * capped; what is over the cap is read and dropped, so a chatty program never blocks. Thread-safe,
 * like every {@link Probe}.
 *
 * @since 1.1
 */
public interface CommandProbe extends Probe {

  /**
   * Runs the command and waits for it to end or time out.
   *
   * @return how it ended; a program that cannot be started (missing, not executable) is a {@link
   *     CommandRun} with {@link CommandRun#startFailure()}, not an exception
   * @throws ProbeException when the host cannot run commands at all
   */
  CommandRun run(CommandRequest request);
}
