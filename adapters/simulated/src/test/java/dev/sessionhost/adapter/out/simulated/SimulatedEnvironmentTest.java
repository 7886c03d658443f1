package dev.sessionhost.adapter.out.simulated;

import static dev.sessionhost.adapter.out.simulated.ScenarioFiles.probe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.DomainMembership;
import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ServiceProbe;
import dev.sessionhost.support.yaml.LocatedException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedEnvironmentTest {

  @TempDir Path folder;

  @Test
  void offersAProbeOfEachOfTheFiveInterfaces() {
    SimulatedEnvironment environment = new ScenarioFiles(folder).load("description: x\n");

    assertThat(environment.probes())
        .containsOnlyKeys(
            DirectoryProbe.class,
            ListenerProbe.class,
            ServiceProbe.class,
            HttpProbe.class,
            FileProbe.class);
    environment.probes().forEach((type, probe) -> assertThat(probe).isInstanceOf(type));
    assertThat(SimulatedEnvironment.NAME).isEqualTo("simulated");
  }

  @Test
  void aScenarioThatStatesNothingAnswersEveryProbeWithTheAbsentFact() {
    SimulatedEnvironment environment = new ScenarioFiles(folder).load("description: bare\n");

    DomainMembership membership = probe(environment, DirectoryProbe.class).membership();
    assertThat(membership.joined()).isFalse();
    assertThat(membership.sources())
        .containsExactly("scenario scenario.yaml: directory (joined: false)");
    assertThat(probe(environment, DirectoryProbe.class).testTrust().trusted()).isFalse();
    assertThat(probe(environment, ListenerProbe.class).tcpListener(3389).listening()).isFalse();
    assertThat(probe(environment, ListenerProbe.class).listenerNamed("xrdp").listening()).isFalse();
    assertThat(probe(environment, ServiceProbe.class).service("azuremonitoragent").installed())
        .isFalse();
    assertThat(probe(environment, HttpProbe.class).reach("example.com", 443, Duration.ofSeconds(1)))
        .satisfies(answer -> assertThat(answer.reachable()).isFalse())
        .satisfies(answer -> assertThat(answer.detail()).contains("network.default unreachable"));
    assertThat(probe(environment, FileProbe.class).path("/srv/x.vhdx").exists()).isFalse();
    assertThatThrownBy(
            () ->
                probe(environment, HttpProbe.class)
                    .get(
                        URI.create("http://169.254.169.254/x"),
                        Map.of(),
                        Duration.ofSeconds(1),
                        true))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("connection refused")
        .hasMessageContaining("scenario scenario.yaml: http");
  }

  @Test
  void loadFailsAtOnceNamingTheFileWhenItIsMissing() {
    Path missing = folder.resolve("nope.yaml");

    assertThatThrownBy(() -> SimulatedEnvironment.load(missing, ScenarioFiles.CLOCK))
        .isInstanceOf(LocatedException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void remembersTheScenarioFileItWasGiven() {
    ScenarioFiles files = new ScenarioFiles(folder);
    Path file = files.write("mine.yaml", "description: x\n");

    assertThat(SimulatedEnvironment.load(file, ScenarioFiles.CLOCK).scenarioFile()).isEqualTo(file);
  }
}
