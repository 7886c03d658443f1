package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.HealthCheckProvider;
import java.time.Duration;
import java.util.List;

/**
 * Drill provider that reads {@code commandChecks} beside the built-in plugin, stricter than the
 * host: a timeout above 5 s is refused, as a newer plugin might. It makes no checks of its own.
 */
public final class StrictCommandChecksProvider implements HealthCheckProvider {

  private static final Duration LONGEST = Duration.ofSeconds(5);

  @Override
  public String section() {
    return "commandChecks";
  }

  @Override
  public List<HealthCheck> checks(List<CheckSettings> entries) {
    for (CheckSettings entry : entries) {
      if (entry.duration("timeout", LONGEST).compareTo(LONGEST) > 0) {
        throw entry.invalid("timeout", "a duration of at most 5s");
      }
    }
    return List.of();
  }
}
