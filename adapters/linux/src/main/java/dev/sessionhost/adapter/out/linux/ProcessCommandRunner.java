package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.ProbeException;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands with {@link ProcessBuilder}: no shell, stdin at end of file, both outputs read at
 * once and capped, and the whole process tree killed when the timeout passes.
 *
 * <p>Commands run with {@code LC_ALL=C} so that the parsers see the tools' English messages.
 */
final class ProcessCommandRunner implements CommandRunner {

  /** How long to wait for the last output once the command has exited. */
  private static final Duration OUTPUT_GRACE = Duration.ofSeconds(1);

  private static final File NO_INPUT = new File("/dev/null");

  @Override
  public CommandResult run(
      List<String> command, Map<String, String> environment, Duration timeout) {
    if (command.isEmpty()) {
      throw new IllegalArgumentException("command must name a program");
    }
    String line = String.join(" ", command);
    ProcessBuilder builder = new ProcessBuilder(command).redirectInput(NO_INPUT);
    builder.environment().put("LC_ALL", "C");
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    Process process = start(builder, command.get(0), line);
    OutputCollector stdout = OutputCollector.start(process.getInputStream(), "stdout");
    OutputCollector stderr = OutputCollector.start(process.getErrorStream(), "stderr");
    try {
      if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        ProcessTree.kill(process);
        throw new ProbeException(
            "\""
                + line
                + "\" did not finish within "
                + Durations.describe(timeout)
                + "; stopped it");
      }
      long deadline = System.nanoTime() + OUTPUT_GRACE.toNanos();
      String out = stdout.text(deadline);
      String err = stderr.text(deadline);
      return new CommandResult(
          command, process.exitValue(), out, err, Duration.ofNanos(System.nanoTime() - started));
    } catch (InterruptedException e) {
      ProcessTree.kill(process);
      Thread.currentThread().interrupt();
      throw new ProbeException("interrupted while waiting for \"" + line + "\"; stopped it", e);
    }
  }

  private static Process start(ProcessBuilder builder, String program, String line) {
    try {
      return builder.start();
    } catch (IOException e) {
      // ProcessBuilder reports errno in the message only: ENOENT is "error=2,"
      String message = String.valueOf(e.getMessage());
      if (message.contains("error=2,")) {
        throw new CommandNotFoundException(program, e);
      }
      throw new ProbeException("cannot run \"" + line + "\": " + message, e);
    }
  }
}
