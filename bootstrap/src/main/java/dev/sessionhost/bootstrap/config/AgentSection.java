package dev.sessionhost.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code agent} section: who this host is, how often it checks itself, where its facts come
 * from, and where it keeps plugins and state. Paths are absolute: the loader resolves them.
 *
 * @param hostName the name to report; empty ({@code auto}) means the machine's FQDN
 * @param cycleInterval the time between two health cycles, at least one second
 * @param environment the real machine or a simulated one
 * @param scenario the scenario file of the simulated environment, empty when none is set
 * @param pluginsDir the folder of check plugins
 * @param stateDir the folder of history, update state and outbox
 */
public record AgentSection(
    Optional<String> hostName,
    Duration cycleInterval,
    Environment environment,
    Optional<Path> scenario,
    Path pluginsDir,
    Path stateDir) {

  /** The shortest cycle interval accepted: checking more often would only burn CPU. */
  public static final Duration MIN_CYCLE_INTERVAL = Duration.ofSeconds(1);

  public static final Duration DEFAULT_CYCLE_INTERVAL = Duration.ofSeconds(30);

  public AgentSection {
    Objects.requireNonNull(hostName, "hostName");
    Objects.requireNonNull(cycleInterval, "cycleInterval");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(pluginsDir, "pluginsDir");
    Objects.requireNonNull(stateDir, "stateDir");
    if (cycleInterval.compareTo(MIN_CYCLE_INTERVAL) < 0) {
      throw new IllegalArgumentException("cycleInterval must be at least 1s, not " + cycleInterval);
    }
  }

  /** The defaults: automatic host name, every 30 s, linux, {@code plugins/} and {@code state/}. */
  public static AgentSection defaults(Path home) {
    Path base = home.toAbsolutePath().normalize();
    return new AgentSection(
        Optional.empty(),
        DEFAULT_CYCLE_INTERVAL,
        Environment.LINUX,
        Optional.empty(),
        base.resolve("plugins"),
        base.resolve("state"));
  }

  AgentSection withEnvironment(Environment value) {
    return new AgentSection(hostName, cycleInterval, value, scenario, pluginsDir, stateDir);
  }

  AgentSection withScenario(Path value) {
    return new AgentSection(
        hostName, cycleInterval, environment, Optional.of(value), pluginsDir, stateDir);
  }

  AgentSection withPluginsDir(Path value) {
    return new AgentSection(hostName, cycleInterval, environment, scenario, value, stateDir);
  }

  AgentSection withStateDir(Path value) {
    return new AgentSection(hostName, cycleInterval, environment, scenario, pluginsDir, value);
  }

  AgentSection withHostName(String value) {
    return new AgentSection(
        hostNameOf(value), cycleInterval, environment, scenario, pluginsDir, stateDir);
  }

  /** A configured host name: {@code auto} or blank means the machine's own, i.e. empty. */
  static Optional<String> hostNameOf(String value) {
    String trimmed = value.trim();
    return trimmed.isEmpty() || trimmed.equalsIgnoreCase("auto")
        ? Optional.empty()
        : Optional.of(trimmed);
  }
}
