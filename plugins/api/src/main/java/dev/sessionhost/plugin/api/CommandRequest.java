package dev.sessionhost.plugin.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command for {@link CommandProbe}: the program and its arguments (no shell), the environment
 * variables it gets, the directory it runs in (empty: the host's choice), how long it may take, and
 * how many bytes of each output stream to keep.
 *
 * @param command the program (a path, or a name looked up in {@code PATH}) then its arguments
 * @param environment the variables the program sees, in a clean environment
 * @param workingDirectory where it runs; empty for the host's default
 * @param timeout after this the process tree is killed
 * @param maxOutputBytes bytes of standard output (and, separately, of standard error) kept
 * @since 1.1
 */
public record CommandRequest(
    List<String> command,
    Map<String, String> environment,
    Optional<Path> workingDirectory,
    Duration timeout,
    int maxOutputBytes) {

  /** What a Nagios plugin's first line and performance data need, with room to spare. */
  public static final int DEFAULT_MAX_OUTPUT_BYTES = 4096;

  public CommandRequest {
    command = List.copyOf(command);
    if (command.isEmpty() || command.get(0).isBlank()) {
      throw new IllegalArgumentException("a command needs a program to run");
    }
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a command's timeout must be positive, not " + timeout);
    }
    if (maxOutputBytes < 0) {
      throw new IllegalArgumentException("maxOutputBytes cannot be negative");
    }
  }

  /** The command with no extra variables, the default directory and output cap. */
  public static CommandRequest of(List<String> command, Duration timeout) {
    return new CommandRequest(
        command, Map.of(), Optional.empty(), timeout, DEFAULT_MAX_OUTPUT_BYTES);
  }
}
