package dev.sessionhost.adapter.in.cli;

/**
 * Wires the application for {@code sessionhost check} from the options that must be known first:
 * the configuration file decides which environment is used, so only the bootstrap can build it.
 */
@FunctionalInterface
public interface CheckRunnerFactory {

  /**
   * Reads the configuration, builds the environment and the plugins, and returns the session.
   *
   * @throws CheckSetupException when it cannot (a bad configuration file, a missing scenario), with
   *     a message the operator can act on: it is printed as is
   */
  CheckSession open(CheckSetup setup) throws CheckSetupException;
}
