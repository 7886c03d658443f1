-- Times are epoch milliseconds (UTC); statuses are wire names (Available, Shutdown, ...).
CREATE TABLE host_pool (
  name TEXT NOT NULL PRIMARY KEY,
  friendly_name TEXT NOT NULL,
  max_session_limit INTEGER NOT NULL
);

INSERT INTO host_pool (name, friendly_name, max_session_limit) VALUES ('default', 'Default', 10);

-- reported_status, last_heartbeat_at and reported_since are NULL until the first heartbeat;
-- heartbeat holds that heartbeat as the wire's JSON.
CREATE TABLE session_host (
  pool TEXT NOT NULL REFERENCES host_pool (name),
  name TEXT NOT NULL,
  registered_at INTEGER NOT NULL,
  allow_new_session INTEGER NOT NULL,
  friendly_name TEXT NOT NULL,
  assigned_user TEXT NOT NULL,
  credential_hash TEXT NOT NULL UNIQUE,
  last_sequence INTEGER NOT NULL DEFAULT 0,
  reported_status TEXT,
  last_heartbeat_at INTEGER,
  reported_since INTEGER,
  heartbeat TEXT,
  PRIMARY KEY (pool, name)
);

-- the status filter and its name order; last_heartbeat_at is left out on purpose (see PostgreSQL)
CREATE INDEX session_host_by_status ON session_host (pool, reported_status, name);

CREATE TABLE status_change (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  pool TEXT NOT NULL,
  name TEXT NOT NULL,
  heartbeat_sequence INTEGER NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  basis TEXT NOT NULL,
  changed_at INTEGER NOT NULL,
  reasons TEXT NOT NULL,
  FOREIGN KEY (pool, name) REFERENCES session_host (pool, name) ON DELETE CASCADE
);

CREATE INDEX status_change_by_host ON status_change (pool, name, id);

CREATE TABLE registration_token (
  hash TEXT NOT NULL PRIMARY KEY,
  pool TEXT NOT NULL REFERENCES host_pool (name),
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
