-- Schema version 7: one quarantine for every area.
-- What a provider sent that could not be stored as is (a malformed page, a
-- record that does not add up, a reference not known yet), with the reason
-- and the bytes as they came. Never dropped: resolved_at is set when a later,
-- good copy was stored or the record could be judged again ('released').
CREATE TABLE quarantine (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    connector    TEXT NOT NULL DEFAULT '',
    feed         TEXT NOT NULL DEFAULT '',
    record_key   TEXT NOT NULL DEFAULT '', -- the provider's id of the record; '' for a whole page
    reason_code  TEXT NOT NULL,
    reason       TEXT NOT NULL,
    payload      TEXT,
    payload_hash INTEGER NOT NULL,
    resolved_at  TEXT,
    resolution   TEXT,                     -- how it was settled: 'released', or NULL (a good copy came)
    UNIQUE (connector, record_key, payload_hash)
);
CREATE INDEX quarantine_open ON quarantine (resolved_at, at);
CREATE INDEX quarantine_key ON quarantine (connector, record_key);
