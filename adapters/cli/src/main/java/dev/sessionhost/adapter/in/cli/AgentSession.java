package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.ListPluginsQuery;
import dev.sessionhost.application.port.in.RemovePluginUseCase;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import java.util.function.Consumer;

/** The agent's side of one command: where it answers, its plugin folder, and the daemon itself. */
public interface AgentSession extends AutoCloseable {

  /** Where an agent of this configuration answers, and the admin token if this user can read it. */
  AgentAddress address();

  /** The plugins in this configuration's folder, read directly (no agent involved). */
  ListPluginsQuery plugins();

  /** Upgrades or installs a plugin directly in the folder: for when no agent runs. */
  UpgradePluginUseCase upgrade();

  /** Removes a plugin directly from the folder: for when no agent runs. */
  RemovePluginUseCase remove();

  /**
   * Runs the agent until it is told to stop (SIGTERM, SIGINT), logging one line per event to {@code
   * log}, and returns the exit code.
   *
   * @throws CheckSetupException when it cannot start (e.g. the HTTP port is taken)
   */
  int serve(Consumer<String> log) throws CheckSetupException;

  /** Releases what the session holds. Must not throw. */
  @Override
  void close();
}
