package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.Thresholds;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the operator's configuration applies to one check: the defaults first, then the check's own
 * configuration, each over the check's built-in options.
 */
record ConfiguredCheck(CheckConfiguration defaults, CheckConfiguration own) {

  static ConfiguredCheck of(PluginRuntimeOptions options, String checkId) {
    return new ConfiguredCheck(options.defaults(), options.configurationOf(checkId));
  }

  /** The options of a check with this definition: its defaults, then the configuration. */
  CheckOptions options(CheckDefinition definition) {
    return options(CheckOptions.defaultsFor(definition));
  }

  /** These options under the configuration. */
  CheckOptions options(CheckOptions base) {
    return apply(apply(base, defaults), own);
  }

  /**
   * Whether the operator chose the failure effect; a verdict's own severity then no longer counts.
   */
  boolean operatorChoseEffect() {
    return own.failureEffect().isPresent() || defaults.failureEffect().isPresent();
  }

  /** The check's settings: the defaults' settings overlaid with its own. */
  Map<String, Object> settings() {
    if (defaults.settings().isEmpty()) {
      return own.settings();
    }
    Map<String, Object> merged = new LinkedHashMap<>(defaults.settings());
    merged.putAll(own.settings());
    return Collections.unmodifiableMap(merged);
  }

  private static CheckOptions apply(CheckOptions options, CheckConfiguration configuration) {
    CheckOptions result = options;
    if (configuration.enabled().isPresent()) {
      result =
          new CheckOptions(
              configuration.enabled().get(),
              result.effect(),
              result.timeout(),
              result.interval(),
              result.thresholds());
    }
    if (configuration.failureEffect().isPresent()) {
      result = result.withEffect(configuration.failureEffect().get());
    }
    if (configuration.timeout().isPresent()) {
      result = result.withTimeout(configuration.timeout().get());
    }
    if (configuration.interval().isPresent()) {
      result = result.withInterval(configuration.interval().get());
    }
    if (configuration.failuresBeforeFailing().isPresent()
        || configuration.successesBeforePassing().isPresent()) {
      Thresholds current = result.thresholds();
      result =
          result.withThresholds(
              new Thresholds(
                  configuration.failuresBeforeFailing().orElse(current.failuresBeforeFailing()),
                  configuration.successesBeforePassing().orElse(current.successesBeforePassing())));
    }
    return result;
  }
}
