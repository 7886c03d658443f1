package dev.sessionhost.adapter.in.cli;

import java.io.PrintWriter;
import java.util.Optional;

/** Opens a session for a command, or tells the operator in one line why it could not. */
final class SetupFailures {

  private SetupFailures() {}

  /** The session, or empty after printing {@code sessionhost: <reason>} to {@code err}. */
  static Optional<CheckSession> open(
      CheckRunnerFactory factory, CheckSetup setup, PrintWriter err) {
    try {
      return Optional.of(factory.open(setup));
    } catch (CheckSetupException e) {
      err.println("sessionhost: " + oneLine(e.getMessage()));
      err.flush();
      return Optional.empty();
    }
  }

  private static String oneLine(String message) {
    return message == null || message.isBlank()
        ? "the checks could not be set up"
        : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
