package dev.sessionhost.plugin.api;

import java.time.Duration;

/**
 * Whether a TCP endpoint accepted a connection.
 *
 * @param reachable whether the connection opened within the timeout
 * @param detail what happened, for the check's message, e.g. {@code connected to 20.190.151.7:443}
 *     or {@code connection refused} or {@code timed out after 5s} or {@code unknown host}
 * @param took how long the attempt took
 * @since 1.0
 */
public record ReachAnswer(boolean reachable, String detail, Duration took) {

  /** Validates the fields. */
  public ReachAnswer {
    Arguments.nonBlank(detail, "detail");
    Arguments.required(took, "took");
  }
}
