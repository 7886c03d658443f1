package dev.sessionhost.plugin.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a command run by {@link CommandProbe} ended.
 *
 * <p>Exactly one of these holds: it could not start ({@link #startFailure()}), it timed out and was
 * killed ({@link #timedOut()}), it was ended by a signal ({@link #signal()}), or it exited ({@link
 * #exitCode()}).
 *
 * @param exitCode the exit code, when the program exited by itself
 * @param signal the signal that ended it (e.g. 9), when one did and it was not our timeout
 * @param timedOut whether the timeout passed and the process tree was killed
 * @param startFailure why the program could not be started (missing, not executable)
 * @param output standard output as UTF-8, up to the request's cap
 * @param outputDropped bytes of standard output read past the cap and dropped
 * @param errorOutput standard error as UTF-8, up to the request's cap
 * @param errorDropped bytes of standard error read past the cap and dropped
 * @param took from start to end (or to the kill)
 * @since 1.1
 */
public record CommandRun(
    OptionalInt exitCode,
    OptionalInt signal,
    boolean timedOut,
    Optional<String> startFailure,
    String output,
    long outputDropped,
    String errorOutput,
    long errorDropped,
    Duration took) {

  public CommandRun {
    Objects.requireNonNull(exitCode, "exitCode");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(startFailure, "startFailure");
    output = output == null ? "" : output;
    errorOutput = errorOutput == null ? "" : errorOutput;
    Objects.requireNonNull(took, "took");
    int ways =
        (exitCode.isPresent() ? 1 : 0)
            + (signal.isPresent() ? 1 : 0)
            + (timedOut ? 1 : 0)
            + (startFailure.isPresent() ? 1 : 0);
    if (ways != 1) {
      throw new IllegalArgumentException(
          "a command ends one way: exited, signalled, timed out or not started");
    }
  }

  /** A program that exited with {@code code}. */
  public static CommandRun exited(
      int code,
      String output,
      long outputDropped,
      String errorOutput,
      long errorDropped,
      Duration took) {
    return new CommandRun(
        OptionalInt.of(code),
        OptionalInt.empty(),
        false,
        Optional.empty(),
        output,
        outputDropped,
        errorOutput,
        errorDropped,
        took);
  }
}
