package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.CommandRequest;
import dev.sessionhost.plugin.api.CommandRun;
import dev.sessionhost.plugin.api.ProbeException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A started command of {@link LinuxCommandProbe}: waits for it, reads its output, kills it. */
final class RunningCommand {

  /** How long to wait for the last output once the command has ended or been killed. */
  private static final Duration OUTPUT_GRACE = Duration.ofSeconds(1);

  /** The JVM reports a process ended by signal N as exit code 128 + N. */
  private static final int SIGNALLED = 128;

  private static final int LAST_SIGNAL = 64;

  private final Process process;
  private final CommandRequest request;
  private final long started;
  private final Consumer<Process> killer;
  private final OutputCollector stdout;
  private final OutputCollector stderr;

  RunningCommand(Process process, CommandRequest request, long started, Consumer<Process> killer) {
    this.process = process;
    this.request = request;
    this.started = started;
    this.killer = killer;
    this.stdout =
        OutputCollector.start(process.getInputStream(), "stdout", request.maxOutputBytes());
    this.stderr =
        OutputCollector.start(process.getErrorStream(), "stderr", request.maxOutputBytes());
  }

  CommandRun await() {
    try {
      boolean ended = process.waitFor(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
      if (!ended) {
        killer.accept(process);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      awaitOutput();
      if (ended) {
        // What the command left behind goes with it, whether or not it still holds the output:
        // the JDK ends the output of a command that exits unless a read of it is under way at that
        // moment, so a child still writing to the pipe may look like one that is done.
        boolean outputOpen = !(stdout.finished() && stderr.finished());
        killer.accept(process);
        if (outputOpen) {
          awaitOutput();
        }
      }
      return ended ? exited(process.exitValue(), took) : timedOut(took);
    } catch (InterruptedException e) {
      killer.accept(process);
      Thread.currentThread().interrupt();
      throw new ProbeException(
          "interrupted while running " + request.command().get(0) + "; killed its process tree", e);
    }
  }

  private void awaitOutput() throws InterruptedException {
    long deadline = System.nanoTime() + OUTPUT_GRACE.toNanos();
    stdout.text(deadline);
    stderr.text(deadline);
  }

  private CommandRun exited(int code, Duration took) throws InterruptedException {
    boolean signalled = code > SIGNALLED && code <= SIGNALLED + LAST_SIGNAL;
    return run(
        signalled ? OptionalInt.empty() : OptionalInt.of(code),
        signalled ? OptionalInt.of(code - SIGNALLED) : OptionalInt.empty(),
        false,
        took);
  }

  private CommandRun timedOut(Duration took) throws InterruptedException {
    return run(OptionalInt.empty(), OptionalInt.empty(), true, took);
  }

  private CommandRun run(OptionalInt code, OptionalInt signal, boolean timedOut, Duration took)
      throws InterruptedException {
    long now = System.nanoTime();
    return new CommandRun(
        code,
        signal,
        timedOut,
        Optional.empty(),
        stdout.text(now),
        stdout.dropped(),
        stderr.text(now),
        stderr.dropped(),
        took);
  }
}
