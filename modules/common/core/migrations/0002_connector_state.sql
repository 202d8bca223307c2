-- Schema version 2: connector health and sync history.

-- The last known state of each connector (one row per connector id).
CREATE TABLE connector_state (
    connector       TEXT PRIMARY KEY NOT NULL,
    state           TEXT,
    breaker_state   TEXT,
    last_sync_at    TEXT,
    last_success_at TEXT,
    last_error      TEXT
);

-- One row per synchronisation run of a feed.
CREATE TABLE sync_run (
    id          INTEGER PRIMARY KEY,
    connector   TEXT,
    feed        TEXT,
    started_at  TEXT,
    finished_at TEXT,
    records     INTEGER,
    ok          INTEGER,
    error       TEXT
);
CREATE INDEX sync_run_connector_started ON sync_run (connector, started_at);

-- Correlates a logged call with the provider's request id; existing rows get NULL.
ALTER TABLE operation_log ADD COLUMN request_id TEXT;
