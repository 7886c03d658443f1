package dev.sessionhost.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The databases the store runs on: where their migrations are and how a write transaction starts.
 * Everything else is the same SQL on both.
 */
enum Vendor {
  /**
   * SQLite: transactions begin {@code IMMEDIATE}, taking the one write lock at once (waiting up to
   * the busy timeout) rather than failing when a reader's snapshot turns out to be stale.
   */
  SQLITE("sqlite") {
    @Override
    void begin(Connection connection) throws SQLException {
      execute(connection, "BEGIN IMMEDIATE");
    }

    @Override
    void commit(Connection connection) throws SQLException {
      execute(connection, "COMMIT");
    }

    @Override
    void rollback(Connection connection) {
      try {
        execute(connection, "ROLLBACK");
      } catch (SQLException alreadyRolledBack) {
        // SQLite rolls back by itself on some errors; there is nothing left to undo
      }
    }
  },
  POSTGRESQL("postgresql") {
    @Override
    void begin(Connection connection) throws SQLException {
      connection.setAutoCommit(false);
    }

    @Override
    void commit(Connection connection) throws SQLException {
      connection.commit();
      connection.setAutoCommit(true);
    }

    @Override
    void rollback(Connection connection) {
      try {
        connection.rollback();
        connection.setAutoCommit(true);
      } catch (SQLException brokenConnection) {
        // the pool discards a broken connection; the transaction is gone with it
      }
    }
  };

  private final String migrations;

  Vendor(String folder) {
    this.migrations = "classpath:db/migration/" + folder;
  }

  /** Where Flyway finds this database's migrations. */
  String migrations() {
    return migrations;
  }

  abstract void begin(Connection connection) throws SQLException;

  abstract void commit(Connection connection) throws SQLException;

  /** Undoes the open transaction, if the database still has one. */
  abstract void rollback(Connection connection);

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
