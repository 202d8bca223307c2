-- The service view (table plan): which table or join each booking sits at,
-- the host's explicit overrides of the capacity rules (each one logged:
-- who, when, which rules, the words the host was shown), and the door's
-- waitlist with the wait quoted to each party.

-- One row per placed booking. `tables`: the table ids, sorted,
-- comma-separated ("t1" or "t1,t2": a join of that layout).
CREATE TABLE table_assignment (
    booking_id  INTEGER PRIMARY KEY REFERENCES reservation_booking (id) ON DELETE CASCADE,
    layout_id   TEXT NOT NULL,
    tables      TEXT NOT NULL CHECK (tables <> ''),
    assigned_by TEXT NOT NULL CHECK (assigned_by IN ('host', 'solver', 'walkin')),
    actor       TEXT NOT NULL DEFAULT '',   -- who: the host's login, or the solver
    assigned_at TEXT NOT NULL               -- UTC
);
CREATE INDEX table_assignment_layout ON table_assignment (layout_id);

-- A rule the host overrode to seat a booking anyway.
CREATE TABLE table_assignment_override (
    id         INTEGER PRIMARY KEY,
    booking_id INTEGER NOT NULL REFERENCES reservation_booking (id) ON DELETE CASCADE,
    layout_id  TEXT NOT NULL,
    tables     TEXT NOT NULL,
    rules      TEXT NOT NULL,               -- double_booked,too_many,too_few,blocked,zone_closed,pacing
    reasons    TEXT NOT NULL,               -- the refusal as the host read it
    actor      TEXT NOT NULL,
    at         TEXT NOT NULL                -- UTC
);
CREATE INDEX table_assignment_override_booking ON table_assignment_override (booking_id, id);

-- Parties waiting at the door for a table, with the wait quoted to them.
CREATE TABLE service_waitlist (
    id             INTEGER PRIMARY KEY,
    day            TEXT NOT NULL,           -- the restaurant's local date
    service        INTEGER NOT NULL CHECK (service IN (0, 1)),
    name           TEXT NOT NULL DEFAULT '',
    party_size     INTEGER NOT NULL CHECK (party_size > 0),
    phone          TEXT NOT NULL DEFAULT '',
    added_at       TEXT NOT NULL,           -- UTC
    quoted_minutes INTEGER,                 -- NULL: no table of that size tonight
    booking_id     INTEGER REFERENCES reservation_booking (id) ON DELETE SET NULL, -- seated as this walk-in
    removed_at     TEXT                     -- left the list (seated or gone)
);
CREATE INDEX service_waitlist_day ON service_waitlist (day, service);
