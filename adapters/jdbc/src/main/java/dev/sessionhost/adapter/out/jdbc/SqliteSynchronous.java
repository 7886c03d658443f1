package dev.sessionhost.adapter.out.jdbc;

/**
 * SQLite's {@code PRAGMA synchronous} in WAL mode: {@code FULL} syncs the log on every commit
 * (durable through an operating system crash or power loss), {@code NORMAL} only at checkpoints
 * (durable through a crash of the process, the last commits may be lost with the machine).
 */
enum SqliteSynchronous {
  FULL,
  NORMAL;

  /** The default: with group commit, FULL costs one sync per batch, not one per heartbeat. */
  static final SqliteSynchronous DEFAULT = FULL;
}
