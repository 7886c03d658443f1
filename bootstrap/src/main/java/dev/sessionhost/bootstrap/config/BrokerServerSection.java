package dev.sessionhost.bootstrap.config;

import dev.sessionhost.domain.pool.PowerState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code brokerServer} section: how {@code sessionhost broker} listens and where it keeps its
 * state.
 *
 * @param bind the address to listen on; loopback by default, so only this machine can reach it
 * @param port the TCP port, 1 to 65535, or 0 for any free one (written to {@code broker.url} in the
 *     state folder)
 * @param adminToken the token the admin API wants; empty: one is generated into {@code
 *     broker-admin-token} in the state folder, readable by the broker's user only
 * @param stateDir where the broker keeps its files, among them the embedded database
 * @param heartbeatTimeout how long a host may stay silent before it is shown Unavailable
 *     (NoHeartbeat)
 * @param database the database; the embedded one in {@code stateDir} unless a URL is given
 * @param powerState where the power state of the hosts' machines comes from, shown beside the
 *     status
 */
public record BrokerServerSection(
    String bind,
    int port,
    Optional<String> adminToken,
    Path stateDir,
    Duration heartbeatTimeout,
    Database database,
    PowerSource powerState) {

  public static final int DEFAULT_PORT = 8780;
  public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(90);

  public BrokerServerSection {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(powerState, "powerState");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
  }

  /** Loopback, port 8780, a generated admin token, {@code state/broker/}, 90 s, embedded. */
  public static BrokerServerSection defaults(Path home) {
    return new BrokerServerSection(
        "127.0.0.1",
        DEFAULT_PORT,
        Optional.empty(),
        home.toAbsolutePath().normalize().resolve("state").resolve("broker"),
        DEFAULT_HEARTBEAT_TIMEOUT,
        Database.EMBEDDED,
        PowerSource.NONE);
  }

  /**
   * The {@code brokerServer.powerState} section.
   *
   * @param source {@code none} (every machine Unknown), {@code command} or {@code simulated}
   * @param command for {@code command}: the program and its arguments; the host's name is added
   * @param timeout for {@code command}: how long one run may take
   * @param keepFor for {@code command}: how long an answer is used before asking again
   * @param hosts for {@code simulated}: the state of each host named
   * @param otherwise for {@code simulated}: the state of every other host
   */
  public record PowerSource(
      Source source,
      List<String> command,
      Duration timeout,
      Duration keepFor,
      Map<String, PowerState> hosts,
      PowerState otherwise) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_KEEP_FOR = Duration.ofSeconds(30);
    public static final PowerSource NONE =
        new PowerSource(
            Source.NONE,
            List.of(),
            DEFAULT_TIMEOUT,
            DEFAULT_KEEP_FOR,
            Map.of(),
            PowerState.UNKNOWN);

    public PowerSource {
      Objects.requireNonNull(source, "source");
      command = List.copyOf(command);
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(keepFor, "keepFor");
      hosts = Map.copyOf(hosts);
      Objects.requireNonNull(otherwise, "otherwise");
    }

    /** The kinds of source. */
    public enum Source {
      NONE,
      COMMAND,
      SIMULATED;

      /**
       * Reads {@code none}, {@code command} or {@code simulated}, in any case.
       *
       * @throws IllegalArgumentException naming the accepted values and the text found
       */
      public static Source parse(String text) {
        for (Source source : values()) {
          if (source.name().equalsIgnoreCase(text.trim())) {
            return source;
          }
        }
        throw new IllegalArgumentException(
            "expected none, command or simulated, found \"" + text + "\"");
      }
    }
  }

  /**
   * The {@code brokerServer.database} section.
   *
   * @param url a {@code jdbc:postgresql:} URL, empty for the embedded database
   * @param poolSize how many connections the broker keeps open to it
   */
  public record Database(Optional<String> url, String user, String password, int poolSize) {

    public static final int DEFAULT_POOL_SIZE = 8;
    public static final Database EMBEDDED =
        new Database(Optional.empty(), "", "", DEFAULT_POOL_SIZE);

    public Database {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      if (poolSize < 1) {
        throw new IllegalArgumentException("poolSize must be at least 1, not " + poolSize);
      }
    }

    @Override
    public String toString() {
      // the password is a secret: keep it out of logs and exception messages
      return "Database[url=" + url.orElse("(embedded)") + ", user=" + user + ", password=***]";
    }
  }

  @Override
  public String toString() {
    return "BrokerServerSection[bind="
        + bind
        + ", port="
        + port
        + ", adminToken="
        + (adminToken.isPresent() ? "***" : "(generated)")
        + ", stateDir="
        + stateDir
        + ", heartbeatTimeout="
        + heartbeatTimeout
        + ", database="
        + database
        + ", powerState="
        + powerState.source()
        + "]";
  }
}
