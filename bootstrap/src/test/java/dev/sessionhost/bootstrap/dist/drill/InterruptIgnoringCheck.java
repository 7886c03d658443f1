package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;
import java.time.Duration;

/** Drill check that never returns and swallows every interruption, like a hung native call. */
public final class InterruptIgnoringCheck implements HealthCheck {

  @Override
  public CheckDescriptor descriptor() {
    return new CheckDescriptor(
        "DrillHangingCheck",
        "Drill: hangs",
        "nothing: it hangs to show that the cycle still ends on time",
        Severity.NON_FATAL,
        "Remove the drill plugin.",
        Duration.ofSeconds(1));
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    while (true) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException ignored) {
        // the point of the drill: a check that does not stop when asked
      }
    }
  }
}
