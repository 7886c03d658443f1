package dev.sessionhost.adapter.in.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code sessionhost check} was told about where to run, before anything is wired: the
 * environment ({@code linux} or {@code simulated}), the scenario file and the configuration file,
 * each empty when not given on the command line (the configuration or a default decides).
 */
public record CheckSetup(
    Optional<String> environment, Optional<Path> scenario, Optional<Path> config) {

  public CheckSetup {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(config, "config");
  }

  /** Nothing given on the command line. */
  public static CheckSetup defaults() {
    return new CheckSetup(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
