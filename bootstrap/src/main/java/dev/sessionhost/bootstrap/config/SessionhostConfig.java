package dev.sessionhost.bootstrap.config;

import java.util.Objects;

/**
 * The whole configuration of sessionhost, as read from {@code conf/sessionhost.yaml} and the
 * command line; a section missing from the file holds its defaults.
 *
 * @param source the file it was read from as the user named it, for messages that say where to fix
 *     something; empty when no file was read
 */
public record SessionhostConfig(
    AgentSection agent,
    PluginsSection plugins,
    ChecksSection checks,
    HttpSection http,
    BrokerSection broker,
    CommandChecksSection commandChecks,
    BrokerServerSection brokerServer,
    String source) {

  public SessionhostConfig {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(plugins, "plugins");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(broker, "broker");
    Objects.requireNonNull(commandChecks, "commandChecks");
    Objects.requireNonNull(brokerServer, "brokerServer");
    Objects.requireNonNull(source, "source");
  }

  /** This configuration as read from {@code file}. */
  SessionhostConfig readFrom(String file) {
    return new SessionhostConfig(
        agent, plugins, checks, http, broker, commandChecks, brokerServer, file);
  }

  /** This configuration with what was given on the command line in place of the file's values. */
  public SessionhostConfig with(ConfigOverrides overrides) {
    AgentSection changed = agent;
    if (overrides.environment().isPresent()) {
      changed = changed.withEnvironment(overrides.environment().get());
    }
    if (overrides.scenario().isPresent()) {
      changed = changed.withScenario(ConfigOverrides.absolute(overrides.scenario().get()));
    }
    if (overrides.pluginsDir().isPresent()) {
      changed = changed.withPluginsDir(ConfigOverrides.absolute(overrides.pluginsDir().get()));
    }
    if (overrides.stateDir().isPresent()) {
      changed = changed.withStateDir(ConfigOverrides.absolute(overrides.stateDir().get()));
    }
    if (overrides.hostName().isPresent()) {
      changed = changed.withHostName(overrides.hostName().get());
    }
    return new SessionhostConfig(
        changed, plugins, checks, http, broker, commandChecks, brokerServer, source);
  }
}
