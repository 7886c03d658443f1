package dev.sessionhost.bootstrap;

import com.google.inject.Injector;
import com.google.inject.Module;
import dev.sessionhost.adapter.in.cli.AgentSession;
import dev.sessionhost.adapter.in.cli.AgentSessions;
import dev.sessionhost.adapter.in.cli.BrokerSession;
import dev.sessionhost.adapter.in.cli.BrokerSessions;
import dev.sessionhost.adapter.in.cli.CheckRunnerFactory;
import dev.sessionhost.adapter.in.cli.CheckSession;
import dev.sessionhost.adapter.in.cli.CheckSetup;
import dev.sessionhost.adapter.in.cli.CheckSetupException;
import dev.sessionhost.adapter.out.plugin.Pf4jHealthCheckLoader;
import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.bootstrap.config.ConfigLoader;
import dev.sessionhost.bootstrap.config.ConfigOverrides;
import dev.sessionhost.bootstrap.config.Environment;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import dev.sessionhost.support.yaml.LocatedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens the application for one command: loads the configuration (the file given, else the standard
 * one in the home), lays the command-line flags over it, then wires the core, the plugin runtime
 * and the environment the configuration names; a one-shot session loads the plugins at once, so
 * that a setting they refuse stops the command as a configuration error. The variant is chosen here
 * by choosing a module, never by a flag inside one.
 */
final class HealthSessions implements CheckRunnerFactory, AgentSessions, BrokerSessions {

  private final Path home;

  HealthSessions(Path home) {
    this.home = home;
  }

  @Override
  public CheckSession open(CheckSetup setup) throws CheckSetupException {
    SessionhostConfig config = configFor(setup);
    Module environment = environmentOf(config);
    Injector injector = Wiring.of(config, environment, List.of(new OneShotModule()));
    try {
      // the command loads the plugins at once anyway: an entry a provider refused stops it here
      InvalidSettingsAtStart.refuse(injector.getInstance(Pf4jHealthCheckLoader.class), config);
    } catch (CheckSetupException | RuntimeException e) {
      Wiring.release(injector);
      throw e;
    }
    return new Session(injector);
  }

  @Override
  public AgentSession openAgent(CheckSetup setup) throws CheckSetupException {
    return new AgentSessionImpl(configFor(setup), HealthSessions::environmentOf);
  }

  @Override
  public BrokerSession openBroker(Optional<Path> file) throws CheckSetupException {
    return new BrokerSessionImpl(
        configFor(new CheckSetup(Optional.empty(), Optional.empty(), file)).brokerServer());
  }

  private SessionhostConfig configFor(CheckSetup setup) throws CheckSetupException {
    try {
      SessionhostConfig config =
          setup.config().isPresent()
              ? ConfigLoader.load(setup.config().get(), home)
              : ConfigLoader.loadStandard(home);
      ConfigOverrides overrides = ConfigOverrides.none();
      if (setup.environment().isPresent()) {
        overrides = overrides.withEnvironment(Environment.parse(setup.environment().get()));
      } else if (setup.scenario().isPresent()) {
        // a scenario only means something to the simulated environment
        overrides = overrides.withEnvironment(Environment.SIMULATED);
      }
      if (setup.scenario().isPresent()) {
        overrides = overrides.withScenario(setup.scenario().get());
      }
      return config.with(overrides);
    } catch (LocatedException | IllegalArgumentException e) {
      throw new CheckSetupException(e.getMessage(), e);
    }
  }

  private static Module environmentOf(SessionhostConfig config) throws CheckSetupException {
    if (config.agent().environment() == Environment.LINUX) {
      return new LinuxEnvironmentModule();
    }
    Path scenario =
        config
            .agent()
            .scenario()
            .orElseThrow(
                () ->
                    new CheckSetupException(
                        "the simulated environment needs a scenario: give --scenario FILE or set"
                            + " agent.scenario in the configuration"));
    if (!Files.isRegularFile(scenario)) {
      throw new CheckSetupException(scenario + ": no such scenario file");
    }
    try {
      return new SimulatedEnvironmentModule(scenario);
    } catch (LocatedException e) {
      throw new CheckSetupException(e.getMessage(), e);
    }
  }

  /** The use cases of one wiring; closing it stops the plugins and the check workers. */
  private static final class Session implements CheckSession {
    private final Injector injector;

    Session(Injector injector) {
      this.injector = injector;
    }

    @Override
    public RunHealthCycleUseCase cycle() {
      return injector.getInstance(RunHealthCycleUseCase.class);
    }

    @Override
    public ListChecksQuery checks() {
      return injector.getInstance(ListChecksQuery.class);
    }

    @Override
    public void close() {
      Wiring.release(injector);
    }
  }
}
