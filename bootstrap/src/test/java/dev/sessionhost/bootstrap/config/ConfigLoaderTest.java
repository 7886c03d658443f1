package dev.sessionhost.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.sessionhost.adapter.out.plugin.CheckConfiguration;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.FailureEffect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private final Path home = Path.of("/opt/sessionhost");

  @Test
  void defaultsHoldWhatTheDesignPromises() {
    SessionhostConfig config = ConfigLoader.defaults(home);

    assertThat(config.agent().hostName()).isEmpty();
    assertThat(config.agent().cycleInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.agent().environment()).isEqualTo(Environment.LINUX);
    assertThat(config.agent().scenario()).isEmpty();
    assertThat(config.agent().pluginsDir()).isEqualTo(home.resolve("plugins"));
    assertThat(config.agent().stateDir()).isEqualTo(home.resolve("state"));
    assertThat(config.plugins().disabled()).isEmpty();
    assertThat(config.checks().defaults()).isEqualTo(CheckConfiguration.NONE);
    assertThat(config.checks().byId()).isEmpty();
    assertThat(config.http())
        .isEqualTo(new HttpSection("127.0.0.1", 8765, java.util.Optional.empty()));
    assertThat(config.broker().isConfigured()).isFalse();
    assertThat(config.brokerServer().bind()).isEqualTo("127.0.0.1");
    assertThat(config.brokerServer().port()).isEqualTo(8780);
    assertThat(config.brokerServer().adminToken()).isEmpty();
    assertThat(config.brokerServer().stateDir()).isEqualTo(home.resolve("state/broker"));
    assertThat(config.brokerServer().heartbeatTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.brokerServer().database().url()).isEmpty();
    assertThat(config.brokerServer().database().poolSize()).isEqualTo(8);
    assertThat(config.brokerServer().powerState()).isEqualTo(BrokerServerSection.PowerSource.NONE);
  }

  @Test
  void aSimulatedPowerStateNamesHostsAndTheRest() {
    Path file =
        ConfigFiles.write(
            dir,
            "brokerServer:\n  powerState:\n    source: simulated\n"
                + "    hosts: { web-1: Deallocated, web-2: stopping }\n    otherwise: running\n");

    BrokerServerSection.PowerSource power =
        ConfigLoader.load(file, home).brokerServer().powerState();

    assertThat(power.source()).isEqualTo(BrokerServerSection.PowerSource.Source.SIMULATED);
    assertThat(power.hosts())
        .containsEntry("web-1", dev.sessionhost.domain.pool.PowerState.DEALLOCATED)
        .containsEntry("web-2", dev.sessionhost.domain.pool.PowerState.STOPPING);
    assertThat(power.otherwise()).isEqualTo(dev.sessionhost.domain.pool.PowerState.RUNNING);
  }

  @Test
  void aConfigurationRemembersTheFileItWasReadFromAndTheDefaultsNone() {
    Path file = ConfigFiles.write(dir, "agent:\n  cycleInterval: 10s\n");

    assertThat(ConfigLoader.load(file, home).source()).isEqualTo(file.toString());
    assertThat(ConfigLoader.defaults(home).source()).isEmpty();
  }

  @Test
  void anEmptyFileMeansTheDefaults() {
    Path file = ConfigFiles.write(dir, "");

    assertThat(ConfigLoader.load(file, home))
        .isEqualTo(ConfigLoader.defaults(home).readFrom(file.toString()));
  }

  @Test
  void aFileOfCommentsAndEmptySectionsMeansTheDefaults() {
    Path file = ConfigFiles.write(dir, "# nothing yet\nagent:\n  # cycleInterval: 10s\nchecks:\n");

    assertThat(ConfigLoader.load(file, home))
        .isEqualTo(ConfigLoader.defaults(home).readFrom(file.toString()));
  }

  @Test
  void everyKeyOfAFullFileIsRead() {
    Path file =
        ConfigFiles.write(
            dir,
            String.join(
                "\n",
                "agent:",
                "  hostName: host1.example.com",
                "  cycleInterval: 2m",
                "  environment: simulated",
                "  scenario: scenarios/healthy.yaml",
                "  pluginsDir: /var/lib/sessionhost/plugins",
                "  stateDir: ../state",
                "plugins:",
                "  disabled: [ urls-accessible, disk-space ]",
                "checks:",
                "  defaults: { timeout: 5s, failuresBeforeFailing: 3, successesBeforePassing: 2 }",
                "  SxSStackListenerCheck: { enabled: false, interval: PT1M, settings: { port: 3390 } }",
                "  UrlsAccessibleCheck:",
                "    failureEffect: NEEDS_ASSISTANCE",
                "    settings:",
                "      urls: [ login.microsoftonline.com, \"169.254.169.254:80\" ]",
                "      perUrlTimeout: 3s",
                "      nested: { flag: true, ratio: 0.5, unset: null }",
                "http: { bind: 0.0.0.0, port: 9000 }",
                "broker: { url: \"https://broker.example.com\", registrationToken: abc }",
                "brokerServer:",
                "  bind: 0.0.0.0",
                "  port: 9100",
                "  adminToken: 0123456789abcdef0123",
                "  stateDir: broker-state",
                "  heartbeatTimeout: 2m",
                "  database:",
                "    url: jdbc:postgresql://127.0.0.1:5432/broker",
                "    user: broker",
                "    password: secret",
                "    poolSize: 4",
                "  powerState:",
                "    source: command",
                "    command: [/usr/local/bin/domstate, --uri, qemu:///system]",
                "    timeout: 2s",
                "    keepFor: 1m",
                ""));

    SessionhostConfig config = ConfigLoader.load(file, home);

    AgentSection agent = config.agent();
    assertThat(agent.hostName()).contains("host1.example.com");
    assertThat(agent.cycleInterval()).isEqualTo(Duration.ofMinutes(2));
    assertThat(agent.environment()).isEqualTo(Environment.SIMULATED);
    assertThat(agent.scenario()).contains(dir.resolve("scenarios/healthy.yaml"));
    assertThat(agent.pluginsDir()).isEqualTo(Path.of("/var/lib/sessionhost/plugins"));
    assertThat(agent.stateDir()).isEqualTo(dir.getParent().resolve("state"));
    assertThat(config.plugins().disabled()).containsExactly("urls-accessible", "disk-space");
    assertThat(config.plugins().isEnabled("disk-space")).isFalse();
    assertThat(config.plugins().isEnabled("app-attach")).isTrue();

    CheckConfiguration defaults = config.checks().defaults();
    assertThat(defaults.timeout()).contains(Duration.ofSeconds(5));
    assertThat(defaults.failuresBeforeFailing()).contains(3);
    assertThat(defaults.successesBeforePassing()).contains(2);
    assertThat(config.checks().byId().keySet())
        .containsExactly(CheckId.of("SxSStackListenerCheck"), CheckId.of("UrlsAccessibleCheck"));

    CheckConfiguration listener = config.checks().byId().get(CheckId.of("SxSStackListenerCheck"));
    assertThat(listener.enabled()).contains(false);
    assertThat(listener.interval()).contains(Duration.ofMinutes(1));
    assertThat(listener.failureEffect()).isEmpty();
    assertThat(listener.settings()).containsExactly(entry("port", 3390));

    CheckConfiguration urls = config.checks().byId().get(CheckId.of("UrlsAccessibleCheck"));
    assertThat(urls.failureEffect()).contains(FailureEffect.NEEDS_ASSISTANCE);
    assertThat(urls.settings())
        .containsExactly(
            entry("urls", List.of("login.microsoftonline.com", "169.254.169.254:80")),
            entry("perUrlTimeout", "3s"),
            entry("nested", Map.of("flag", true, "ratio", 0.5)));

    assertThat(config.http())
        .isEqualTo(new HttpSection("0.0.0.0", 9000, java.util.Optional.empty()));
    assertThat(config.broker().url()).isEqualTo("https://broker.example.com");
    assertThat(config.broker().registrationToken()).isEqualTo("abc");

    BrokerServerSection broker = config.brokerServer();
    assertThat(broker.bind()).isEqualTo("0.0.0.0");
    assertThat(broker.port()).isEqualTo(9100);
    assertThat(broker.adminToken()).contains("0123456789abcdef0123");
    assertThat(broker.stateDir()).isEqualTo(dir.resolve("broker-state"));
    assertThat(broker.heartbeatTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(broker.database().url()).contains("jdbc:postgresql://127.0.0.1:5432/broker");
    assertThat(broker.database().user()).isEqualTo("broker");
    assertThat(broker.database().password()).isEqualTo("secret");
    assertThat(broker.database().poolSize()).isEqualTo(4);
    assertThat(broker.powerState().source())
        .isEqualTo(BrokerServerSection.PowerSource.Source.COMMAND);
    assertThat(broker.powerState().command())
        .containsExactly("/usr/local/bin/domstate", "--uri", "qemu:///system");
    assertThat(broker.powerState().timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(broker.powerState().keepFor()).isEqualTo(Duration.ofMinutes(1));
    assertThat(broker.toString()).doesNotContain("secret").doesNotContain("0123456789abcdef");
  }

  @Test
  void hostNameAutoMeansTheMachinesOwnName() {
    Path file = ConfigFiles.write(dir, "agent:\n  hostName: auto\n");

    assertThat(ConfigLoader.load(file, home).agent().hostName()).isEqualTo(Optional.empty());
  }

  @Test
  void effectsAreReadInTheirAppAttachNamesToo() {
    Path file =
        ConfigFiles.write(
            dir, "checks:\n  A: { failureEffect: Unhealthy }\n  B: { failureEffect: DoNotFail }\n");

    ChecksSection checks = ConfigLoader.load(file, home).checks();

    assertThat(checks.byId().get(CheckId.of("A")).failureEffect())
        .contains(FailureEffect.UNAVAILABLE);
    assertThat(checks.byId().get(CheckId.of("B")).failureEffect()).contains(FailureEffect.NONE);
  }

  @Test
  void aSettingWrittenWithoutAValueIsLeftOutSoTheChecksDefaultHolds() {
    Path file =
        ConfigFiles.write(
            dir, "checks:\n  X:\n    settings:\n      listenerName:\n      port: 1\n");

    Map<String, Object> settings =
        ConfigLoader.load(file, home).checks().byId().get(CheckId.of("X")).settings();

    assertThat(settings).containsExactly(entry("port", 1));
  }

  @Test
  void theStandardFileIsReadWhenTheHomeHasOne() {
    ConfigFiles.write(dir.resolve("conf"), "agent: { cycleInterval: 45s }\n");

    assertThat(ConfigLoader.loadStandard(dir).agent().cycleInterval())
        .isEqualTo(Duration.ofSeconds(45));
    assertThat(ConfigLoader.loadStandard(dir.resolve("elsewhere")))
        .isEqualTo(ConfigLoader.defaults(dir.resolve("elsewhere")));
  }
}
