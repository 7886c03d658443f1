package dev.sessionhost.adapter.out.jdbc;

import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.SessionHostKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** A host as a row of {@code session_host}, and back. */
final class HostRows {

  /** The columns {@link #read} reads, for a {@code SELECT}. */
  static final String COLUMNS =
      "pool, name, registered_at, allow_new_session, friendly_name, assigned_user,"
          + " last_heartbeat_at, reported_since, heartbeat";

  static final String INSERT =
      "INSERT INTO session_host (pool, name, registered_at, allow_new_session, friendly_name,"
          + " assigned_user, credential_hash, last_sequence, reported_status, last_heartbeat_at,"
          + " reported_since, heartbeat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (pool, name) DO NOTHING";

  /**
   * A heartbeat's update, on the condition that the stored host still has the sender's credential
   * and the sequence the heartbeat followed. The administrator's settings are left alone: they may
   * have changed since the host was read.
   */
  static final String RECORD_ARRIVAL =
      "UPDATE session_host SET last_sequence = ?, reported_status = ?, last_heartbeat_at = ?,"
          + " reported_since = ?, heartbeat = ? WHERE pool = ? AND name = ? AND last_sequence = ?"
          + " AND credential_hash = ?";

  private HostRows() {}

  static RegisteredHost read(ResultSet row) throws SQLException {
    String heartbeat = row.getString("heartbeat");
    Optional<Heartbeat> lastReport =
        heartbeat == null ? Optional.empty() : Optional.of(HeartbeatsJson.read(heartbeat));
    return new RegisteredHost(
        new SessionHostKey(row.getString("pool"), row.getString("name")),
        Millis.read(row, "registered_at"),
        row.getBoolean("allow_new_session"),
        row.getString("friendly_name"),
        row.getString("assigned_user"),
        lastReport,
        Millis.readOptional(row, "last_heartbeat_at"),
        Millis.readOptional(row, "reported_since"));
  }

  static void bindInsert(PreparedStatement insert, RegisteredHost host, String credentialHash)
      throws SQLException {
    insert.setString(1, host.key().pool());
    insert.setString(2, host.key().name());
    insert.setLong(3, Millis.of(host.registeredAt()));
    insert.setBoolean(4, host.allowNewSession());
    insert.setString(5, host.friendlyName());
    insert.setString(6, host.assignedUser());
    insert.setString(7, credentialHash);
    insert.setLong(8, host.lastSequence());
    bindReport(insert, 9, host, host.lastReport().map(HeartbeatsJson::write).orElse(null));
  }

  /**
   * Binds a heartbeat's update.
   *
   * @param document {@code after}'s last report as {@link HeartbeatsJson#document} gives it
   */
  static void bindArrival(
      PreparedStatement update,
      RegisteredHost after,
      String document,
      String credentialHash,
      long previousSequence)
      throws SQLException {
    update.setLong(1, after.lastSequence());
    bindReport(update, 2, after, document);
    update.setString(6, after.key().pool());
    update.setString(7, after.key().name());
    update.setLong(8, previousSequence);
    update.setString(9, credentialHash);
  }

  /** Binds reported status, last heartbeat time, reported since and the heartbeat from index. */
  private static void bindReport(
      PreparedStatement statement, int index, RegisteredHost host, String document)
      throws SQLException {
    if (host.lastReport().isPresent()) {
      Heartbeat heartbeat = host.lastReport().get();
      statement.setString(index, heartbeat.health().status().wireName());
      Millis.bind(statement, index + 1, host.lastHeartbeatAt());
      Millis.bind(statement, index + 2, host.reportedSince());
      statement.setString(index + 3, document);
    } else {
      statement.setNull(index, Types.VARCHAR);
      statement.setNull(index + 1, Types.BIGINT);
      statement.setNull(index + 2, Types.BIGINT);
      statement.setNull(index + 3, Types.VARCHAR);
    }
  }
}
