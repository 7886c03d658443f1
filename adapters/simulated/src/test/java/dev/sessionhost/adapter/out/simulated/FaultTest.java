package dev.sessionhost.adapter.out.simulated;

import static dev.sessionhost.adapter.out.simulated.ScenarioFiles.probe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ReachAnswer;
import dev.sessionhost.plugin.api.ServiceProbe;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultTest {

  @TempDir Path folder;

  private SimulatedEnvironment load(String yaml) {
    return new ScenarioFiles(folder).load(yaml);
  }

  @Test
  void aDelayedCallTakesAtLeastTheDelayAndThenAnswers() {
    SimulatedEnvironment environment =
        load(
            """
            directory: { joined: true, realm: CORP.EXAMPLE.COM, trusted: true }
            faults:
              DirectoryProbe.testTrust: { delay: 300ms }
            """);
    DirectoryProbe directory = probe(environment, DirectoryProbe.class);

    long start = System.nanoTime();
    boolean trusted = directory.testTrust().trusted();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(trusted).isTrue();
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aDelayThenAnErrorWaitsAndThenThrows() {
    SimulatedEnvironment environment =
        load(
            "faults:\n  ServiceProbe.service: { delay: 200ms, error: systemd is slow and then gone }\n");

    long start = System.nanoTime();
    assertThatThrownBy(() -> probe(environment, ServiceProbe.class).service("ama"))
        .isInstanceOf(ProbeException.class)
        .hasMessage(
            "systemd is slow and then gone (scenario scenario.yaml: faults.ServiceProbe.service)");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void anErrorFaultThrowsAProbeExceptionWithItsMessage() {
    SimulatedEnvironment environment =
        load(
            """
            services: { azuremonitoragent: { active: true } }
            faults:
              ServiceProbe.service: { error: "systemd does not answer" }
            """);

    assertThatThrownBy(() -> probe(environment, ServiceProbe.class).service("azuremonitoragent"))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("systemd does not answer")
        .hasMessageContaining("scenario scenario.yaml: faults.ServiceProbe.service");
  }

  @Test
  void aHangBlocksUntilTheCallingThreadIsInterruptedAndThenThrows() throws Exception {
    SimulatedEnvironment environment = load("faults:\n  HttpProbe.get: { hang: true }\n");
    HttpProbe http = probe(environment, HttpProbe.class);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean interruptFlagKept = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                http.get(
                    URI.create("http://169.254.169.254/"), Map.of(), Duration.ofMillis(50), true);
              } catch (RuntimeException e) {
                thrown.set(e);
                interruptFlagKept.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();

    caller.join(500); // well past the call's own 50 ms timeout: a hang ignores it
    assertThat(caller.isAlive()).as("still hanging").isTrue();
    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(10));

    assertThat(caller.isAlive()).as("ended by the interrupt").isFalse();
    assertThat(thrown.get())
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("interrupted while hanging")
        .hasMessageContaining("faults.HttpProbe.get");
    assertThat(interruptFlagKept).isTrue();
  }

  @Test
  void aDelayEndsEarlyWhenTheCallingThreadIsInterrupted() throws Exception {
    SimulatedEnvironment environment =
        load(
            "directory: { joined: true, realm: R }\nfaults:\n  DirectoryProbe.membership: { delay: 1h }\n");
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                probe(environment, DirectoryProbe.class).membership();
                thrown.complete(null);
              } catch (RuntimeException e) {
                thrown.complete(e);
              }
            });
    caller.start();
    Thread.sleep(100);
    caller.interrupt();

    assertThat(thrown.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining(
            "interrupted while waiting 1h as scenario scenario.yaml: faults.DirectoryProbe.membership says");
  }

  @Test
  void anHttpDelayLongerThanTheRequestTimeoutEndsAtTheTimeoutAsARealRequestWould() {
    SimulatedEnvironment environment =
        load(
            """
            http: { "http://169.254.169.254/metadata/instance/compute": { body: "{}" } }
            network: { default: reachable }
            faults:
              HttpProbe.get: { delay: 1h }
              HttpProbe.reach: { delay: 1h }
            """);
    HttpProbe http = probe(environment, HttpProbe.class);

    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                http.get(
                    URI.create("http://169.254.169.254/metadata/instance/compute?x=1"),
                    Map.of(),
                    Duration.ofMillis(200),
                    true))
        .isInstanceOf(ProbeException.class)
        .hasMessage(
            "GET http://169.254.169.254/metadata/instance/compute?x=1: timed out after 200ms"
                + " (scenario scenario.yaml: faults.HttpProbe.get delays it by 1h)");
    ReachAnswer reach = http.reach("login.microsoftonline.com", 443, Duration.ofMillis(200));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(reach.reachable()).isFalse();
    assertThat(reach.detail()).startsWith("timed out after 200ms");
    assertThat(took)
        .isGreaterThanOrEqualTo(Duration.ofMillis(400))
        .isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void aFaultOnOneMethodLeavesTheOthersAlone() {
    SimulatedEnvironment environment =
        load(
            """
            directory: { joined: true, realm: CORP.EXAMPLE.COM, trusted: true }
            faults:
              DirectoryProbe.testTrust: { error: "no domain controller answers" }
            """);
    DirectoryProbe directory = probe(environment, DirectoryProbe.class);

    assertThat(directory.membership().joined()).isTrue();
    assertThatThrownBy(directory::testTrust).isInstanceOf(ProbeException.class);
  }
}
