package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;

/**
 * Version 2 of the upgrade drill's check: passes with a message of its own.
 *
 * <p>Every version of the upgrade drill provides the same check id, so an upgrade replaces it.
 */
public final class UpgradeDrillCheckV2 implements HealthCheck {

  /** The id every version of the upgrade drill provides. */
  public static final String ID = "UpgradeDrillCheck";

  /** What this version says when it passes. */
  public static final String MESSAGE = "drill: version 2 answers";

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
    return CheckVerdict.passed(MESSAGE);
  }
}
