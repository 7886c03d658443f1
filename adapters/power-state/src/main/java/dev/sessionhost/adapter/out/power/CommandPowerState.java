package dev.sessionhost.adapter.out.power;

import dev.sessionhost.application.port.out.broker.PowerStatePort;
import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.domain.pool.SessionHostKey;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The power state from a command given the host's name as its last argument, which prints one of
 * {@code running}, {@code stopped}, {@code deallocated}, {@code starting}, {@code stopping} (a
 * wrapper around {@code virsh domstate}, a cloud's CLI): no shell, stdin at end of file, the whole
 * process tree killed at the timeout. Anything else (a timeout, another word, a non-zero exit, a
 * program that is missing) is {@link PowerState#UNKNOWN}, and the log says why once, until the
 * answer for that host changes.
 *
 * <p>Answers are kept for {@code keepFor}, so a page of hosts asked every few seconds costs one
 * command per host per period; the hosts of one request are asked at once, a few at a time.
 */
public final class CommandPowerState implements PowerStatePort, AutoCloseable {

  private static final System.Logger LOG = System.getLogger("sessionhost.broker.power");

  /** The most bytes of output read: the answer is one word. */
  private static final int MAX_OUTPUT = 1024;

  private final List<String> command;
  private final Duration timeout;
  private final Duration keepFor;
  private final Clock clock;
  private final ExecutorService runners;
  private final Map<SessionHostKey, Answer> answers = new ConcurrentHashMap<>();
  private final Map<SessionHostKey, String> lastProblem = new ConcurrentHashMap<>();
  private final Map<SessionHostKey, Future<PowerState>> pending = new ConcurrentHashMap<>();

  /**
   * @param command the program and its arguments; the host's name is added as the last one
   * @param timeout how long one run may take before its process tree is killed
   * @param keepFor how long an answer is used before the command is asked again
   * @param parallel how many commands may run at once
   */
  public CommandPowerState(
      List<String> command, Duration timeout, Duration keepFor, int parallel, Clock clock) {
    if (command.isEmpty() || command.get(0).isBlank()) {
      throw new IllegalArgumentException("the power-state command must name a program");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
    }
    this.command = List.copyOf(command);
    this.timeout = timeout;
    this.keepFor = Objects.requireNonNull(keepFor, "keepFor");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.runners =
        Executors.newFixedThreadPool(
            parallel,
            task -> {
              Thread thread = new Thread(task, "sessionhost-power-state");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public Map<SessionHostKey, PowerState> powerStates(Collection<SessionHostKey> hosts) {
    Instant now = clock.instant();
    Map<SessionHostKey, PowerState> states = new HashMap<>();
    Map<SessionHostKey, Future<PowerState>> asked = new HashMap<>();
    for (SessionHostKey host : hosts) {
      Answer kept = answers.get(host);
      if (kept != null && kept.at().plus(keepFor).isAfter(now)) {
        states.put(host, kept.state());
      } else if (!asked.containsKey(host)) {
        asked.put(host, runFor(host));
      }
    }
    // a request waits one timeout at most: what is still queued then is Unknown for now and
    // answered from the cache at a later request
    long deadline = System.nanoTime() + timeout.toNanos() + 1_000_000_000L;
    for (Map.Entry<SessionHostKey, Future<PowerState>> entry : asked.entrySet()) {
      PowerState state = PowerState.UNKNOWN;
      try {
        state =
            entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // still queued or running: kept for a later request when it ends
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        problem(entry.getKey(), "the power-state command failed: " + e.getCause());
      }
      states.put(entry.getKey(), state);
    }
    return states;
  }

  /** The run for {@code host}: one still going for an earlier request, else a new one. */
  private synchronized Future<PowerState> runFor(SessionHostKey host) {
    Future<PowerState> running = pending.get(host);
    if (running == null || running.isDone()) {
      running = runners.submit(() -> ask(host));
      pending.put(host, running);
    }
    return running;
  }

  private PowerState ask(SessionHostKey host) {
    PowerState state = run(host);
    answers.put(host, new Answer(state, clock.instant()));
    if (state != PowerState.UNKNOWN) {
      lastProblem.remove(host);
    }
    return state;
  }

  private PowerState run(SessionHostKey host) {
    List<String> argv = new ArrayList<>(command);
    argv.add(host.name());
    String line = String.join(" ", argv);
    Path output = null;
    Process process;
    try {
      output = Files.createTempFile("sessionhost-power-", ".out");
      process =
          new ProcessBuilder(argv)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(output.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      delete(output);
      problem(host, "cannot run \"" + line + "\": " + e.getMessage());
      return PowerState.UNKNOWN;
    }
    try {
      if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        kill(process);
        problem(
            host,
            "\"" + line + "\" did not answer within " + timeout.toMillis() + " ms; stopped it");
        return PowerState.UNKNOWN;
      }
      String printed = firstLine(output);
      if (process.exitValue() != 0) {
        problem(host, "\"" + line + "\" exited with " + process.exitValue());
        return PowerState.UNKNOWN;
      }
      return PowerState.fromReported(printed)
          .orElseGet(
              () -> {
                problem(
                    host,
                    "\""
                        + line
                        + "\" printed \""
                        + printed
                        + "\"; expected "
                        + PowerState.reportedWords());
                return PowerState.UNKNOWN;
              });
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      return PowerState.UNKNOWN;
    } finally {
      delete(output);
    }
  }

  private static String firstLine(Path output) {
    try (InputStream in = Files.newInputStream(output)) {
      String text = new String(in.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          return line.strip();
        }
      }
      return "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file left in the temporary folder
      }
    }
  }

  /** Logs a problem with one host's answer once, until it changes. */
  private void problem(SessionHostKey host, String message) {
    if (!message.equals(lastProblem.put(host, message))) {
      LOG.log(
          Level.WARNING,
          "power state of " + host.pool() + "/" + host.name() + " is Unknown: " + message);
    }
  }

  @Override
  public void close() {
    runners.shutdownNow();
  }

  private record Answer(PowerState state, Instant at) {}
}
