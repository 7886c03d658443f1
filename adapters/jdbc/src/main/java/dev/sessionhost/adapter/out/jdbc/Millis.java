package dev.sessionhost.adapter.out.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Times as the store keeps them: epoch milliseconds, so that SQL can compare them. */
final class Millis {

  private Millis() {}

  static long of(Instant instant) {
    return instant.toEpochMilli();
  }

  /**
   * The smallest stored time that is not before {@code instant}: a stored time {@code t} (whole
   * milliseconds) is before {@code instant} exactly when {@code t < ceiling(instant)}.
   */
  static long ceiling(Instant instant) {
    long millis = instant.toEpochMilli();
    return Instant.ofEpochMilli(millis).isBefore(instant) ? millis + 1 : millis;
  }

  static Instant read(ResultSet row, String column) throws SQLException {
    return Instant.ofEpochMilli(row.getLong(column));
  }

  static Optional<Instant> readOptional(ResultSet row, String column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  static void bind(PreparedStatement statement, int index, Optional<Instant> instant)
      throws SQLException {
    if (instant.isPresent()) {
      statement.setLong(index, of(instant.get()));
    } else {
      statement.setNull(index, Types.BIGINT);
    }
  }
}
