package dev.sessionhost.adapter.out.jdbc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the broker keeps its store: a JDBC URL ({@code jdbc:postgresql:...}) with its user and
 * password, or, without a URL, an embedded SQLite file {@code broker.db} in {@code stateDir}.
 *
 * @param poolSize how many connections to keep open to a server: the heartbeats' writer takes one
 *     per transaction, reads the others
 */
public record DatabaseSettings(
    Optional<String> jdbcUrl, String user, String password, int poolSize, Path stateDir) {

  /** The connections to a server when nothing else is said. */
  public static final int DEFAULT_POOL_SIZE = 8;

  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(stateDir, "stateDir");
    if (poolSize < 1) {
      throw new IllegalArgumentException("a pool needs at least one connection, got " + poolSize);
    }
  }

  /** The embedded default: {@code broker.db} in {@code stateDir}. */
  public static DatabaseSettings embedded(Path stateDir) {
    return new DatabaseSettings(Optional.empty(), "", "", DEFAULT_POOL_SIZE, stateDir);
  }

  /** A database server at {@code jdbcUrl}, with the default pool size. */
  public static DatabaseSettings server(
      String jdbcUrl, String user, String password, Path stateDir) {
    return new DatabaseSettings(Optional.of(jdbcUrl), user, password, DEFAULT_POOL_SIZE, stateDir);
  }
}
