package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.Severity;
import java.util.Locale;

/** What a failing command check does to the host: the configured {@code failureEffect}. */
enum FailureEffect {
  UNAVAILABLE("Unhealthy", Severity.FATAL),
  NEEDS_ASSISTANCE("NeedsAssistance", Severity.NON_FATAL),
  NONE("DoNotFail", Severity.INFORMATIONAL);

  private final String alias;
  private final Severity severity;

  FailureEffect(String alias, Severity severity) {
    this.alias = alias;
    this.severity = severity;
  }

  /** Reads the effect by name in any case, or by the app attach names the host also accepts. */
  static FailureEffect from(CheckSettings entry) {
    String given = entry.string("failureEffect", NEEDS_ASSISTANCE.name());
    String wanted = given.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (FailureEffect effect : values()) {
      if (effect.name().equals(wanted) || effect.alias.toUpperCase(Locale.ROOT).equals(wanted)) {
        return effect;
      }
    }
    throw entry.invalid("failureEffect", "UNAVAILABLE, NEEDS_ASSISTANCE or NONE");
  }

  Severity severity() {
    return severity;
  }
}
