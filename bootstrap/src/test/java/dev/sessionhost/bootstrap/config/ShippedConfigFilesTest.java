package dev.sessionhost.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.plugin.CheckConfiguration;
import dev.sessionhost.domain.check.CheckId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration files we ship must load: an operator's first contact with the product. */
class ShippedConfigFilesTest {

  // Surefire runs in the module's directory
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path EXAMPLES = MODULE.resolveSibling("examples").resolve("conf");
  private final Path home = Path.of("/opt/sessionhost");

  @Test
  void theDistributionsDefaultFileLoadsAndChangesNothing() {
    Path file = MODULE.resolve("src/dist/conf/sessionhost.yaml");

    SessionhostConfig config = ConfigLoader.load(file, home);

    // every value in it is commented out: it documents the defaults without changing them
    assertThat(config.agent()).isEqualTo(AgentSection.defaults(home));
    assertThat(config.checks().defaults()).isEqualTo(CheckConfiguration.NONE);
    assertThat(config.checks().byId())
        .hasSize(7)
        .allSatisfy((id, section) -> assertThat(section).isEqualTo(CheckConfiguration.NONE));
    assertThat(config.http()).isEqualTo(HttpSection.DEFAULTS);
    assertThat(config.broker()).isEqualTo(BrokerSection.DEFAULTS);
  }

  @Test
  void theDefaultFileStillLoadsWithEveryValueUncommented(@TempDir Path dir) throws IOException {
    Path original = MODULE.resolve("src/dist/conf/sessionhost.yaml");
    // "  # port: 3389" becomes "  port: 3389", "  #   - a" becomes "    - a"; prose stays comment
    String uncommented =
        Files.readString(original).replaceAll("(?m)^(\\s+)# (\\s*)(\\w+:|- )", "$1$2$3");
    Path file = ConfigFiles.write(dir.resolve("conf"), uncommented);

    SessionhostConfig config = ConfigLoader.load(file, home);

    CheckConfiguration urls = config.checks().byId().get(CheckId.of("UrlsAccessibleCheck"));
    assertThat((List<?>) urls.settings().get("urls")).hasSize(12);
    assertThat(config.checks().byId().get(CheckId.of("AppAttachHealthCheck")).settings())
        .containsKey("packages");
    assertThat(config.agent().pluginsDir()).isEqualTo(dir.resolve("plugins"));
    assertThat(config.agent().scenario()).contains(dir.resolve("examples/scenarios/healthy.yaml"));
    assertThat(config.checks().defaults().failuresBeforeFailing()).contains(1);
  }

  @Test
  void theAppAttachExampleGivesEachPackageItsOwnEffect() {
    SessionhostConfig config = ConfigLoader.load(EXAMPLES.resolve("app-attach.yaml"), home);

    Object packages =
        config.checks().byId().get(CheckId.of("AppAttachHealthCheck")).settings().get("packages");
    assertThat(packages)
        .isEqualTo(
            List.of(
                Map.of(
                    "name", "office",
                    "path", "/srv/appattach/office.vhdx",
                    "failureEffect", "NeedsAssistance"),
                Map.of(
                    "name",
                    "crm",
                    "path",
                    "/srv/appattach/crm.vhdx",
                    "failureEffect",
                    "Unhealthy")));
  }

  @Test
  void theSimulatedExampleFindsItsScenarioNextToItself() {
    SessionhostConfig config = ConfigLoader.load(EXAMPLES.resolve("simulated.yaml"), home);

    assertThat(config.agent().environment()).isEqualTo(Environment.SIMULATED);
    assertThat(config.agent().scenario())
        .contains(MODULE.resolveSibling("examples").resolve("scenarios/healthy.yaml"));
    assertThat(config.agent().scenario().get()).exists();
  }
}
