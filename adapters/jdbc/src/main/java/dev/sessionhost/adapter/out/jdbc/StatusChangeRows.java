package dev.sessionhost.adapter.out.jdbc;

import dev.sessionhost.domain.pool.HostStatusChange;
import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.pool.ShownStatus;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A change of a host's shown status as a row of {@code status_change}, and back. */
final class StatusChangeRows {

  static final String COLUMNS =
      "heartbeat_sequence, from_status, to_status, basis, changed_at, reasons";

  private StatusChangeRows() {}

  /** Binds pool, name, then the {@link #COLUMNS} from index 1. */
  static void bind(PreparedStatement insert, SessionHostKey key, HostStatusChange change)
      throws SQLException {
    insert.setString(1, key.pool());
    insert.setString(2, key.name());
    insert.setLong(3, change.sequence());
    insert.setString(4, change.from().wireName());
    insert.setString(5, change.to().wireName());
    insert.setString(6, change.basis().name());
    insert.setLong(7, Millis.of(change.at()));
    insert.setString(8, ReasonsJson.write(change.reasons()));
  }

  static HostStatusChange read(ResultSet row) throws SQLException {
    return new HostStatusChange(
        row.getLong("heartbeat_sequence"),
        status(row.getString("from_status")),
        status(row.getString("to_status")),
        ShownStatus.Basis.valueOf(row.getString("basis")),
        Millis.read(row, "changed_at"),
        ReasonsJson.read(row.getString("reasons")));
  }

  private static SessionHostStatus status(String wireName) {
    return SessionHostStatus.fromWireName(wireName)
        .orElseThrow(() -> new IllegalStateException("stored status " + wireName + " is unknown"));
  }
}
