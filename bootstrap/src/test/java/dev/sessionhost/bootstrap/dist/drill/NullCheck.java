package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;

/** Drill check that breaks its contract by returning no verdict. */
public final class NullCheck implements HealthCheck {

  @Override
  public CheckDescriptor descriptor() {
    return CheckDescriptor.of(
        "DrillNullCheck",
        "Drill: returns null",
        "nothing: it returns null to show that the host copes",
        Severity.NON_FATAL,
        "Remove the drill plugin.");
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    return null;
  }
}
