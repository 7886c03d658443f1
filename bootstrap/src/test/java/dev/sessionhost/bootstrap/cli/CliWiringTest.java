package dev.sessionhost.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.sessionhost.application.port.in.GetHostHealthQuery;
import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.application.port.in.ShutdownUseCase;
import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.bootstrap.Main;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.status.SessionHostStatus;
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
    assertThat(commandLine.getSubcommands()).containsKeys("checks", "help");
    assertThat(JsonMapper.builder().build().readTree(out.toString()).size()).isEqualTo(11);
  }

  @Test
  void theUseCasesShareOneRecordAndOneHistory() {
    RunHealthCycleUseCase cycle = injector.getInstance(RunHealthCycleUseCase.class);
    GetHostHealthQuery query = injector.getInstance(GetHostHealthQuery.class);
    ShutdownUseCase shutdown = injector.getInstance(ShutdownUseCase.class);

    assertThat(query.currentHealth().status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
    // no plugins yet: a cycle has nothing to run, so nothing fails
    assertThat(cycle.runCycle(RunHealthCycleCommand.now()).status())
        .isEqualTo(SessionHostStatus.AVAILABLE);
    assertThat(query.currentHealth().status()).isEqualTo(SessionHostStatus.AVAILABLE);
    assertThat(shutdown.shutdown().status()).isEqualTo(SessionHostStatus.SHUTDOWN);
    assertThat(injector.getInstance(HealthHistoryPort.class).recent(10))
        .extracting(StatusChange::to)
        .containsExactly(SessionHostStatus.AVAILABLE, SessionHostStatus.SHUTDOWN);
  }
}
