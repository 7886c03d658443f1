package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.health.PluginProblem;
import java.util.List;

/** Provides the checks this host can run, each a definition, its options and something to run. */
public interface LoadHealthChecksPort {

  List<RunnableCheck> loadChecks();

  /** The plugins that could not be loaded or started, with the reasons; empty when all loaded. */
  default List<PluginProblem> problems() {
    return List.of();
  }
}
