-- The reservation book: every booking of every channel (TheFork, OpenTable,
-- Resy, the booking site, the phone, the door) in one place, each with its
-- channel and the channel's own id, its change history, and the probable
-- duplicates across channels for the host to settle.

CREATE TABLE reservation_guest (
    id                INTEGER PRIMARY KEY,
    channel           TEXT NOT NULL,
    external_id       TEXT NOT NULL,
    name              TEXT NOT NULL DEFAULT '',
    phone             TEXT,
    email             TEXT,
    allergies         TEXT,
    dietary           TEXT,
    notes             TEXT,
    newsletter_opt_in INTEGER,
    -- The channel's order for this guest (updated time in ms): an older
    -- answer never overwrites a newer one.
    provider_version  INTEGER NOT NULL DEFAULT 0,
    updated_at        TEXT NOT NULL,
    UNIQUE (channel, external_id)
);

CREATE TABLE reservation_booking (
    id                  INTEGER PRIMARY KEY,
    channel             TEXT NOT NULL,
    external_id         TEXT NOT NULL,
    restaurant_ref      TEXT,
    guest_id            INTEGER REFERENCES reservation_guest (id) ON DELETE SET NULL,
    guest_name          TEXT NOT NULL DEFAULT '',
    guest_phone         TEXT,
    guest_email         TEXT,
    -- Normalised for the duplicate search: name without accents or case,
    -- phone as its last nine digits.
    name_key            TEXT NOT NULL DEFAULT '',
    phone_key           TEXT NOT NULL DEFAULT '',
    starts_at           TEXT NOT NULL,              -- UTC, ISO 8601 with ms
    day                 TEXT NOT NULL,              -- the restaurant's local date
    service             INTEGER NOT NULL CHECK (service IN (0, 1)), -- 0 midi, 1 soir
    local_time          TEXT NOT NULL,              -- HH:mm, local
    party_size          INTEGER NOT NULL CHECK (party_size > 0),
    status              TEXT NOT NULL,
    special_requests    TEXT NOT NULL DEFAULT '',
    allergies           TEXT NOT NULL DEFAULT '',
    -- The channel's order (sequence id, or updated time in ms): updates are
    -- applied in this order, never in arrival order.
    provider_version    INTEGER NOT NULL DEFAULT 0,
    provider_updated_at TEXT,
    booked_at           TEXT,                       -- when the guest booked (lead time)
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (channel, external_id)
);
CREATE INDEX reservation_booking_day ON reservation_booking (day, service, local_time);
CREATE INDEX reservation_booking_phone ON reservation_booking (phone_key);
CREATE INDEX reservation_booking_name ON reservation_booking (name_key);

CREATE TABLE reservation_history (
    id         INTEGER PRIMARY KEY,
    booking_id INTEGER NOT NULL REFERENCES reservation_booking (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,               -- UTC
    actor      TEXT NOT NULL,               -- the channel, or 'host'
    kind       TEXT NOT NULL,               -- created, updated, cancelled, status, duplicate, settled
    changes    TEXT NOT NULL DEFAULT '{}'   -- {"party_size": [4, 6], ...}
);
CREATE INDEX reservation_history_booking ON reservation_history (booking_id, id);

CREATE TABLE reservation_duplicate (
    id          INTEGER PRIMARY KEY,
    booking_a   INTEGER NOT NULL REFERENCES reservation_booking (id) ON DELETE CASCADE,
    booking_b   INTEGER NOT NULL REFERENCES reservation_booking (id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,              -- same_phone, same_name
    found_at    TEXT NOT NULL,
    resolution  TEXT,                       -- NULL: open; distinct; same
    resolved_at TEXT,
    CHECK (booking_a < booking_b),
    UNIQUE (booking_a, booking_b)
);
CREATE INDEX reservation_duplicate_open ON reservation_duplicate (resolution);

-- Event ids already received from a channel's webhook: a repeated event is
-- acknowledged and ignored.
CREATE TABLE reservation_event (
    channel     TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (channel, event_id)
) WITHOUT ROWID;

-- A service closed or full, set by the host; pushed to the channels that
-- accept it.
CREATE TABLE reservation_availability (
    day        TEXT NOT NULL,
    service    INTEGER NOT NULL CHECK (service IN (0, 1)),
    state      TEXT NOT NULL CHECK (state IN ('open', 'closed', 'full')),
    capacity   INTEGER,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (day, service)
) WITHOUT ROWID;
