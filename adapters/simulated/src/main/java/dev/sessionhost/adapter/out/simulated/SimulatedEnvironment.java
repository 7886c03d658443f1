package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.Probe;
import dev.sessionhost.plugin.api.ServiceProbe;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code simulated} environment: every probe answers from a YAML scenario file, re-read when it
 * changes, so that a demo or a drill can flip a fact while the host runs and watch the status
 * follow. The file format is documented in {@code examples/scenarios/healthy.yaml}.
 */
public final class SimulatedEnvironment {

  /** The environment's name, as {@code --environment} and the configuration spell it. */
  public static final String NAME = "simulated";

  private final ScenarioFile scenario;
  private final Map<Class<? extends Probe>, Probe> probes;

  private SimulatedEnvironment(ScenarioFile scenario, Clock clock) {
    this.scenario = scenario;
    this.probes =
        Map.of(
            DirectoryProbe.class, new ScenarioDirectoryProbe(scenario),
            ListenerProbe.class, new ScenarioListenerProbe(scenario),
            ServiceProbe.class, new ScenarioServiceProbe(scenario),
            HttpProbe.class, new ScenarioHttpProbe(scenario, clock),
            FileProbe.class, new ScenarioFileProbe(scenario));
  }

  /**
   * Reads the scenario file at once, so that a bad file stops the start with a clear message.
   *
   * @param scenarioFile the YAML scenario
   * @param clock measures how long HTTP answers took
   * @throws dev.sessionhost.support.yaml.LocatedException when the file is missing, unreadable or
   *     invalid; the message names the file, line, column and key
   */
  public static SimulatedEnvironment load(Path scenarioFile, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return new SimulatedEnvironment(ScenarioFile.open(scenarioFile), clock);
  }

  /**
   * The probes of all five interfaces, keyed by interface. They are thread-safe, and each call
   * first checks whether the file changed; while it is invalid they throw {@link
   * dev.sessionhost.plugin.api.ProbeException} naming the problem.
   */
  public Map<Class<? extends Probe>, Probe> probes() {
    return probes;
  }

  /** The scenario file, as given. */
  public Path scenarioFile() {
    return scenario.path();
  }
}
