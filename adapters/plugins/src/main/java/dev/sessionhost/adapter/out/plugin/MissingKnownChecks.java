package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.domain.health.PluginProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stands in for the known checks that should run but that no loaded plugin provides: each reports
 * unknown, naming the plugin that failed, so a broken built-in plugin makes the host fail closed
 * instead of silently losing a fatal check.
 */
final class MissingKnownChecks {

  /** The provider of a stand-in. */
  static final String PROVIDER = "missing";

  private static final int MAX_NAMED = 3;

  private MissingKnownChecks() {}

  static List<RunnableCheck> of(
      PluginRuntimeOptions options,
      Set<String> provided,
      List<PluginProblem> problems,
      List<String> disabledPlugins) {
    List<RunnableCheck> missing = new ArrayList<>();
    for (KnownCheck known : KnownCheck.values()) {
      if (provided.contains(known.id().value())) {
        continue;
      }
      CheckOptions builtIn = CheckOptions.defaultsFor(known.definition());
      CheckOptions checkOptions =
          ConfiguredCheck.of(options, known.id().value())
              .options(known.enabledByDefault() ? builtIn : builtIn.disabled());
      if (checkOptions.enabled()) {
        String reason =
            "no loaded plugin provides this check" + why(known.id(), problems, disabledPlugins);
        missing.add(
            new RunnableCheck(
                known.definition(),
                checkOptions,
                PROVIDER,
                deadline -> CheckReport.unknown(reason)));
      }
    }
    return missing;
  }

  private static String why(CheckId id, List<PluginProblem> problems, List<String> disabled) {
    List<String> causes = new ArrayList<>();
    for (String plugin : disabled) {
      if (concerns(plugin, "", id)) {
        causes.add("plugin " + plugin + " is disabled in the configuration");
      }
    }
    List<PluginProblem> related =
        problems.stream().filter(p -> concerns(p.plugin(), p.reason(), id)).toList();
    for (PluginProblem problem : related.isEmpty() ? problems : related) {
      causes.add("plugin " + problem.plugin() + " failed: " + problem.reason());
    }
    if (causes.isEmpty()) {
      return "";
    }
    List<String> named = causes.subList(0, Math.min(MAX_NAMED, causes.size()));
    String more = causes.size() > MAX_NAMED ? "; and " + (causes.size() - MAX_NAMED) + " more" : "";
    return " (" + String.join("; ", named) + more + ")";
  }

  /**
   * Whether a plugin's problem is likely the reason a check is missing: the reason names the check,
   * or the plugin's name matches the check's (plugin domain-joined, DomainJoinedCheck).
   */
  private static boolean concerns(String plugin, String reason, CheckId id) {
    if (reason.contains(id.value())) {
      return true;
    }
    String pluginName = letters(plugin.replaceAll("(?i)\\.(jar|zip)$", ""));
    String checkName = letters(id.value());
    String checkCore = checkName.replaceAll("(health)?check$", "");
    return pluginName.length() >= 4
        && (checkName.startsWith(pluginName) || pluginName.contains(checkCore));
  }

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
