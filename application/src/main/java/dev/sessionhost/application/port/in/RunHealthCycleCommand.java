package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.check.CheckId;
import java.util.Set;

/**
 * Asks for a health cycle: {@code only} names the checks to run (empty: all enabled checks), and
 * {@code ignoreIntervals} runs every selected check even if its own interval has not passed.
 */
public record RunHealthCycleCommand(Set<CheckId> only, boolean ignoreIntervals) {

  public RunHealthCycleCommand {
    only = Set.copyOf(only);
  }

  /** A scheduled cycle: every enabled check that is due. */
  public static RunHealthCycleCommand scheduled() {
    return new RunHealthCycleCommand(Set.of(), false);
  }

  /** A cycle asked for by someone: every enabled check, due or not. */
  public static RunHealthCycleCommand now() {
    return new RunHealthCycleCommand(Set.of(), true);
  }
}
