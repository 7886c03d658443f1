package dev.sessionhost.adapter.out.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The broker's store, open: a connection pool on the database of {@link DatabaseSettings}, its
 * schema migrated to the latest version, and the repositories on it. Close it to stop its writer
 * and close its connections.
 *
 * <p>Without a URL it is an embedded SQLite file, {@code broker.db} in the state directory, in WAL
 * mode with {@code synchronous=FULL}: every acknowledged write survives a crash of the process and
 * of the machine. With a {@code jdbc:postgresql:} URL it is a pool of connections to that server.
 */
public final class BrokerDatabase implements AutoCloseable {

  /** The embedded database's file in the state directory. */
  public static final String SQLITE_FILE = "broker.db";

  private static final int BUSY_TIMEOUT_MS = 10_000;
  private static final long CONNECTION_TIMEOUT_MS = 10_000;

  private final HikariDataSource pool;
  private final GroupCommit arrivals;
  private final JdbcSessionHostRepository sessionHosts;
  private final JdbcRegistrationTokenRepository registrationTokens;

  private BrokerDatabase(HikariDataSource pool, Vendor vendor) {
    this.pool = pool;
    this.arrivals = new GroupCommit(pool, vendor);
    Jdbc jdbc = new Jdbc(pool);
    this.sessionHosts = new JdbcSessionHostRepository(jdbc, arrivals);
    this.registrationTokens = new JdbcRegistrationTokenRepository(jdbc);
  }

  /**
   * Opens the store of {@code settings} and migrates its schema.
   *
   * @throws IllegalArgumentException when the URL is of a database the broker does not support
   * @throws StoreException naming the database (never its password) when it cannot be opened
   */
  public static BrokerDatabase open(DatabaseSettings settings) {
    return open(settings, SqliteSynchronous.DEFAULT);
  }

  static BrokerDatabase open(DatabaseSettings settings, SqliteSynchronous synchronous) {
    if (settings.jdbcUrl().isEmpty()) {
      return openSqlite(settings, synchronous);
    }
    String url = settings.jdbcUrl().get();
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "the broker's database URL must start with jdbc:postgresql: (or be left out for the"
              + " embedded SQLite file), not "
              + scheme(url)
              + ":");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("broker-postgresql");
    config.setJdbcUrl(url);
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
    return migrated(config, Vendor.POSTGRESQL, redacted(url));
  }

  private static BrokerDatabase openSqlite(
      DatabaseSettings settings, SqliteSynchronous synchronous) {
    Path file = settings.stateDir().resolve(SQLITE_FILE);
    try {
      Files.createDirectories(settings.stateDir());
    } catch (IOException e) {
      throw new StoreException("cannot create the state directory " + settings.stateDir(), e);
    }
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(synchronous.name()));
    sqlite.setBusyTimeout(BUSY_TIMEOUT_MS);
    sqlite.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
    dataSource.setUrl("jdbc:sqlite:" + file);
    HikariConfig config = new HikariConfig();
    config.setPoolName("broker-sqlite");
    config.setDataSource(dataSource);
    // WAL: readers do not block the writer nor each other; SQLite has one writer at a time
    config.setMaximumPoolSize(settings.poolSize() + 1);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
    return migrated(config, Vendor.SQLITE, file.toString());
  }

  private static BrokerDatabase migrated(HikariConfig config, Vendor vendor, String where) {
    HikariDataSource pool = null;
    try {
      pool = new HikariDataSource(config);
      Flyway.configure().dataSource(pool).locations(vendor.migrations()).load().migrate();
      return new BrokerDatabase(pool, vendor);
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.close();
      }
      throw new StoreException(
          "cannot open the broker's database at " + where + ": " + rootMessage(e), e);
    }
  }

  /** The hosts, pools and histories. */
  public JdbcSessionHostRepository sessionHosts() {
    return sessionHosts;
  }

  /** The registration tokens. */
  public JdbcRegistrationTokenRepository registrationTokens() {
    return registrationTokens;
  }

  /** Waits for the heartbeats already queued, then closes every connection. */
  @Override
  public void close() {
    arrivals.close();
    pool.close();
  }

  private static String scheme(String url) {
    String[] parts = url.split(":", 3);
    return parts.length > 1 && parts[0].equals("jdbc") ? "jdbc:" + parts[1] : parts[0];
  }

  /** The URL without a password in its parameters or user info. */
  static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e
        ? String.valueOf(e.getMessage())
        : e.getMessage() + " (" + root.getMessage() + ")";
  }
}
