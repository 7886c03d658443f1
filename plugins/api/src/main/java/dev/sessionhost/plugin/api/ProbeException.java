package dev.sessionhost.plugin.api;

/**
 * A probe could not read the fact it was asked for: a command failed, a file was unreadable, a
 * connection was refused or timed out.
 *
 * <p>The message says what was tried and what went wrong, e.g. {@code cannot run "realm list": No
 * such file or directory}. A check may let it propagate, which the host reports as {@code UNKNOWN},
 * or turn it into {@link CheckVerdict#undetermined}.
 *
 * @since 1.0
 */
public class ProbeException extends RuntimeException {

  /** Creates the exception with a message saying what was tried and what went wrong. */
  public ProbeException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure behind it. */
  public ProbeException(String message, Throwable cause) {
    super(message, cause);
  }
}
