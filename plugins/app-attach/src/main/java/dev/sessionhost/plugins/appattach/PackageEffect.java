package dev.sessionhost.plugins.appattach;

import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.Severity;
import java.util.Locale;

/** What a failing app attach package does to the host, as the operator chose per package. */
enum PackageEffect {
  UNHEALTHY("Unhealthy", Severity.FATAL),
  NEEDS_ASSISTANCE("NeedsAssistance", Severity.NON_FATAL),
  DO_NOT_FAIL("DoNotFail", Severity.INFORMATIONAL);

  private final String configName;
  private final Severity severity;

  PackageEffect(String configName, Severity severity) {
    this.configName = configName;
    this.severity = severity;
  }

  /** Reads {@code failureEffect} of a package section, ignoring case, '_' and '-'. */
  static PackageEffect from(CheckSettings section) {
    String given = section.string("failureEffect", NEEDS_ASSISTANCE.configName);
    String wanted = normalize(given);
    for (PackageEffect effect : values()) {
      if (normalize(effect.configName).equals(wanted)) {
        return effect;
      }
    }
    throw section.invalid("failureEffect", "Unhealthy, NeedsAssistance or DoNotFail");
  }

  private static String normalize(String text) {
    return text.replace("_", "").replace("-", "").trim().toLowerCase(Locale.ROOT);
  }

  /** The name an operator writes in the configuration. */
  String configName() {
    return configName;
  }

  Severity severity() {
    return severity;
  }
}
