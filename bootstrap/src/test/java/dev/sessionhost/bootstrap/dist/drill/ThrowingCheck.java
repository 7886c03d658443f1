package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;

/**
 * Drill check that throws instead of returning a verdict.
 *
 * <p>Not annotated with {@code @Extension}: the drill's plugin jar carries a hand-written index,
 * and the annotation would list the drills in the test classes' own index as well.
 */
public final class ThrowingCheck implements HealthCheck {

  @Override
  public CheckDescriptor descriptor() {
    return CheckDescriptor.of(
        "DrillThrowingCheck",
        "Drill: throws",
        "nothing: it throws to show that one broken check harms no other",
        Severity.NON_FATAL,
        "Remove the drill plugin.");
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    throw new IllegalStateException("drill: boom");
  }
}
