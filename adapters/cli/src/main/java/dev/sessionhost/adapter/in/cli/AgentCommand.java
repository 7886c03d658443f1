package dev.sessionhost.adapter.in.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sessionhost agent}: the daemon. Runs a health cycle every {@code cycleInterval}, serves
 * the local HTTP API, applies plugin upgrades, and on SIGTERM or SIGINT reports Shutdown and exits
 * 0.
 */
@Command(
    name = "agent",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Runs the health agent until stopped: checks on a schedule, the local HTTP API.",
    description = {
      "Runs a health cycle at start and then every agent.cycleInterval (a check with its own"
          + " interval runs that often), keeps the latest snapshot for the local HTTP API"
          + " (GET /v1/health, /v1/sessionhost, /v1/history, /metrics; admin POST /v1/cycle and"
          + " plugin upgrades), records every status change in the state folder, and picks up"
          + " plugin jars dropped into plugins/updates/.",
      "",
      "Logs one line per status change and nothing for a healthy cycle. On SIGTERM or SIGINT"
          + " the status becomes Shutdown, every reporter is told, and the process exits 0 within"
          + " 5 seconds even if a check hangs.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped by SIGTERM or SIGINT",
      "3:could not start: bad options, a bad configuration, the HTTP port taken",
    })
public final class AgentCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private SetupOptions setupOptions;

  private final AgentSessions sessions;

  public AgentCommand(AgentSessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AgentSession session = sessions.openAgent(setupOptions.setup())) {
      return session.serve(
          line -> {
            out.println(line);
            out.flush();
          });
    } catch (CheckSetupException e) {
      err.println("sessionhost: " + e.getMessage());
      err.flush();
      return ExitCodes.COULD_NOT_RUN;
    }
  }
}
