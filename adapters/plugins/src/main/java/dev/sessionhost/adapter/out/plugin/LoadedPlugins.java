package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.health.PluginProblem;
import java.util.List;

/**
 * What one load of the plugins folder produced: the checks, the problems, the plugins off, and the
 * settings of the configuration found invalid while loading (each also among the problems).
 */
record LoadedPlugins(
    List<RunnableCheck> checks,
    List<PluginProblem> problems,
    List<String> disabledPlugins,
    List<InvalidSetting> invalidSettings) {

  LoadedPlugins {
    invalidSettings = List.copyOf(invalidSettings);
    checks = List.copyOf(checks);
    problems = List.copyOf(problems);
    disabledPlugins = List.copyOf(disabledPlugins);
  }
}
