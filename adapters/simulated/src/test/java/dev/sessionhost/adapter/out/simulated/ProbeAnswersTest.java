package dev.sessionhost.adapter.out.simulated;

import static dev.sessionhost.adapter.out.simulated.ScenarioFiles.probe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.ListenerState;
import dev.sessionhost.plugin.api.PathState;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ServiceProbe;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each probe reads the less obvious facts of a scenario. */
class ProbeAnswersTest {

  private static final Duration SECOND = Duration.ofSeconds(1);

  @TempDir Path folder;

  private SimulatedEnvironment load(String yaml) {
    return new ScenarioFiles(folder).load(yaml);
  }

  @Test
  void aKeytabAskedForElsewhereIsMissingAndAnotherRealmIsNotTrusted() {
    SimulatedEnvironment environment =
        load("directory: { joined: true, realm: CORP.EXAMPLE.COM, trusted: true }\n");
    DirectoryProbe directory = probe(environment, DirectoryProbe.class);

    assertThat(directory.membership(new DirectoryTarget("", "/etc/other.keytab", "")).keytab())
        .isEmpty();
    assertThat(directory.membership(new DirectoryTarget("", "/etc/krb5.keytab", "")).keytab())
        .isEqualTo("/etc/krb5.keytab");
    assertThat(directory.testTrust(new DirectoryTarget("OTHER.ORG", "", "")).answer())
        .isEqualTo("the host is joined to CORP.EXAMPLE.COM, not to OTHER.ORG");
    assertThat(directory.testTrust(new DirectoryTarget("corp.example.com", "", "")).trusted())
        .isTrue();
  }

  @Test
  void aJoinedHostWithAnEmptyKeytabHasNone() {
    SimulatedEnvironment environment =
        load("directory: { joined: true, realm: CORP.EXAMPLE.COM, keytab: \"\" }\n");

    assertThat(probe(environment, DirectoryProbe.class).membership().keytab()).isEmpty();
    assertThat(probe(environment, DirectoryProbe.class).testTrust().trusted()).isFalse();
  }

  @Test
  void aListenerMarkedNotListeningIsDownButKeepsItsProcess() {
    SimulatedEnvironment environment =
        load("listeners:\n  - { port: 3389, process: xrdp, listening: false }\n  - { port: 22 }\n");
    ListenerProbe listeners = probe(environment, ListenerProbe.class);

    assertThat(listeners.tcpListener(3389))
        .isEqualTo(new ListenerState(false, 3389, "xrdp", "scenario scenario.yaml: listeners[0]"));
    assertThat(listeners.listenerNamed("xrdp").listening()).isFalse();
    assertThat(listeners.tcpListener(22).listening()).isTrue();
    assertThat(listeners.tcpListener(8080))
        .isEqualTo(new ListenerState(false, 8080, "", "scenario scenario.yaml: listeners"));
    assertThatThrownBy(() -> listeners.tcpListener(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aServiceIsFoundWithOrWithoutItsUnitSuffixAndAnUnlistedOneIsNotInstalled() {
    SimulatedEnvironment environment =
        load(
            "services:\n  xrdp.service: { active: true }\n  ama: { detail: ActiveState=failed }\n");
    ServiceProbe services = probe(environment, ServiceProbe.class);

    assertThat(services.service("xrdp").active()).isTrue();
    assertThat(services.service("ama.service").detail()).isEqualTo("ActiveState=failed");
    assertThat(services.service("ama").installed()).isTrue();
    assertThat(services.service("sssd"))
        .satisfies(state -> assertThat(state.installed()).isFalse())
        .satisfies(state -> assertThat(state.detail()).isEqualTo("not listed"))
        .satisfies(
            state -> assertThat(state.source()).isEqualTo("scenario scenario.yaml: services"));
  }

  @Test
  void anHttpEntryMayAnswerAnyStatusOrFailWithItsError() {
    SimulatedEnvironment environment =
        load(
            """
            http:
              "http://169.254.169.254/metadata/instance/compute": { status: 404, body: missing }
              "https://portal.example.com/": { error: "certificate expired" }
            """);
    HttpProbe http = probe(environment, HttpProbe.class);

    assertThat(
            http.get(
                    URI.create("http://169.254.169.254:80/metadata/instance/compute?a=b"),
                    Map.of(),
                    SECOND,
                    true)
                .status())
        .isEqualTo(404);
    assertThatThrownBy(
            () -> http.get(URI.create("https://PORTAL.example.com"), Map.of(), SECOND, false))
        .isInstanceOf(ProbeException.class)
        .hasMessage(
            "GET https://PORTAL.example.com: certificate expired"
                + " (scenario scenario.yaml: http[\"https://portal.example.com/\"])");
    assertThatThrownBy(() -> http.get(URI.create("http://other/"), Map.of(), SECOND, false))
        .isInstanceOf(ProbeException.class)
        .hasMessage(
            "GET http://other/: connection refused"
                + " (scenario scenario.yaml: http does not list http://other/)");
  }

  @Test
  void networkListsOverrideTheDefaultInBothDirections() {
    SimulatedEnvironment environment =
        load(
            """
            network:
              default: unreachable
              reachable: [ "https://login.microsoftonline.com", "azkms.core.windows.net:1688" ]
            """);
    HttpProbe http = probe(environment, HttpProbe.class);

    assertThat(http.reach("LOGIN.microsoftonline.com", 443, SECOND).reachable()).isTrue();
    assertThat(http.reach("azkms.core.windows.net", 1688, SECOND).reachable()).isTrue();
    assertThat(http.reach("azkms.core.windows.net", 443, SECOND).detail())
        .isEqualTo("connection refused (scenario scenario.yaml: network.default unreachable)");

    SimulatedEnvironment blocked =
        load("network: { default: reachable, unreachable: [ \"www.microsoft.com:80\" ] }\n");
    assertThat(probe(blocked, HttpProbe.class).reach("www.microsoft.com", 80, SECOND).detail())
        .isEqualTo("connection refused (scenario scenario.yaml: network.unreachable)");
  }

  @Test
  void aListedPathTellsItsStateAndAnUnlistedOneIsMissing() {
    SimulatedEnvironment environment =
        load(
            """
            files:
              /srv/a.vhdx: { readable: false, size: 10, detail: permission denied }
              /srv/images: { directory: true }
              /srv/gone.vhdx: { exists: false }
            """);
    FileProbe files = probe(environment, FileProbe.class);

    assertThat(files.path("/srv/a.vhdx"))
        .isEqualTo(
            new PathState(
                "/srv/a.vhdx",
                true,
                false,
                false,
                10,
                "permission denied (scenario scenario.yaml: files[\"/srv/a.vhdx\"])"));
    assertThat(files.path("/srv/images").directory()).isTrue();
    assertThat(files.path("/srv/gone.vhdx").exists()).isFalse();
    assertThat(files.path("/srv/b.vhdx"))
        .isEqualTo(PathState.missing("/srv/b.vhdx", "not listed in scenario scenario.yaml: files"));
  }
}
