-- A heartbeat's document (about 6 KB of JSON) is rewritten on every beat. Kept inline and
-- compressed with lz4 rather than pglz, PostgreSQL spends less CPU per heartbeat; toast_tuple_target
-- lets a row of up to 4 KB stay in its page, since lz4's output is a little larger than pglz's
-- and a row over the default 2 KB would move the document to the TOAST table on every update.
-- A server built without lz4 keeps pglz.
ALTER TABLE session_host SET (toast_tuple_target = 4080);

DO $$
BEGIN
  EXECUTE 'ALTER TABLE session_host ALTER COLUMN heartbeat SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'this server has no lz4: heartbeats stay compressed with pglz';
END
$$;
