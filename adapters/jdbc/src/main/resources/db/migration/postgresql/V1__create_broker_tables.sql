-- Times are epoch milliseconds (UTC); statuses are wire names (Available, Shutdown, ...).
-- Keys collate "C" so that name order (and paging by "after") is Java's String order on any
-- server locale.
CREATE TABLE host_pool (
  name TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  friendly_name TEXT NOT NULL,
  max_session_limit INTEGER NOT NULL
);

INSERT INTO host_pool (name, friendly_name, max_session_limit) VALUES ('default', 'Default', 10);

-- Every heartbeat updates its host's row: free room in each page (fillfactor) and no index on
-- the columns a heartbeat changes on every beat (last_sequence, last_heartbeat_at, heartbeat) keep
-- those updates HOT (no index writes, in-page pruning).
CREATE TABLE session_host (
  pool TEXT COLLATE "C" NOT NULL REFERENCES host_pool (name),
  name TEXT COLLATE "C" NOT NULL,
  registered_at BIGINT NOT NULL,
  allow_new_session BOOLEAN NOT NULL,
  friendly_name TEXT NOT NULL,
  assigned_user TEXT NOT NULL,
  credential_hash TEXT NOT NULL UNIQUE,
  last_sequence BIGINT NOT NULL DEFAULT 0,
  reported_status TEXT,
  last_heartbeat_at BIGINT,
  reported_since BIGINT,
  heartbeat TEXT,
  PRIMARY KEY (pool, name)
) WITH (fillfactor = 70);

-- the status filter and its name order; reported_status changes rarely, so most updates stay HOT
CREATE INDEX session_host_by_status ON session_host (pool, reported_status, name);

CREATE TABLE status_change (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pool TEXT COLLATE "C" NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  heartbeat_sequence BIGINT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  basis TEXT NOT NULL,
  changed_at BIGINT NOT NULL,
  reasons TEXT NOT NULL,
  FOREIGN KEY (pool, name) REFERENCES session_host (pool, name) ON DELETE CASCADE
);

CREATE INDEX status_change_by_host ON status_change (pool, name, id);

CREATE TABLE registration_token (
  hash TEXT NOT NULL PRIMARY KEY,
  pool TEXT COLLATE "C" NOT NULL REFERENCES host_pool (name),
  issued_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
