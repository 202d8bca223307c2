-- Schema version 3: outbox scheduling, sync run pages, operation log retention.

-- When a pending outbox write may be sent again (NULL: at once), the HTTP
-- status of its last answer and when the provider confirmed it.
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
ALTER TABLE outbox ADD COLUMN http_status INTEGER;
ALTER TABLE outbox ADD COLUMN confirmed_at TEXT;

-- Pages fetched by a sync run.
ALTER TABLE sync_run ADD COLUMN pages INTEGER;

-- The 30-day retention deletes by date across every connector.
CREATE INDEX operation_log_at ON operation_log (at);
