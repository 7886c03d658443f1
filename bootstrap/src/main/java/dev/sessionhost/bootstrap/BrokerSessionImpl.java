package dev.sessionhost.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.sessionhost.adapter.in.broker.BrokerHttpServer;
import dev.sessionhost.adapter.in.broker.BrokerHttpSettings;
import dev.sessionhost.adapter.in.broker.BrokerUseCases;
import dev.sessionhost.adapter.in.cli.BrokerSession;
import dev.sessionhost.adapter.in.cli.CheckSetupException;
import dev.sessionhost.adapter.in.cli.VersionProvider;
import dev.sessionhost.adapter.out.history.AgentFiles;
import dev.sessionhost.adapter.out.jdbc.BrokerDatabase;
import dev.sessionhost.adapter.out.jdbc.DatabaseSettings;
import dev.sessionhost.adapter.out.power.CommandPowerState;
import dev.sessionhost.adapter.out.power.SimulatedPowerState;
import dev.sessionhost.application.port.in.broker.AuthenticateHostQuery;
import dev.sessionhost.application.port.in.broker.BrokerException;
import dev.sessionhost.application.port.in.broker.BrokerHealthQuery;
import dev.sessionhost.application.port.in.broker.CountSessionHostsQuery;
import dev.sessionhost.application.port.in.broker.DeleteSessionHostUseCase;
import dev.sessionhost.application.port.in.broker.GetSessionHostHistoryQuery;
import dev.sessionhost.application.port.in.broker.GetSessionHostQuery;
import dev.sessionhost.application.port.in.broker.IssueRegistrationTokenCommand;
import dev.sessionhost.application.port.in.broker.IssueRegistrationTokenUseCase;
import dev.sessionhost.application.port.in.broker.IssuedToken;
import dev.sessionhost.application.port.in.broker.ListHostPoolsQuery;
import dev.sessionhost.application.port.in.broker.ListSessionHostsQuery;
import dev.sessionhost.application.port.in.broker.RecordHeartbeatUseCase;
import dev.sessionhost.application.port.in.broker.RegisterHostUseCase;
import dev.sessionhost.application.port.in.broker.UpdateSessionHostUseCase;
import dev.sessionhost.application.port.out.broker.PowerStatePort;
import dev.sessionhost.bootstrap.config.BrokerServerSection;
import dev.sessionhost.plugin.api.DurationText;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One command's view of the broker for a configuration: opens the database only when a method needs
 * it, serves the API until a stop signal, or issues a token straight into the database.
 */
final class BrokerSessionImpl implements BrokerSession {

  private final BrokerServerSection config;

  /** How many power-state commands may run at once. */
  private static final int POWER_STATE_COMMANDS_AT_ONCE = 4;

  private BrokerDatabase database;
  private PowerStatePort power;

  BrokerSessionImpl(BrokerServerSection config) {
    this.config = config;
  }

  @Override
  public int serve(Consumer<String> log) throws CheckSetupException {
    StopSignals stop = StopSignals.handle();
    Injector broker = wired();
    AgentFiles files = AgentFiles.ofBroker(config.stateDir());
    String token = adminToken(files, log);
    InetAddress bind;
    try {
      bind = InetAddress.getByName(config.bind());
    } catch (UnknownHostException e) {
      throw new CheckSetupException("brokerServer.bind: unknown address " + config.bind(), e);
    }
    BrokerHttpServer http =
        new BrokerHttpServer(BrokerHttpSettings.of(bind, config.port(), token), useCases(broker));
    try {
      http.start();
    } catch (RuntimeException e) {
      throw new CheckSetupException(e.getMessage() + " (brokerServer.bind, brokerServer.port)", e);
    }
    URI url = http.uri();
    try {
      files.writeUrl(url);
    } catch (IOException e) {
      log.accept(
          "cannot write " + AgentFiles.BROKER_URL_FILE + " in " + config.stateDir() + ": " + e);
    }
    log.accept(
        "sessionhost broker "
            + VersionProvider.productVersion()
            + " listening on "
            + url
            + "; database: "
            + config
                .database()
                .url()
                .map(BrokerSessionImpl::withoutSecrets)
                .orElse("embedded, " + config.stateDir().resolve(BrokerDatabase.SQLITE_FILE))
            + "; heartbeat timeout "
            + DurationText.format(config.heartbeatTimeout()));
    stop.await();
    log.accept("stopping on SIG" + stop.reason());
    http.close();
    files.deleteUrl();
    close();
    log.accept("stopped");
    return 0;
  }

