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

  /**
   * Starts a descriptor of the check {@code id}, each other field set by its name:
   *
   * <pre>{@code
   * CheckDescriptor.builder("DiskSpaceCheck")
   *     .displayName("Disk space")
   *     .verifies("the filesystem has the free space required")
   *     .severity(Severity.NON_FATAL)
   *     .remediation("Free space on the filesystem or grow it.")
   *     .build();
   * }</pre>
   *
   * @since 1.2
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Sets a descriptor's fields by name; {@link #build} validates them as the constructor does, and
   * the timeout is {@link #DEFAULT_TIMEOUT} unless set.
   *
   * @since 1.2
   */
  public static final class Builder {

    private final String id;
    private String displayName;
    private String verifies;
    private Severity severity;
    private String remediation;
    private Duration defaultTimeout = DEFAULT_TIMEOUT;

    private Builder(String id) {
      this.id = id;
    }

    /** A short name for people, e.g. "Remote desktop listener". */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /** What a pass means, e.g. "the remote desktop listener accepts connections". */
    public Builder verifies(String verifies) {
      this.verifies = verifies;
      return this;
    }

    /** What a failure does to the host unless an operator overrides it. */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /** What an operator should do when the check fails. */
    public Builder remediation(String remediation) {
      this.remediation = remediation;
      return this;
    }

    /** How long a run may take unless configured otherwise; 10 seconds if not set. */
    public Builder defaultTimeout(Duration defaultTimeout) {
      this.defaultTimeout = defaultTimeout;
      return this;
    }

    /**
     * The descriptor.
     *
     * @throws IllegalArgumentException naming the field when a value is missing or invalid
     */
    public CheckDescriptor build() {
      return new CheckDescriptor(id, displayName, verifies, severity, remediation, defaultTimeout);
    }
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
