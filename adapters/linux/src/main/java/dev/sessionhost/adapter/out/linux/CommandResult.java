package dev.sessionhost.adapter.out.linux;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a finished command returned: its exit code and the start of its output.
 *
 * @param command the program and its arguments
 * @param exitCode the exit code; 0 means success
 * @param stdout standard output, cut to {@link #MAX_OUTPUT_BYTES}
 * @param stderr standard error, cut to {@link #MAX_OUTPUT_BYTES}
 * @param took how long the command ran
 */
record CommandResult(
    List<String> command, int exitCode, String stdout, String stderr, Duration took) {

  /** The most bytes of each output kept: 64 KiB. */
  static final int MAX_OUTPUT_BYTES = 64 * 1024;

  CommandResult {
    command = List.copyOf(command);
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(took, "took");
  }

  boolean succeeded() {
    return exitCode == 0;
  }

  /** The first non-blank line of stderr, else of stdout, else "exit code N". */
  String firstLine() {
    for (String output : List.of(stderr, stdout)) {
      for (String line : output.split("\n")) {
        if (!line.isBlank()) {
          return line.strip();
        }
      }
    }
    return "exit code " + exitCode;
  }

  /** Both outputs, stderr first, without blank lines, as one text for pattern matching. */
  String allOutput() {
    return (stderr + "\n" + stdout).strip();
  }
}
