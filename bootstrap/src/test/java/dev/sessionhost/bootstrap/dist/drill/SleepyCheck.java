package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;
import java.time.Duration;

/** Drill check that sleeps three times as long as its own one-second timeout allows. */
public final class SleepyCheck implements HealthCheck {

  @Override
  public CheckDescriptor descriptor() {
    return new CheckDescriptor(
        "DrillSleepyCheck",
        "Drill: sleeps",
        "nothing: it sleeps past its timeout to show that the host stops waiting",
        Severity.NON_FATAL,
        "Remove the drill plugin.",
        Duration.ofSeconds(1));
  }

  @Override
  public CheckVerdict run(CheckContext context) throws InterruptedException {
    Thread.sleep(3_000);
    return CheckVerdict.passed("drill: woke up after 3 s");
  }
}
