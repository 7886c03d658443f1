package dev.sessionhost.adapter.out.jdbc;

import dev.sessionhost.application.port.out.broker.SessionHostRepository;
import dev.sessionhost.domain.pool.HostPool;
import dev.sessionhost.domain.pool.HostStatusChange;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Pools, hosts and their histories in SQL: heartbeats through {@link GroupCommit}, everything else
 * one statement at a time on the pool (each its own, durable, transaction).
 */
public final class JdbcSessionHostRepository implements SessionHostRepository {

  private final Jdbc jdbc;
  private final GroupCommit arrivals;

  JdbcSessionHostRepository(Jdbc jdbc, GroupCommit arrivals) {
    this.jdbc = jdbc;
    this.arrivals = arrivals;
  }

  @Override
  public List<HostPool> pools() {
    return jdbc.run("list the host pools", c -> pools(c.prepareStatement(poolQuery(""))));
  }

  @Override
  public Optional<HostPool> pool(String name) {
    return jdbc.run(
        "find host pool " + name,
        c -> {
          PreparedStatement query = c.prepareStatement(poolQuery(" WHERE name = ?"));
          query.setString(1, name);
          return pools(query).stream().findFirst();
        });
  }

  @Override
  public boolean add(RegisteredHost host, String credentialHash) {
    return jdbc.run(
        "add host " + host.key(),
        c -> {
          try (PreparedStatement insert = c.prepareStatement(HostRows.INSERT)) {
            HostRows.bindInsert(insert, host, credentialHash);
            return insert.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<RegisteredHost> find(SessionHostKey key) {
    return jdbc.run(
        "find host " + key,
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + HostRows.COLUMNS
                      + " FROM session_host WHERE pool = ? AND name = ?")) {
            query.setString(1, key.pool());
            query.setString(2, key.name());
            return hosts(query).stream().findFirst();
          }
        });
  }

  @Override
  public Optional<RegisteredHost> findByCredential(String credentialHash) {
    return jdbc.run(
        "find a host by its credential",
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT " + HostRows.COLUMNS + " FROM session_host WHERE credential_hash = ?")) {
            query.setString(1, credentialHash);
            return hosts(query).stream().findFirst();
          }
        });
  }

  @Override
  public CompletableFuture<Boolean> recordArrival(
      RegisteredHost after,
      Optional<String> asSent,
      String credentialHash,
      long previousSequence,
      List<HostStatusChange> changes) {
    return arrivals.record(after, asSent, credentialHash, previousSequence, changes);
  }

  @Override
  public List<RegisteredHost> list(
      String pool,
      Optional<SessionHostStatus> status,
      Optional<String> nameContains,
      Optional<String> after,
      int limit,
      Instant freshSince,
      boolean descending) {
    StringBuilder sql =
        new StringBuilder("SELECT " + HostRows.COLUMNS + " FROM session_host WHERE pool = ?");
    after.ifPresent(a -> sql.append(descending ? " AND name < ?" : " AND name > ?"));
    nameContains.ifPresent(n -> sql.append(" AND lower(name) LIKE ? ESCAPE '\\'"));
    status.ifPresent(s -> sql.append(" AND ").append(ShownStatusSql.condition(s)));
    sql.append(descending ? " ORDER BY name DESC LIMIT ?" : " ORDER BY name LIMIT ?");
    return jdbc.run(
        "list the hosts of pool " + pool,
        c -> {
          try (PreparedStatement query = c.prepareStatement(sql.toString())) {
            int index = 1;
            query.setString(index++, pool);
            if (after.isPresent()) {
              query.setString(index++, after.get());
            }
            if (nameContains.isPresent()) {
              query.setString(index++, "%" + likeEscaped(nameContains.get()) + "%");
            }
            if (status.isPresent()) {
              index = ShownStatusSql.bind(query, index, status.get(), Millis.ceiling(freshSince));
            }
            query.setInt(index, limit);
            return hosts(query);
          }
        });
  }

  @Override
  public boolean updateSettings(
      SessionHostKey key, boolean allowNewSession, String friendlyName, String assignedUser) {
    return jdbc.run(
        "change the settings of host " + key,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE session_host SET allow_new_session = ?, friendly_name = ?,"
                      + " assigned_user = ? WHERE pool = ? AND name = ?")) {
            update.setBoolean(1, allowNewSession);
            update.setString(2, friendlyName);
            update.setString(3, assignedUser);
            update.setString(4, key.pool());
            update.setString(5, key.name());
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean delete(SessionHostKey key) {
    // the history goes with the host: status_change references it ON DELETE CASCADE
    return jdbc.run(
        "delete host " + key,
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM session_host WHERE pool = ? AND name = ?")) {
            delete.setString(1, key.pool());
            delete.setString(2, key.name());
            return delete.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<HostStatusChange> history(SessionHostKey key, int limit) {
    return jdbc.run(
        "read the history of host " + key,
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + StatusChangeRows.COLUMNS
                      + " FROM status_change WHERE pool = ? AND name = ?"
                      + " ORDER BY id DESC LIMIT ?")) {
            query.setString(1, key.pool());
            query.setString(2, key.name());
            query.setInt(3, limit);
            List<HostStatusChange> latestFirst = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                latestFirst.add(StatusChangeRows.read(rows));
              }
            }
            Collections.reverse(latestFirst);
            return latestFirst;
          }
        });
  }

  @Override
  public Map<String, Map<SessionHostStatus, Long>> countByPoolAndStatus(Instant freshSince) {
    return jdbc.run(
        "count the hosts by status",
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT pool, "
                      + ShownStatusSql.SHOWN
                      + " AS shown, COUNT(*) AS hosts FROM session_host GROUP BY 1, 2")) {
            query.setLong(1, Millis.ceiling(freshSince));
            Map<String, Map<SessionHostStatus, Long>> counts = new TreeMap<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                SessionHostStatus shown =
                    SessionHostStatus.fromWireName(rows.getString("shown")).orElseThrow();
                counts
                    .computeIfAbsent(
                        rows.getString("pool"), p -> new EnumMap<>(SessionHostStatus.class))
                    .merge(shown, rows.getLong("hosts"), Long::sum);
              }
            }
            return counts;
          }
        });
  }

  private static String poolQuery(String where) {
    return "SELECT name, friendly_name, max_session_limit FROM host_pool"
        + where
        + " ORDER BY name";
  }

  private static List<HostPool> pools(PreparedStatement query) throws SQLException {
    try (query;
        ResultSet rows = query.executeQuery()) {
      List<HostPool> pools = new ArrayList<>();
      while (rows.next()) {
        pools.add(
            new HostPool(
                rows.getString("name"),
                rows.getString("friendly_name"),
                rows.getInt("max_session_limit")));
      }
      return pools;
    }
  }

  private static List<RegisteredHost> hosts(PreparedStatement query) throws SQLException {
    try (ResultSet rows = query.executeQuery()) {
      List<RegisteredHost> hosts = new ArrayList<>();
      while (rows.next()) {
        hosts.add(HostRows.read(rows));
      }
      return hosts;
    }
  }

  private static String likeEscaped(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_");
  }
}
