-- Rosters: the staffing configuration (the seed's staffingConfig shape plus
-- opening hours and the staff list, as the JSON the manager imports), the
-- needs edited by hand, and the weeks' rosters: a draft until published,
-- then read-only history (the next week counts its rests and days in a row
-- from it).

CREATE TABLE sched_config (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    json       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- A hand-edited need for one role and one 15-minute slot (slot from the
-- day's midnight), replacing the computed one.
CREATE TABLE sched_need_override (
    role    TEXT NOT NULL,
    day     TEXT NOT NULL,
    slot    INTEGER NOT NULL,
    minimum INTEGER NOT NULL,
    target  INTEGER NOT NULL,
    PRIMARY KEY (role, day, slot)
) WITHOUT ROWID;

CREATE TABLE sched_week (
    monday        TEXT PRIMARY KEY NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('draft', 'published')),
    published_at  TEXT,
    -- The optimiser's last answer for the draft (NULL when edited by hand).
    solver_status TEXT,
    objective     REAL,
    gap           REAL,
    updated_at    TEXT NOT NULL
);

-- Times are wall-clock minutes from the day's midnight (end may pass 1440).
-- The person's name is kept as it was when the week was published.
CREATE TABLE sched_shift (
    id           INTEGER PRIMARY KEY,
    monday       TEXT NOT NULL REFERENCES sched_week (monday) ON DELETE CASCADE,
    person_id    TEXT NOT NULL,
    person_name  TEXT NOT NULL,
    role         TEXT NOT NULL,
    day          TEXT NOT NULL,
    start_minute INTEGER NOT NULL,
    end_minute   INTEGER NOT NULL CHECK (end_minute > start_minute)
);
CREATE INDEX sched_shift_week ON sched_shift (monday, day);
