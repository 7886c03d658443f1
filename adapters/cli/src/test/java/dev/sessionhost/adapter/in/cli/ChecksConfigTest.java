package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.in.cli.CliHarness.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code checks --config FILE} lists the plugins that configuration names. */
class ChecksConfigTest {

  @Test
  void theConfigurationFileReachesTheSessionFactory() {
    List<CheckSetup> asked = new ArrayList<>();
    CheckRunnerFactory factory =
        setup -> {
          asked.add(setup);
          return new FakeCheckSession(() -> null, Catalogues.builtInOnly());
        };

    Run run = new CliHarness(new ChecksCommand(factory, 120)).run("checks", "--config", "x.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(asked)
        .singleElement()
        .satisfies(s -> assertThat(s.config()).contains(Path.of("x.yaml")));
  }

  @Test
  void aConfigurationThatCannotBeReadIsOneLineAndExitCodeThree() {
    CheckRunnerFactory factory =
        setup -> {
          throw new CheckSetupException("x.yaml:3:5: agent.pluginDir: unknown key");
        };

    Run run = new CliHarness(new ChecksCommand(factory, 120)).run("checks", "--config", "x.yaml");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().strip())
        .isEqualTo("sessionhost: x.yaml:3:5: agent.pluginDir: unknown key");
  }
}
