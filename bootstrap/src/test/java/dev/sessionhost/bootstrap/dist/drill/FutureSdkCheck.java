package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;

/**
 * Drill check packed into plugins the host must refuse (no descriptor, a newer SDK): if one of them
 * were loaded anyway, this check would show up in the results.
 */
public final class FutureSdkCheck implements HealthCheck {

  @Override
  public CheckDescriptor descriptor() {
    return CheckDescriptor.of(
        "DrillRefusedCheck",
        "Drill: must not load",
        "nothing: its plugin must be refused",
        Severity.FATAL,
        "Remove the drill plugin.");
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    return CheckVerdict.failed(9, "drill: a refused plugin was loaded");
  }
}
