-- Moulin local cache, schema version 1.
-- Timestamps are TEXT in ISO 8601 UTC ("2024-05-01T12:00:00Z").
-- Never edit this file once released: add 0002_..., 0003_... instead.

-- Facts about this installation (first start-up, last import, ...).
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- Where each connector's feed stopped, so the next sync resumes from there.
CREATE TABLE sync_cursor (
    connector  TEXT NOT NULL,
    feed       TEXT NOT NULL,
    cursor     TEXT,
    updated_at TEXT,
    PRIMARY KEY (connector, feed)
);

-- Writes waiting to be sent to a provider; idempotency_key makes a retry safe.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    connector       TEXT,
    kind            TEXT,
    idempotency_key TEXT UNIQUE NOT NULL,
    payload         BLOB,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'confirmed', 'rejected')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      TEXT,
    updated_at      TEXT
);
CREATE INDEX outbox_state_created ON outbox (state, created_at);

-- One row per HTTP call to a provider (monitoring, support).
CREATE TABLE operation_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT,
    connector  TEXT,
    feed       TEXT,
    method     TEXT,
    path       TEXT,
    status     INTEGER,
    latency_ms INTEGER,
    attempt    INTEGER,
    error      TEXT
);
CREATE INDEX operation_log_connector_at ON operation_log (connector, at);
