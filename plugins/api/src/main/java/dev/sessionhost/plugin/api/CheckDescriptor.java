package dev.sessionhost.plugin.api;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What a check is: its id, its name for people, what it verifies, how severe a failure is, how to
 * fix one, and how long a run may take.
 *
 * <p>The constructor rejects invalid values with a message naming the field, so a broken descriptor
 * fails when the plugin's class is first used rather than in a report. Immutable and thread-safe.
 *
 * @param id the check's stable identifier, used in configuration and reports: a letter followed by
 *     up to 127 letters, digits, {@code _}, {@code .} or {@code -}, e.g. {@code
 *     SxSStackListenerCheck}
 * @param displayName a short name for people, e.g. "Remote desktop listener"
 * @param verifies what a pass means, e.g. "the remote desktop listener accepts connections"
 * @param severity what a failure does to the host unless an operator overrides it
 * @param remediation what an operator should do when the check fails
 * @param defaultTimeout how long a run may take unless configured otherwise: positive and at most
 *     {@link #MAX_TIMEOUT}
 * @since 1.0
 */
public record CheckDescriptor(
    String id,
    String displayName,
    String verifies,
    Severity severity,
    String remediation,
    Duration defaultTimeout) {

  /** The timeout {@link #of} uses: 10 seconds, the host's default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The longest timeout a check may ask for: 10 minutes. */
  public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,127}");

  /** Validates every field. */
  public CheckDescriptor {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "check descriptor id must be a letter followed by up to 127 letters, digits, '_', '.'"
              + " or '-', found "
              + quoted(id));
    }
    requireText("displayName", id, displayName);
    requireText("verifies", id, verifies);
    requireText("remediation", id, remediation);
    if (severity == null) {
      throw new IllegalArgumentException(
          "check descriptor severity of "
              + id
              + " is missing: use FATAL, NON_FATAL or INFORMATIONAL");
    }
    if (defaultTimeout == null
        || defaultTimeout.isNegative()
        || defaultTimeout.isZero()
        || defaultTimeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(
          "check descriptor defaultTimeout of "
              + id
              + " must be positive and at most 10 minutes, found "
              + defaultTimeout);
    }
  }

  /**
   * Creates a descriptor with the {@linkplain #DEFAULT_TIMEOUT default timeout} of 10 seconds.
   *
   * @throws IllegalArgumentException naming the field when a value is invalid
   */
  public static CheckDescriptor of(
      String id, String displayName, String verifies, Severity severity, String remediation) {
    return new CheckDescriptor(id, displayName, verifies, severity, remediation, DEFAULT_TIMEOUT);
  }

  private static void requireText(String field, String id, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "check descriptor " + field + " of " + id + " must not be blank, found " + quoted(value));
    }
  }

  private static String quoted(String value) {
    return value == null ? "nothing" : "\"" + value + "\"";
  }
}
