package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.domain.health.PluginProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.PluginWrapper;

/**
 * Turns the started plugins' extensions into runnable checks with the operator's options, adds the
 * stand-ins for missing known checks, and orders them by Log Analytics code, then by id.
 */
final class CheckCatalog {

  // keyed by text: a record's first hashCode or equals costs a cold start tens of milliseconds
  private static final Map<String, Integer> KNOWN_CODES = knownCodes();

  static final Comparator<RunnableCheck> ORDER =
      Comparator.comparingInt(
              (RunnableCheck check) ->
                  KNOWN_CODES.getOrDefault(check.id().value(), Integer.MAX_VALUE))
          .thenComparing(check -> check.id().value());

  private CheckCatalog() {}

  static LoadedPlugins build(
      CheckPluginManager manager, PluginRuntimeOptions options, Clock clock) {
    List<PluginProblem> problems = new ArrayList<>(manager.problems());
    List<InvalidSetting> invalidSettings = new ArrayList<>();
    Map<String, String> providers = new HashMap<>();
    List<RunnableCheck> checks = new ArrayList<>();
    for (PluginWrapper plugin : manager.startedInOrder()) {
      for (HealthCheckExtensions.Found found :
          HealthCheckExtensions.of(manager, plugin, options, problems, invalidSettings)) {
        CheckDefinition definition = SdkMapping.definitionOf(found.descriptor());
        String other = providers.putIfAbsent(definition.id().value(), plugin.getPluginId());
        if (other != null) {
          problems.add(
              new PluginProblem(
                  plugin.getPluginId(),
                  "check id " + definition.id() + " is already provided by plugin " + other));
        } else {
          checks.add(adapt(plugin, found, definition, options, clock));
        }
      }
    }
    List<String> disabled = manager.disabledInOrder();
    checks.addAll(MissingKnownChecks.of(options, providers.keySet(), problems, disabled));
    checks.sort(ORDER);
    return new LoadedPlugins(checks, problems, disabled, invalidSettings);
  }

  private static Map<String, Integer> knownCodes() {
    Map<String, Integer> codes = new HashMap<>();
    for (KnownCheck known : KnownCheck.values()) {
      codes.put(known.id().value(), known.code());
    }
    return codes;
  }

  private static RunnableCheck adapt(
      PluginWrapper plugin,
      HealthCheckExtensions.Found found,
      CheckDefinition definition,
      PluginRuntimeOptions options,
      Clock clock) {
    String checkId = definition.id().value();
    ConfiguredCheck configured = ConfiguredCheck.of(options, checkId);
    PluginCheckRunner runner =
        new PluginCheckRunner(
            found.check(), checkId, plugin.getPluginClassLoader(), configured, options, clock);
    String provider = plugin.getPluginId() + " " + plugin.getDescriptor().getVersion();
    return new RunnableCheck(definition, configured.options(definition), provider, runner);
  }
}
