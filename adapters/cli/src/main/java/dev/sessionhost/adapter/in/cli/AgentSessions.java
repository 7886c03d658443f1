package dev.sessionhost.adapter.in.cli;

/**
 * Wires the application for the commands about the agent ({@code agent}, {@code status}, {@code
 * plugins}): like {@link CheckRunnerFactory}, the configuration decides what is built, so only the
 * bootstrap can build it.
 */
@FunctionalInterface
public interface AgentSessions {

  /**
   * Reads the configuration and returns a session; nothing heavy (plugins, threads) starts until a
   * method of the session asks for it.
   *
   * @throws CheckSetupException when the configuration cannot be used, with a message to print
   */
  AgentSession openAgent(CheckSetup setup) throws CheckSetupException;
}
