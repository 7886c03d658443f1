package dev.sessionhost.plugin.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one run of a check: passed, failed with an error code, or undetermined.
 *
 * <p>Create verdicts with the factories. Messages should state the facts and where they came from
 * ("nothing listens on TCP 3389 (/proc/net/tcp)"); the host caps them at 4 KiB. Details are extra
 * key/value facts shown with the result; they are copied, keep their order and cannot change.
 * Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class CheckVerdict {

  private final VerdictStatus status;
  private final int errorCode;
  private final String message;
  private final Map<String, String> details;
  private final Severity severityOverride;
  private final List<Measurement> measurements;

  private CheckVerdict(
      VerdictStatus status,
      int errorCode,
      String message,
      Map<String, String> details,
      Severity severityOverride) {
    this(status, errorCode, message, details, severityOverride, List.of());
  }

  private CheckVerdict(
      VerdictStatus status,
      int errorCode,
      String message,
      Map<String, String> details,
      Severity severityOverride,
      List<Measurement> measurements) {
    this.status = status;
    this.errorCode = errorCode;
    this.message = message;
    this.details = details;
    this.severityOverride = severityOverride;
    this.measurements = measurements;
  }

  /** The host is healthy in the respect this check verifies. */
  public static CheckVerdict passed(String message) {
    return passed(message, Map.of());
  }

  /** The host is healthy in the respect this check verifies, with extra facts. */
  public static CheckVerdict passed(String message, Map<String, String> details) {
    Objects.requireNonNull(message, "a passed verdict needs a message (it may be empty)");
    return new CheckVerdict(VerdictStatus.PASSED, 0, message, copy(details), null);
  }

  /**
   * The host is unhealthy in the respect this check verifies.
   *
   * @param errorCode the check's own code for this kind of failure; not 0, which means success
   */
  public static CheckVerdict failed(int errorCode, String message) {
    return failed(errorCode, message, Map.of());
  }

  /** The host is unhealthy in the respect this check verifies, with extra facts. */
  public static CheckVerdict failed(int errorCode, String message, Map<String, String> details) {
    if (errorCode == 0) {
      throw new IllegalArgumentException(
          "a failed verdict needs a non-zero error code (0 means success), found 0");
    }
    return new CheckVerdict(
        VerdictStatus.FAILED, errorCode, requireText(message, "a failed"), copy(details), null);
  }

  /**
   * The check could not tell, e.g. because a probe could not answer; reported as {@code Unknown},
   * which the host counts as failing.
   */
  public static CheckVerdict undetermined(String reason) {
    return undetermined(reason, Map.of());
  }

  /** The check could not tell, with the facts it did gather. */
  public static CheckVerdict undetermined(String reason, Map<String, String> details) {
    return new CheckVerdict(
        VerdictStatus.UNDETERMINED, 0, requireText(reason, "an undetermined"), copy(details), null);
  }

  /**
   * Returns this failed verdict with the severity of this particular failure.
   *
   * <p>A check that judges several items, each with its own severity (app attach packages, say),
   * reports the severity of the worst failing item this way; without it the descriptor's severity
   * applies. An override the operator configured for the check still wins.
   *
   * @throws IllegalStateException when this verdict did not fail
   */
  public CheckVerdict withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    if (status != VerdictStatus.FAILED) {
      throw new IllegalStateException(
          "only a failed verdict carries a severity, this one is " + status);
    }
    return new CheckVerdict(status, errorCode, message, details, severity, measurements);
  }

  /**
   * Returns this verdict with measured values (Nagios performance data, say), which the host
   * reports with the result and exposes as metrics. Replaces any measurements set before.
   *
   * @since 1.1
   */
  public CheckVerdict withMeasurements(List<Measurement> values) {
    return new CheckVerdict(
        status, errorCode, message, details, severityOverride, List.copyOf(values));
  }

  /** What the check concluded. */
  public VerdictStatus status() {
    return status;
  }

  /**
   * The check's code for the failure; 0 unless {@link #status()} is {@link VerdictStatus#FAILED}.
   */
  public int errorCode() {
    return errorCode;
  }

  /** The facts behind the verdict, or for an undetermined one why the check could not tell. */
  public String message() {
    return message;
  }

  /** Extra facts in the order given; unmodifiable. */
  public Map<String, String> details() {
    return details;
  }

  /**
   * The measured values set with {@link #withMeasurements}, in order; empty when none.
   *
   * @since 1.1
   */
  public List<Measurement> measurements() {
    return measurements;
  }

  /** The severity of this failure, when the check set one with {@link #withSeverity}. */
  public Optional<Severity> severityOverride() {
    return Optional.ofNullable(severityOverride);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CheckVerdict that
        && status == that.status
        && errorCode == that.errorCode
        && message.equals(that.message)
        && details.equals(that.details)
        && severityOverride == that.severityOverride
        && measurements.equals(that.measurements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, errorCode, message, details, severityOverride, measurements);
  }

  @Override
  public String toString() {
    return status
        + (errorCode == 0 ? "" : " (" + errorCode + ")")
        + (severityOverride == null ? "" : " [" + severityOverride + "]")
        + ": "
        + message
        + (details.isEmpty() ? "" : " " + details);
  }

  private static String requireText(String text, String kind) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          kind
              + " verdict needs a message saying why, found "
              + (text == null ? "nothing" : "\"" + text + "\""));
    }
    return text;
  }

  private static Map<String, String> copy(Map<String, String> details) {
    Objects.requireNonNull(details, "details (use an empty map for none)");
    Map<String, String> copy = new LinkedHashMap<>();
    details.forEach(
        (key, value) -> {
          if (key == null || value == null) {
            throw new IllegalArgumentException(
                "verdict details may not hold null, found " + key + "=" + value);
          }
          copy.put(key, value);
        });
    return Collections.unmodifiableMap(copy);
  }
}
