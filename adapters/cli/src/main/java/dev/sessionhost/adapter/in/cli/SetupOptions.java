package dev.sessionhost.adapter.in.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that decide what a command wires: the configuration file, and the environment and
 * scenario that override it. Mixed into {@code check} and {@code agent}.
 */
final class SetupOptions {

  /** The environments the checks can look at; lower case because users type them. */
  enum Environment {
    linux,
    simulated
  }

  @Option(
      names = "--environment",
      paramLabel = "ENV",
      description =
          "Where the checks look: ${COMPLETION-CANDIDATES} (default: as the configuration says).")
  private Environment environment;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description = "The scenario file that the simulated environment reads its facts from.")
  private Path scenario;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The configuration file to read instead of the default one.")
  private Path config;

  CheckSetup setup() {
    return new CheckSetup(
        Optional.ofNullable(environment).map(Enum::name),
        Optional.ofNullable(scenario),
        Optional.ofNullable(config));
  }
}
