-- Guest profiles: one per guest, built from the book's guests and bookings
-- and the till's receipts (read through the areas' read interfaces, never
-- their tables). Every source's view of a guest is an identity; identities
-- are grouped into profiles by the identity resolution, every merge recorded
-- and undoable; visits are the bookings, receipts are linked to them; the
-- loyalty ledger grants a reward at most once per (profile, rule, milestone).

CREATE TABLE crm_profile (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',   -- normalised, valid only
    phone                TEXT NOT NULL DEFAULT '',   -- E.164, valid only
    language             TEXT NOT NULL DEFAULT '',
    allergies            TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    tags                 TEXT NOT NULL DEFAULT '',
    vip                  INTEGER NOT NULL DEFAULT 0 CHECK (vip IN (0, 1)),
    birthday             TEXT,                       -- MM-DD
    email_consent        INTEGER,                    -- NULL: not told
    email_consent_at     TEXT,
    email_consent_source TEXT,
    sms_consent          INTEGER,
    sms_consent_at       TEXT,
    sms_consent_source   TEXT,
    -- Merged into that profile (NULL: a profile of its own).
    merged_into          INTEGER REFERENCES crm_profile (id),
    visits               INTEGER NOT NULL DEFAULT 0,
    last_visit           TEXT,
    spend_cents          INTEGER NOT NULL DEFAULT 0, -- lifetime value
    spend_visits         INTEGER NOT NULL DEFAULT 0, -- visits with a receipt
    no_shows             INTEGER NOT NULL DEFAULT 0,
    late_cancellations   INTEGER NOT NULL DEFAULT 0,
    search_text          TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
-- The profiles of their own by visits (the search's order).
CREATE INDEX crm_profile_rank ON crm_profile (merged_into, visits);

-- The search as you type: every word of a profile's names, e-mails and phone
-- numbers (search_text), by word prefix; profiles merged away left out.
CREATE VIRTUAL TABLE crm_profile_search USING fts5 (text, prefix = '1 2 3');
CREATE TRIGGER crm_profile_search_insert AFTER INSERT ON crm_profile
WHEN new.merged_into IS NULL AND new.search_text <> ''
BEGIN
    INSERT INTO crm_profile_search (rowid, text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER crm_profile_search_update AFTER UPDATE OF search_text, merged_into ON crm_profile
WHEN old.search_text IS NOT new.search_text OR old.merged_into IS NOT new.merged_into
BEGIN
    DELETE FROM crm_profile_search WHERE rowid = old.id;
    INSERT INTO crm_profile_search (rowid, text) SELECT new.id, new.search_text
    WHERE new.merged_into IS NULL AND new.search_text <> '';
END;

-- One guest as one source knows them: a channel's guest id, or a booking
-- without one ('booking:<id>'). Invalid contacts are kept as entered,
-- flagged, and have no key (never matched).
CREATE TABLE crm_identity (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,
    source_key    TEXT NOT NULL,
    profile_id    INTEGER NOT NULL REFERENCES crm_profile (id),
    name          TEXT NOT NULL DEFAULT '',
    name_key      TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    email_key     TEXT,
    email_invalid INTEGER NOT NULL DEFAULT 0,
    phone         TEXT NOT NULL DEFAULT '',
    phone_key     TEXT,
    phone_invalid INTEGER NOT NULL DEFAULT 0,
    language      TEXT NOT NULL DEFAULT '',
    allergies     TEXT NOT NULL DEFAULT '',
    email_consent INTEGER,
    consent_at    TEXT,
    updated_at    TEXT NOT NULL,
    UNIQUE (source, source_key)
);
CREATE INDEX crm_identity_profile ON crm_identity (profile_id);
CREATE INDEX crm_identity_email ON crm_identity (email_key);
CREATE INDEX crm_identity_phone ON crm_identity (phone_key);

-- A booking of a guest. status: standing, honoured, no_show, cancelled,
-- late_cancellation.
CREATE TABLE crm_visit (
    id          INTEGER PRIMARY KEY,
    channel     TEXT NOT NULL,
    external_id TEXT NOT NULL,
    identity_id INTEGER NOT NULL REFERENCES crm_identity (id),
    day         TEXT NOT NULL,
    service     INTEGER NOT NULL,
    starts_at   TEXT NOT NULL,
    party_size  INTEGER NOT NULL,
    table_label TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL,
    UNIQUE (channel, external_id)
);
CREATE INDEX crm_visit_identity ON crm_visit (identity_id);
-- Covering: a service's visits are read whole to link its receipts.
CREATE INDEX crm_visit_service ON crm_visit (day, service, status, starts_at, party_size, table_label);

-- A receipt of the till, linked to the visit it paid (by table and time).
CREATE TABLE crm_receipt (
    receipt_id  TEXT PRIMARY KEY NOT NULL,
    closed_at   TEXT NOT NULL,
    day         TEXT NOT NULL,
    service     INTEGER NOT NULL,
    covers      INTEGER NOT NULL DEFAULT 0,
    table_label TEXT NOT NULL DEFAULT '',
    total_cents INTEGER NOT NULL,
    counted     INTEGER NOT NULL,
    visit_id    INTEGER REFERENCES crm_visit (id) ON DELETE SET NULL
);
-- Covering: a service's receipts are read whole to link them.
CREATE INDEX crm_receipt_service ON crm_receipt (day, service, closed_at, covers, table_label, counted, visit_id,
                                                receipt_id);
CREATE INDEX crm_receipt_visit ON crm_receipt (visit_id);

CREATE TABLE crm_receipt_item (
    receipt_id     TEXT NOT NULL REFERENCES crm_receipt (receipt_id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    sku            TEXT NOT NULL,
    name           TEXT NOT NULL DEFAULT '',
    quantity_milli INTEGER NOT NULL,
    gross_cents    INTEGER NOT NULL,
    PRIMARY KEY (receipt_id, seq)
) WITHOUT ROWID;

-- Every merge, automatic or the manager's, and the identities it moved (to
-- undo it).
CREATE TABLE crm_merge (
    id          INTEGER PRIMARY KEY,
    kept_id     INTEGER NOT NULL REFERENCES crm_profile (id),
    absorbed_id INTEGER NOT NULL REFERENCES crm_profile (id),
    reason      TEXT NOT NULL,
    automatic   INTEGER NOT NULL CHECK (automatic IN (0, 1)),
    at          TEXT NOT NULL,
    undone_at   TEXT
);
CREATE TABLE crm_merge_identity (
    merge_id    INTEGER NOT NULL REFERENCES crm_merge (id),
    identity_id INTEGER NOT NULL REFERENCES crm_identity (id),
    PRIMARY KEY (merge_id, identity_id)
) WITHOUT ROWID;

-- Probable matches for the manager; a pair decided "apart" (or whose merge
-- was undone) is never merged automatically again.
CREATE TABLE crm_review (
    id         INTEGER PRIMARY KEY,
    profile_a  INTEGER NOT NULL REFERENCES crm_profile (id),
    profile_b  INTEGER NOT NULL REFERENCES crm_profile (id),
    reason     TEXT NOT NULL,
    found_at   TEXT NOT NULL,
    decision   TEXT CHECK (decision IN ('merged', 'apart')),
    decided_at TEXT,
    CHECK (profile_a < profile_b),
    UNIQUE (profile_a, profile_b)
);
CREATE INDEX crm_review_open ON crm_review (decision);

-- Loyalty: the rules (kind visits: every `threshold` visits; spend: a
-- lifetime value of `threshold` cents; birthday) and the ledger.
CREATE TABLE crm_loyalty_rule (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('visits', 'spend', 'birthday')),
    threshold INTEGER NOT NULL DEFAULT 0,
    reward    TEXT NOT NULL DEFAULT '',
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
INSERT INTO crm_loyalty_rule (id, kind, threshold, reward, active) VALUES (1, 'visits', 10, 'milestone_visit', 1);

CREATE TABLE crm_reward (
    id         INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES crm_profile (id),
    rule_id    INTEGER NOT NULL REFERENCES crm_loyalty_rule (id),
    milestone  TEXT NOT NULL,                -- visits:10, spend:50000, birthday:2026
    state      TEXT NOT NULL DEFAULT 'granted' CHECK (state IN ('granted', 'used', 'expired')),
    granted_at TEXT NOT NULL,
    changed_at TEXT,
    UNIQUE (profile_id, rule_id, milestone)
);
CREATE INDEX crm_reward_profile ON crm_reward (profile_id);

-- Services whose receipts are to be linked again (a visit or a receipt of
-- theirs changed): linked once at the end of a sync.
CREATE TABLE crm_pending_link (
    day     TEXT NOT NULL,
    service INTEGER NOT NULL,
    PRIMARY KEY (day, service)
) WITHOUT ROWID;

-- Where the incremental reads of the sources stand.
CREATE TABLE crm_cursor (
    name   TEXT PRIMARY KEY NOT NULL,
    cursor TEXT NOT NULL
) WITHOUT ROWID;
