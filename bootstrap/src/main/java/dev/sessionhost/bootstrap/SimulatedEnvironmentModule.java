package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.sessionhost.adapter.out.simulated.SimulatedEnvironment;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Binds the {@link ProbeEnvironment} answered from a scenario file, re-read when it changes. The
 * file is parsed when the module is made, so a bad scenario stops the command before anything runs.
 */
final class SimulatedEnvironmentModule extends AbstractModule {

  private final SimulatedEnvironment environment;

  SimulatedEnvironmentModule(Path scenario) {
    this.environment = SimulatedEnvironment.load(scenario, Clock.systemUTC());
  }

  @Provides
  @Singleton
  ProbeEnvironment environment() {
    return new ProbeEnvironment(SimulatedEnvironment.NAME, environment.probes());
  }
}
