package dev.sessionhost.wire;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.HostHealth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot with what the formats need besides it: the effect each check has on this host as
 * configured, since a result carries an effect only when its own run judged one.
 */
public record HealthReport(HostHealth health, Map<CheckId, FailureEffect> configuredEffects) {

  public HealthReport {
    configuredEffects = Map.copyOf(configuredEffects);
  }

  public static HealthReport of(HostHealth health, List<CheckListing> listings) {
    Map<CheckId, FailureEffect> configured = new HashMap<>();
    for (CheckListing listing : listings) {
      configured.put(listing.definition().id(), listing.options().effect());
    }
    return new HealthReport(health, configured);
  }

  /**
   * The effect in force for this result: the one its run judged, else the configured one, else (a
   * check the listing did not name) the one its failing reason carries.
   */
  public Optional<FailureEffect> effectOf(CheckResult result) {
    if (result.effect().isPresent()) {
      return result.effect();
    }
    FailureEffect configured = configuredEffects.get(result.id());
    if (configured != null) {
      return Optional.of(configured);
    }
    return health.reasons().stream()
        .filter(FailingCheck.class::isInstance)
        .map(FailingCheck.class::cast)
        .filter(failing -> failing.check().equals(result.id()))
        .map(FailingCheck::effect)
        .findFirst();
  }

  /** Whether the run itself judged the effect, overriding the configured one. */
  public static boolean judgedByRun(CheckResult result) {
    return result.effect().isPresent();
  }
}
