package dev.sessionhost.adapter.out.simulated;

import static dev.sessionhost.adapter.out.simulated.ScenarioFiles.probe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.DomainMembership;
import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.HttpAnswer;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.ListenerState;
import dev.sessionhost.plugin.api.PathState;
import dev.sessionhost.plugin.api.ServiceProbe;
import dev.sessionhost.plugin.api.ServiceState;
import dev.sessionhost.plugin.api.TrustTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped healthy scenario answers every probe as a healthy host would, naming the file. */
class HealthyScenarioTest {

  private final SimulatedEnvironment healthy =
      SimulatedEnvironment.load(
          ExampleScenariosTest.FOLDER.resolve("healthy.yaml"), ScenarioFiles.CLOCK);

  @Test
  void theHostIsJoinedAndTrusted() {
    DomainMembership membership = probe(healthy, DirectoryProbe.class).membership();
    TrustTest trust = probe(healthy, DirectoryProbe.class).testTrust();

    assertThat(membership)
        .isEqualTo(
            DomainMembership.joined(
                "CORP.EXAMPLE.COM",
                "/etc/krb5.keytab",
                List.of("scenario healthy.yaml: directory")));
    assertThat(trust.trusted()).isTrue();
    assertThat(trust.method()).isEqualTo("scenario healthy.yaml: directory.trusted");
    assertThat(trust.answer()).contains("accepted the machine account");
  }

  @Test
  void xrdpListensOnPort3389() {
    ListenerState byPort = probe(healthy, ListenerProbe.class).tcpListener(3389);
    ListenerState byName = probe(healthy, ListenerProbe.class).listenerNamed("xrdp");

    assertThat(byPort)
        .isEqualTo(new ListenerState(true, 3389, "xrdp", "scenario healthy.yaml: listeners[0]"));
    assertThat(byName).isEqualTo(byPort);
  }

  @Test
  void theMonitoringAgentIsInstalledAndActive() {
    ServiceState agent = probe(healthy, ServiceProbe.class).service("azuremonitoragent");

    assertThat(agent.installed()).isTrue();
    assertThat(agent.active()).isTrue();
    assertThat(agent.source()).isEqualTo("scenario healthy.yaml: services.azuremonitoragent");
  }

  @Test
  void theMetadataServiceAnswersWithAVmIdWhateverTheQueryString() {
    HttpAnswer answer =
        probe(healthy, HttpProbe.class)
            .get(
                URI.create(
                    "http://169.254.169.254/metadata/instance/compute?api-version=2021-02-01&format=json"),
                Map.of("Metadata", "true"),
                Duration.ofSeconds(2),
                true);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("\"vmId\":\"4b6f2c1e-8d3a-4f57-9e21-0c7d5a1b9e34\"");
    assertThat(answer.header("content-type")).contains("application/json; charset=utf-8");
    assertThat(answer.header(ScenarioHttpProbe.SOURCE_HEADER))
        .contains(
            "scenario healthy.yaml: http[\"http://169.254.169.254/metadata/instance/compute\"]");
  }

  @Test
  void everyRequiredEndpointIsReachable() {
    for (String endpoint : DefaultChecks.REQUIRED) {
      Endpoint target = Endpoint.parse(endpoint);
      assertThat(
              probe(healthy, HttpProbe.class)
                  .reach(target.host(), target.port(), Duration.ofSeconds(3)))
          .satisfies(answer -> assertThat(answer.reachable()).as(endpoint).isTrue())
          .satisfies(
              answer ->
                  assertThat(answer.detail())
                      .isEqualTo("connected (scenario healthy.yaml: network.default reachable)"));
    }
  }

  @Test
  void bothAppAttachImagesArePresentAndReadable() {
    PathState office = probe(healthy, FileProbe.class).path("/srv/appattach/office.vhdx");

    assertThat(office)
        .isEqualTo(
            new PathState(
                "/srv/appattach/office.vhdx",
                true,
                true,
                false,
                1048576,
                "scenario healthy.yaml: files[\"/srv/appattach/office.vhdx\"]"));
    assertThat(probe(healthy, FileProbe.class).path("/srv/appattach/crm.vhdx").readable()).isTrue();
  }
}
