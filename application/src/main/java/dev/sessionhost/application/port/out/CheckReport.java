package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.Measurement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check reports about one run: passed, failed with an error code, or could not decide, with
 * a message, details and measured values. The service adds the id and the timing.
 *
 * <p>{@code remediation} is this run's own advice when it is not the check's (a setting to fix in
 * the configuration); empty leaves the check's remediation.
 */
public record CheckReport(
    CheckOutcome outcome,
    int errorCode,
    String message,
    Map<String, String> details,
    Optional<FailureEffect> effect,
    List<Measurement> measurements,
    Optional<String> remediation) {

  public CheckReport {
    Objects.requireNonNull(outcome, "outcome");
    message = message == null ? "" : message;
    // keep the order the check wrote its details in
    details =
        details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    effect = effect == null ? Optional.empty() : effect;
    measurements = measurements == null ? List.of() : List.copyOf(measurements);
    remediation = remediation == null ? Optional.empty() : remediation;
    if (outcome == CheckOutcome.SESSION_HOST_SHUTDOWN) {
      throw new IllegalArgumentException("a check cannot report that the host shut down");
    }
  }

  /** A report that leaves the check's remediation. */
  public CheckReport(
      CheckOutcome outcome,
      int errorCode,
      String message,
      Map<String, String> details,
      Optional<FailureEffect> effect,
      List<Measurement> measurements) {
    this(outcome, errorCode, message, details, effect, measurements, Optional.empty());
  }

  /** A report without measurements. */
  public CheckReport(
      CheckOutcome outcome,
      int errorCode,
      String message,
      Map<String, String> details,
      Optional<FailureEffect> effect) {
    this(outcome, errorCode, message, details, effect, List.of());
  }

  /** A report that leaves the check's configured effect. */
  public CheckReport(
      CheckOutcome outcome, int errorCode, String message, Map<String, String> details) {
    this(outcome, errorCode, message, details, Optional.empty());
  }

  public static CheckReport passed(String message) {
    return new CheckReport(CheckOutcome.SUCCEEDED, 0, message, Map.of());
  }

  public static CheckReport failed(int errorCode, String message) {
    return new CheckReport(CheckOutcome.FAILED, errorCode, message, Map.of());
  }

  public static CheckReport unknown(String reason) {
    return new CheckReport(CheckOutcome.UNKNOWN, -1, reason, Map.of());
  }

  /** This report with the effect its run judged. */
  public CheckReport withEffect(FailureEffect judged) {
    return new CheckReport(
        outcome, errorCode, message, details, Optional.of(judged), measurements, remediation);
  }

  /** This report with the given measured values in place of its own. */
  public CheckReport withMeasurements(List<Measurement> values) {
    return new CheckReport(outcome, errorCode, message, details, effect, values, remediation);
  }

  /** This report with its own advice in place of the check's remediation. */
  public CheckReport withRemediation(String advice) {
    return new CheckReport(
        outcome, errorCode, message, details, effect, measurements, Optional.of(advice));
  }
}
