package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;

/**
 * A broken version of the upgrade drill's check: it loads, then throws whenever it runs.
 *
 * <p>Every version of the upgrade drill provides the same check id, so an upgrade replaces it.
 */
public final class UpgradeDrillThrowingCheck implements HealthCheck {

  /** The id every version of the upgrade drill provides. */
  public static final String ID = "UpgradeDrillCheck";

  /** What it throws. */
  public static final String FAILURE = "drill: this version is broken";

  @Override
  public CheckDescriptor descriptor() {
    return CheckDescriptor.of(
        ID,
        "Drill: upgrades",
        "nothing: it shows which version of the upgrade drill runs",
        Severity.NON_FATAL,
        "Remove the upgrade drill plugin.");
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    throw new IllegalStateException(FAILURE);
  }
}
