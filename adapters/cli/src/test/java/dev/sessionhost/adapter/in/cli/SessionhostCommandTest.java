package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.in.cli.CliHarness.Run;
import dev.sessionhost.application.port.in.ListChecksQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionhostCommandTest {

  private final CliHarness cli = new CliHarness(new ChecksCommand(Catalogues.builtInOnly(), 120));

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Run run = cli.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: sessionhost", "Commands:", "checks", "help", "Exit codes")
        .contains("NeedsAssistance", "Unavailable", "could not run");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void withoutACommandItPrintsTheUsage() {
    Run run = cli.run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: sessionhost", "checks");
  }

  @Test
  void helpCommandExplainsAnotherCommand() {
    Run run = cli.run("help", "checks");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: sessionhost checks", "--format");
  }

  @Test
  void versionNamesTheProductVersionAndTheJavaRuntime() {
    Run run = cli.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(2)
        .first()
        .asString()
        .matches("sessionhost \\d+\\.\\d+\\.\\d+.*");
    assertThat(run.out()).contains("Java " + System.getProperty("java.version"));
  }

  @Test
  void aNamedCommandIsBuiltAloneAndEverythingElseWithAllCommands() {
    List<Object> commands =
        List.of(
            new ChecksCommand(Catalogues.builtInOnly(), 120),
            new StatusCommand(
                new FakeAgentSession(java.net.URI.create("http://127.0.0.1:9/")), 120));

    assertThat(SessionhostCli.commandLine(commands, new String[] {"checks", "-v"}).getSubcommands())
        .containsOnlyKeys("help", "checks");
    assertThat(SessionhostCli.commandLine(commands, new String[] {"--help"}).getSubcommands())
        .containsOnlyKeys("help", "checks", "status");
    assertThat(
            SessionhostCli.commandLine(commands, new String[] {"help", "checks"}).getSubcommands())
        .containsOnlyKeys("help", "checks", "status");
    assertThat(SessionhostCli.commandLine(commands, new String[] {"chekcs"}).getSubcommands())
        .containsOnlyKeys("help", "checks", "status");
    assertThat(SessionhostCli.commandLine(commands, new String[0]).getSubcommands())
        .containsOnlyKeys("help", "checks", "status");
  }

  @Test
  void anUnknownCommandExitsWith3AndSuggestsTheNearestOne() {
    Run run = cli.run("chekcs");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("chekcs", "checks", "--help");
  }

  @Test
  void aCommandThatFailsExitsWith3WithOneLineNamingTheProblem() {
    ListChecksQuery broken =
        () -> {
          throw new IllegalStateException("plugins directory is unreadable");
        };
    Run run = new CliHarness(new ChecksCommand(broken, 120)).run("checks");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .contains("sessionhost checks", "plugins directory is unreadable")
        .doesNotContain("\tat ");
  }

  @Test
  void commandsAreListedAlphabeticallyWhateverTheOrderTheyCameIn() {
    String out = cli.run("--help").out();

    assertThat(out.indexOf("  checks")).isLessThan(out.indexOf("  help"));
  }
}
