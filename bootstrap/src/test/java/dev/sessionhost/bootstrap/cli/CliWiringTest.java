package dev.sessionhost.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.sessionhost.bootstrap.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** The modules {@code main} uses, wired for real in-process. */
class CliWiringTest {

  private final Injector injector = Guice.createInjector(Stage.DEVELOPMENT, Main.modules());

  @Test
  void theWiredCommandLineListsTheCatalogue() {
    CommandLine commandLine = injector.getInstance(CommandLine.class);
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));

    int exitCode = commandLine.execute("checks", "--format", "json");

    assertThat(exitCode).isZero();
    assertThat(commandLine.getSubcommands()).containsKeys("check", "checks", "help");
    assertThat(JsonMapper.builder().build().readTree(out.toString()).size()).isEqualTo(11);
  }
}
