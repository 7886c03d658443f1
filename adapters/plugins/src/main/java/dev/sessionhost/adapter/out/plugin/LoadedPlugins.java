package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.health.PluginProblem;
import java.util.List;

/** What one load of the plugins folder produced: the checks, the problems, the plugins off. */
record LoadedPlugins(
    List<RunnableCheck> checks, List<PluginProblem> problems, List<String> disabledPlugins) {

  LoadedPlugins {
    checks = List.copyOf(checks);
    problems = List.copyOf(problems);
    disabledPlugins = List.copyOf(disabledPlugins);
  }
}
