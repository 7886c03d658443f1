package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.broker.IssuedToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code sessionhost broker}: the broker that watches a pool of hosts. Runs until stopped; {@code
 * broker token} issues a registration token.
 */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Runs the broker that watches the host pools, until stopped.",
    description = {
      "Serves the REST API under /v1 (host pools, session hosts, their history, registration"
          + " tokens; for agents /v1/register and /v1/heartbeat), /v1/health and /metrics, on"
          + " brokerServer.bind:brokerServer.port (127.0.0.1:8780 by default).",
      "",
      "Keeps everything in its database: the embedded one in brokerServer.stateDir unless"
          + " brokerServer.database.url names a PostgreSQL database, which several brokers may"
          + " share. The admin API wants brokerServer.adminToken, or the token generated into"
          + " broker-admin-token in the state folder.",
      "",
      "A host is shown as it last reported while its heartbeats arrive, Unavailable (NoHeartbeat)"
          + " once none came for brokerServer.heartbeatTimeout (90 s), Shutdown after it reported"
          + " Shutdown, and Unavailable until its first heartbeat.",
    },
    subcommands = BrokerCommand.Token.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped by SIGTERM or SIGINT",
      "3:could not start: bad options, a bad configuration, the database, the port taken",
    })
public final class BrokerCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "The configuration file to read instead of the default one.")
  private Path config;

  private final BrokerSessions sessions;

  public BrokerCommand(BrokerSessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (BrokerSession session = sessions.openBroker(Optional.ofNullable(config))) {
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

  /** {@code sessionhost broker token}: a registration token for a pool. */
  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      header = "Issues a registration token that lets hosts join a pool.",
      description = {
        "Writes the token into the broker's database (a broker need not run) and prints it with"
            + " its expiry. Give it to the agents as broker.registrationToken: each host registers"
            + " with it once and gets its own credential. The token is shown only here.",
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:issued", "3:could not: bad options or configuration, no such pool"})
  static final class Token implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(
        names = "--pool",
        paramLabel = "POOL",
        defaultValue = "default",
        description = "The host pool the token admits to (default: ${DEFAULT-VALUE}).")
    private String pool;

    @Option(
        names = "--expires",
        paramLabel = "DURATION",
        defaultValue = "24h",
        description =
            "How long the token stays valid, from 1h to 27d, such as 24h or 7d (default:"
                + " ${DEFAULT-VALUE}).")
    private String expires;

    @Override
    public Integer call() {
      BrokerCommand parent = (BrokerCommand) spec.parent().userObject();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (BrokerSession session = parent.sessions.openBroker(Optional.ofNullable(parent.config))) {
        IssuedToken issued = session.issueToken(pool, expires);
        out.println(issued.token());
        out.println("pool " + issued.pool() + ", expires " + issued.expiresAt());
        out.flush();
        return ExitCodes.OK;
      } catch (CheckSetupException e) {
        err.println("sessionhost: " + e.getMessage());
        err.flush();
        return ExitCodes.COULD_NOT_RUN;
      }
    }
  }
}
