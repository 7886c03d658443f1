package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.Measurement;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.Severity;
import java.util.List;

/** Translates the SDK's types, named from the plugin author's side, into the domain's. */
final class SdkMapping {

  private SdkMapping() {}

  /** The effect a severity has on the host: the SDK names it as the domain does. */
  static FailureEffect effectOf(Severity severity) {
    return FailureEffect.ofName(severity.failureEffect());
  }

  static CheckDefinition definitionOf(CheckDescriptor descriptor) {
    return new CheckDefinition(
        CheckId.of(descriptor.id()),
        descriptor.displayName(),
        descriptor.verifies(),
        effectOf(descriptor.severity()),
        descriptor.remediation(),
        descriptor.defaultTimeout());
  }

  /** The report of a verdict, without the verdict's own severity (the caller decides on it). */
  static CheckReport reportOf(CheckVerdict verdict) {
    CheckReport report = outcomeOf(verdict);
    return verdict.measurements().isEmpty()
        ? report
        : report.withMeasurements(measurementsOf(verdict.measurements()));
  }

  static List<Measurement> measurementsOf(List<dev.sessionhost.plugin.api.Measurement> given) {
    return given.stream()
        .map(
            m ->
                new Measurement(
                    m.label(), m.value(), m.unit(), m.warn(), m.crit(), m.min(), m.max()))
        .toList();
  }

  private static CheckReport outcomeOf(CheckVerdict verdict) {
    return switch (verdict.status()) {
      case PASSED ->
          new CheckReport(CheckOutcome.SUCCEEDED, 0, verdict.message(), verdict.details());
      case FAILED ->
          new CheckReport(
              CheckOutcome.FAILED, verdict.errorCode(), verdict.message(), verdict.details());
      case UNDETERMINED ->
          new CheckReport(
              CheckOutcome.UNKNOWN,
              CheckResult.UNKNOWN_ERROR_CODE,
              verdict.message(),
              verdict.details());
    };
  }
}
