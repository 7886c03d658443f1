package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.sessionhost.adapter.out.linux.LinuxCommandProbe;
import dev.sessionhost.adapter.out.simulated.SimulatedEnvironment;
import dev.sessionhost.plugin.api.CommandProbe;
import dev.sessionhost.plugin.api.Probe;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Binds the {@link ProbeEnvironment} answered from a scenario file, re-read when it changes. The
 * file is parsed when the module is made, so a bad scenario stops the command before anything runs.
 *
 * <p>Commands are the exception: a scenario states facts, while a command check runs a program, so
 * the {@link CommandProbe} runs programs for real here too (a demo can pair a simulated host with
 * real Nagios plugins).
 */
final class SimulatedEnvironmentModule extends AbstractModule {

  private final SimulatedEnvironment environment;

  SimulatedEnvironmentModule(Path scenario) {
    this.environment = SimulatedEnvironment.load(scenario, Clock.systemUTC());
  }

  @Provides
  @Singleton
  ProbeEnvironment environment() {
    Map<Class<? extends Probe>, Probe> probes = new HashMap<>(environment.probes());
    probes.put(CommandProbe.class, new LinuxCommandProbe());
    return new ProbeEnvironment(SimulatedEnvironment.NAME, probes);
  }
}
