package dev.sessionhost.adapter.out.jdbc;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * {@code HeartbeatPolicy.show} in SQL, over {@code reported_status} and {@code last_heartbeat_at}:
 * never reported is Unavailable, a reported Shutdown stays Shutdown, any other report older than
 * fresh-since is Unavailable, else the report stands. Each fresh-since parameter takes {@link
 * Millis#ceiling} of the instant, so a stored time is stale exactly when the policy says so.
 */
final class ShownStatusSql {

  private static final String SHUTDOWN = quoted(SessionHostStatus.SHUTDOWN);
  private static final String UNAVAILABLE = quoted(SessionHostStatus.UNAVAILABLE);

  /** The shown status's wire name; one parameter: fresh-since. */
  static final String SHOWN =
      "CASE WHEN reported_status IS NULL THEN "
          + UNAVAILABLE
          + " WHEN reported_status = "
          + SHUTDOWN
          + " THEN "
          + SHUTDOWN
          + " WHEN last_heartbeat_at < ? THEN "
          + UNAVAILABLE
          + " ELSE reported_status END";

  private ShownStatusSql() {}

  /** The condition that a host is shown with {@code status}; bind with {@link #bind}. */
  static String condition(SessionHostStatus status) {
    return switch (status) {
      case UNAVAILABLE ->
          "(reported_status IS NULL OR reported_status = "
              + UNAVAILABLE
              + " OR (reported_status <> "
              + SHUTDOWN
              + " AND last_heartbeat_at < ?))";
      case SHUTDOWN -> "reported_status = " + SHUTDOWN;
      default -> "(reported_status = ? AND last_heartbeat_at >= ?)";
    };
  }

  /**
   * Binds the parameters of {@link #condition} from {@code index}.
   *
   * @return the next free index
   */
  static int bind(PreparedStatement statement, int index, SessionHostStatus status, long freshSince)
      throws SQLException {
    switch (status) {
      case UNAVAILABLE -> {
        statement.setLong(index, freshSince);
        return index + 1;
      }
      case SHUTDOWN -> {
        return index;
      }
      default -> {
        statement.setString(index, status.wireName());
        statement.setLong(index + 1, freshSince);
        return index + 2;
      }
    }
  }

  private static String quoted(SessionHostStatus status) {
    return "'" + status.wireName() + "'";
  }
}
