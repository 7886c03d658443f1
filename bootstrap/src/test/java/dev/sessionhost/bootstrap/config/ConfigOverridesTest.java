package dev.sessionhost.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigOverridesTest {

  private final Path home = Path.of("/opt/sessionhost");

  @Test
  void noOverridesChangeNothing() {
    SessionhostConfig config = ConfigLoader.defaults(home);

    assertThat(config.with(ConfigOverrides.none())).isEqualTo(config);
  }

  @Test
  void commandLineValuesWinOverTheFile() {
    SessionhostConfig config =
        ConfigLoader.defaults(home)
            .with(
                ConfigOverrides.none()
                    .withEnvironment(Environment.SIMULATED)
                    .withScenario(Path.of("/tmp/healthy.yaml"))
                    .withPluginsDir(Path.of("/tmp/plugins"))
                    .withStateDir(Path.of("/tmp/state"))
                    .withHostName("host7"));

    assertThat(config.agent().environment()).isEqualTo(Environment.SIMULATED);
    assertThat(config.agent().scenario()).contains(Path.of("/tmp/healthy.yaml"));
    assertThat(config.agent().pluginsDir()).isEqualTo(Path.of("/tmp/plugins"));
    assertThat(config.agent().stateDir()).isEqualTo(Path.of("/tmp/state"));
    assertThat(config.agent().hostName()).contains("host7");
    assertThat(config.http()).isEqualTo(HttpSection.DEFAULTS);
  }

  @Test
  void aRelativeCommandLinePathIsTakenFromTheCurrentDirectory() {
    SessionhostConfig config =
        ConfigLoader.defaults(home)
            .with(ConfigOverrides.none().withScenario(Path.of("scenarios/../healthy.yaml")));

    assertThat(config.agent().scenario())
        .contains(Path.of("").toAbsolutePath().resolve("healthy.yaml"));
  }

  @Test
  void environmentsAreReadInAnyCaseAndNamedInLowerCase() {
    assertThat(Environment.parse("Simulated")).isEqualTo(Environment.SIMULATED);
    assertThat(Environment.LINUX.configName()).isEqualTo("linux");
  }
}
