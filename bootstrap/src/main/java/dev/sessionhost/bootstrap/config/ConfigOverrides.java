package dev.sessionhost.bootstrap.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Values given on the command line, which win over the configuration file. Unlike paths in the
 * file, a relative path here is taken from the current directory, as a shell user expects.
 */
public record ConfigOverrides(
    Optional<Environment> environment,
    Optional<Path> scenario,
    Optional<Path> pluginsDir,
    Optional<Path> stateDir,
    Optional<String> hostName) {

  private static final ConfigOverrides NONE =
      new ConfigOverrides(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public ConfigOverrides {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(pluginsDir, "pluginsDir");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(hostName, "hostName");
  }

  /** No overrides: the file's values stand. */
  public static ConfigOverrides none() {
    return NONE;
  }

  public ConfigOverrides withEnvironment(Environment value) {
    return new ConfigOverrides(Optional.of(value), scenario, pluginsDir, stateDir, hostName);
  }

  public ConfigOverrides withScenario(Path value) {
    return new ConfigOverrides(environment, Optional.of(value), pluginsDir, stateDir, hostName);
  }

  public ConfigOverrides withPluginsDir(Path value) {
    return new ConfigOverrides(environment, scenario, Optional.of(value), stateDir, hostName);
  }

  public ConfigOverrides withStateDir(Path value) {
    return new ConfigOverrides(environment, scenario, pluginsDir, Optional.of(value), hostName);
  }

  public ConfigOverrides withHostName(String value) {
    return new ConfigOverrides(environment, scenario, pluginsDir, stateDir, Optional.of(value));
  }

  static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