  @Override
  public IssuedToken issueToken(String pool, String validFor) throws CheckSetupException {
    Duration duration =
        DurationText.parse(validFor)
            .orElseThrow(
                () ->
                    new CheckSetupException(
                        "--expires: \""
                            + validFor
                            + "\" is not a duration (use e.g. 1h, 24h, 7d)"));
    try {
      return wired()
          .getInstance(IssueRegistrationTokenUseCase.class)
          .issue(new IssueRegistrationTokenCommand(pool, duration));
    } catch (BrokerException e) {
      throw new CheckSetupException(
          (e.code() == BrokerException.Code.INVALID_REQUEST ? "--expires: " : "--pool: ")
              + e.getMessage(),
          e);
    }
  }

  private Injector wired() throws CheckSetupException {
    if (database == null) {
      try {
        Files.createDirectories(config.stateDir());
        database =
            BrokerDatabase.open(
                new DatabaseSettings(
                    config.database().url(),
                    config.database().user(),
                    config.database().password(),
                    config.database().poolSize(),
                    config.stateDir()));
      } catch (IOException | RuntimeException e) {
        String where =
            config
                .database()
                .url()
                .map(BrokerSessionImpl::withoutSecrets)
                .orElse(config.stateDir().resolve(BrokerDatabase.SQLITE_FILE).toString());
        String message = String.valueOf(e.getMessage());
        // the store names the database itself; say it once
        throw new CheckSetupException(
            message.startsWith("cannot open the broker's database")
                ? message
                : "cannot open the broker's database (" + where + "): " + message,
            e);
      }
    }
    return Guice.createInjector(
        Stage.DEVELOPMENT,
        new BrokerModule(
            database.sessionHosts(),
            database.registrationTokens(),
            config.heartbeatTimeout(),
            powerState()));
  }

  /** The power-state source the configuration names, made once. */
  private PowerStatePort powerState() {
    if (power == null) {
      BrokerServerSection.PowerSource source = config.powerState();
      power =
          switch (source.source()) {
            case NONE -> PowerStatePort.NONE;
            case COMMAND ->
                new CommandPowerState(
                    source.command(),
                    source.timeout(),
                    source.keepFor(),
                    POWER_STATE_COMMANDS_AT_ONCE,
                    Clock.systemUTC());
            case SIMULATED -> new SimulatedPowerState(source.hosts(), source.otherwise());
          };
    }
    return power;
  }

  private static BrokerUseCases useCases(Injector broker) {
    return new BrokerUseCases(
        broker.getInstance(ListHostPoolsQuery.class),
        broker.getInstance(ListSessionHostsQuery.class),
        broker.getInstance(GetSessionHostQuery.class),
        broker.getInstance(GetSessionHostHistoryQuery.class),
        broker.getInstance(UpdateSessionHostUseCase.class),
        broker.getInstance(DeleteSessionHostUseCase.class),
        broker.getInstance(IssueRegistrationTokenUseCase.class),
        broker.getInstance(RegisterHostUseCase.class),
        broker.getInstance(RecordHeartbeatUseCase.class),
        broker.getInstance(AuthenticateHostQuery.class),
        broker.getInstance(CountSessionHostsQuery.class),
        broker.getInstance(BrokerHealthQuery.class));
  }

  private String adminToken(AgentFiles files, Consumer<String> log) throws CheckSetupException {
    if (config.adminToken().isPresent()) {
      return config.adminToken().get();
    }
    try {
      return files.tokenCreatingIfMissing(log);
    } catch (IOException | RuntimeException e) {
      throw new CheckSetupException(
          "cannot write the admin token into " + config.stateDir() + ": " + e, e);
    }
  }

  /** A JDBC URL as it may be logged: a password given in it is masked. */
  static String withoutSecrets(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public void close() {
    if (power instanceof CommandPowerState command) {
      command.close();
    }
    power = null;
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
