-- The floor plans (table plan): saved layouts, each with its rooms, tables
-- and join graph, the default layout and the date ranges other layouts are
-- used over. Written whole by FloorStore::save in one transaction.

CREATE TABLE floor_layout (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL CHECK (name <> ''),
    position INTEGER NOT NULL
);

CREATE TABLE floor_room (
    layout_id TEXT NOT NULL REFERENCES floor_layout (id) ON DELETE CASCADE,
    id        TEXT NOT NULL,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('salle', 'terrasse', 'salon')),
    x         REAL NOT NULL,
    y         REAL NOT NULL,
    width     REAL NOT NULL,
    height    REAL NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (layout_id, id)
);

CREATE TABLE floor_table (
    layout_id TEXT NOT NULL REFERENCES floor_layout (id) ON DELETE CASCADE,
    id        TEXT NOT NULL,
    label     TEXT NOT NULL,
    shape     TEXT NOT NULL CHECK (shape IN ('round', 'square', 'rectangle')),
    seats     INTEGER NOT NULL CHECK (seats > 0),
    min_party INTEGER NOT NULL DEFAULT 1 CHECK (min_party >= 1 AND min_party <= seats),
    room_id   TEXT NOT NULL,
    zone      TEXT NOT NULL DEFAULT '',
    x         REAL NOT NULL,
    y         REAL NOT NULL,
    width     REAL NOT NULL CHECK (width > 0),
    height    REAL NOT NULL CHECK (height > 0),
    rotation  REAL NOT NULL DEFAULT 0,
    blocked   INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    position  INTEGER NOT NULL,
    PRIMARY KEY (layout_id, id),
    FOREIGN KEY (layout_id, room_id) REFERENCES floor_room (layout_id, id)
);

-- A join: its tables' ids, sorted, comma-separated ("t1,t2,t3").
CREATE TABLE floor_join (
    layout_id TEXT NOT NULL REFERENCES floor_layout (id) ON DELETE CASCADE,
    tables    TEXT NOT NULL,
    seats     INTEGER NOT NULL CHECK (seats >= 2),
    min_party INTEGER NOT NULL DEFAULT 1 CHECK (min_party >= 1 AND min_party <= seats),
    position  INTEGER NOT NULL,
    PRIMARY KEY (layout_id, tables)
);

CREATE TABLE floor_join_table (
    layout_id TEXT NOT NULL,
    tables    TEXT NOT NULL,
    table_id  TEXT NOT NULL,
    PRIMARY KEY (layout_id, tables, table_id),
    FOREIGN KEY (layout_id, tables) REFERENCES floor_join (layout_id, tables) ON DELETE CASCADE,
    FOREIGN KEY (layout_id, table_id) REFERENCES floor_table (layout_id, id) ON DELETE CASCADE
);

CREATE TABLE floor_period (
    id        INTEGER PRIMARY KEY,
    layout_id TEXT NOT NULL REFERENCES floor_layout (id) ON DELETE CASCADE,
    first_day TEXT NOT NULL,
    last_day  TEXT NOT NULL,
    CHECK (first_day <= last_day)
);

-- One row: the default layout, and whether the demo restaurant's plan was
-- seeded (once: a plan the host emptied is not seeded again).
CREATE TABLE floor_plan_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    default_layout TEXT REFERENCES floor_layout (id) ON DELETE SET NULL,
    demo_seeded    INTEGER NOT NULL DEFAULT 0
);
