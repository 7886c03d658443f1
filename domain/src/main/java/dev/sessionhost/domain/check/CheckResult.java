package dev.sessionhost.domain.check;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one run of a check: its outcome, an error code (0 on success), a message for the
 * operator, details, when it started and how long it took.
 *
 * <p>Messages are capped at {@value #MAX_MESSAGE_BYTES} bytes of UTF-8 and detail values at the
 * same size, with a marker saying how much was cut, so a chatty check cannot flood the agent.
 *
 * <p>{@code measurements} are the values the run measured (performance data), in order; at most
 * {@value #MAX_MEASUREMENTS} are kept.
 *
 * <p>{@code effect} is set when the run itself judged how grave its failure is (an app attach check
 * whose failing package is marked fatal); empty means the check's configured effect applies.
 *
 * <p>{@code remediation} is set when what to do about this run differs from the check's own advice:
 * a run that could not start because a setting in the configuration is invalid is fixed in the
 * configuration, not on the host. Empty means the check definition's remediation applies; it is
 * capped like the message.
 */
public record CheckResult(
    CheckId id,
    CheckOutcome outcome,
    int errorCode,
    String message,
    Map<String, String> details,
    Instant startedAt,
    Duration duration,
    Optional<FailureEffect> effect,
    List<Measurement> measurements,
    Optional<String> remediation) {

  /** The largest message kept, in bytes of UTF-8. */
  public static final int MAX_MESSAGE_BYTES = 4096;

  /** The most details kept per result. */
  public static final int MAX_DETAILS = 64;

  /** The most measurements kept per result. */
  public static final int MAX_MEASUREMENTS = 64;

  /** The error code of a check that could not decide (timed out, threw, still running). */
  public static final int UNKNOWN_ERROR_CODE = -1;

  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    effect = effect == null ? Optional.empty() : effect;
    message = BoundedText.cap(message == null ? "" : message, MAX_MESSAGE_BYTES);
    details = capDetails(details == null ? Map.of() : details);
    measurements = capMeasurements(measurements);
    remediation =
        remediation == null
            ? Optional.empty()
            : remediation
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(text -> BoundedText.cap(text, MAX_MESSAGE_BYTES));
    if (outcome == CheckOutcome.SUCCEEDED && errorCode != 0) {
      throw new IllegalArgumentException("a succeeded check has error code 0, not " + errorCode);
    }
  }

  /** A result whose remediation is the check's own. */
  public CheckResult(
      CheckId id,
      CheckOutcome outcome,
      int errorCode,
      String message,
      Map<String, String> details,
      Instant startedAt,
      Duration duration,
      Optional<FailureEffect> effect,
      List<Measurement> measurements) {
    this(
        id,
        outcome,
        errorCode,
        message,
        details,
        startedAt,
        duration,
        effect,
        measurements,
        Optional.empty());
  }

  /** A result without measurements. */
  public CheckResult(
      CheckId id,
      CheckOutcome outcome,
      int errorCode,
      String message,
      Map<String, String> details,
      Instant startedAt,
      Duration duration,
      Optional<FailureEffect> effect) {
    this(id, outcome, errorCode, message, details, startedAt, duration, effect, List.of());
  }

  /** A result whose effect is the check's configured one. */
  public CheckResult(
      CheckId id,
      CheckOutcome outcome,
      int errorCode,
      String message,
      Map<String, String> details,
      Instant startedAt,
      Duration duration) {
    this(id, outcome, errorCode, message, details, startedAt, duration, Optional.empty());
  }

  public static CheckResult succeeded(
      CheckId id, String message, Map<String, String> details, Instant startedAt, Duration took) {
    return new CheckResult(id, CheckOutcome.SUCCEEDED, 0, message, details, startedAt, took);
  }

  public static CheckResult failed(
      CheckId id,
      int errorCode,
      String message,
      Map<String, String> details,
      Instant startedAt,
      Duration took) {
    return new CheckResult(id, CheckOutcome.FAILED, errorCode, message, details, startedAt, took);
  }

  /** A check that could not decide, with the reason why. */
  public static CheckResult unknown(CheckId id, String reason, Instant startedAt, Duration took) {
    return new CheckResult(
        id, CheckOutcome.UNKNOWN, UNKNOWN_ERROR_CODE, reason, Map.of(), startedAt, took);
  }

  /** The placeholder of a check that has not run yet. */
  public static CheckResult notRunYet(CheckId id, Instant now) {
    return unknown(id, "not run yet", now, Duration.ZERO);
  }

  /** This result as reported while the host shuts down: the outcome becomes shutdown. */
  public CheckResult asShutdown() {
    return new CheckResult(
        id,
        CheckOutcome.SESSION_HOST_SHUTDOWN,
        errorCode,
        message,
        details,
        startedAt,
        duration,
        Optional.empty(),
        measurements,
        remediation);
  }

  /** This result with the given measurements in place of its own. */
  public CheckResult withMeasurements(List<Measurement> values) {
    return new CheckResult(
        id, outcome, errorCode, message, details, startedAt, duration, effect, values, remediation);
  }

  /** This result with its own advice in place of the check's remediation. */
  public CheckResult withRemediation(String advice) {
    return new CheckResult(
        id,
        outcome,
        errorCode,
        message,
        details,
        startedAt,
        duration,
        effect,
        measurements,
        Optional.of(advice));
  }

  private static List<Measurement> capMeasurements(List<Measurement> measurements) {
    if (measurements == null) {
      return List.of();
    }
    List<Measurement> kept =
        measurements.size() > MAX_MEASUREMENTS
            ? measurements.subList(0, MAX_MEASUREMENTS)
            : measurements;
    return List.copyOf(kept);
  }

  private static Map<String, String> capDetails(Map<String, String> details) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : details.entrySet()) {
      if (kept.size() == MAX_DETAILS) {
        kept.put("truncated", (details.size() - MAX_DETAILS) + " more details were dropped");
        break;
      }
      kept.put(
          BoundedText.cap(String.valueOf(entry.getKey()), 256),
          BoundedText.cap(String.valueOf(entry.getValue()), MAX_MESSAGE_BYTES));
    }
    return java.util.Collections.unmodifiableMap(kept);
  }
}
