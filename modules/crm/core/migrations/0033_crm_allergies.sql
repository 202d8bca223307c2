-- Allergies and dietary needs item by item, each statement with its source
-- and date. What the book says (crm_allergy_stated: one row per booking or
-- channel guest record and item, dated when that booking first said it) and
-- what the manager recorded on the profile (crm_allergy_note: every addition
-- and removal, kept). A profile's allergies (crm_profile.allergies) are, item
-- by item, the newest statement: a removal by the manager stands until a
-- booking newer than it says the item again.
CREATE TABLE crm_allergy_stated (
    origin      TEXT NOT NULL,             -- 'booking:<channel>:<id>', 'guest:<channel>:<id>'
    allergy_key TEXT NOT NULL,             -- folded (accents, case)
    identity_id INTEGER NOT NULL REFERENCES crm_identity (id) ON DELETE CASCADE,
    allergy     TEXT NOT NULL,             -- as said
    source      TEXT NOT NULL,             -- the channel
    stated_at   TEXT NOT NULL,
    PRIMARY KEY (origin, allergy_key)
) WITHOUT ROWID;
CREATE INDEX crm_allergy_stated_identity ON crm_allergy_stated (identity_id);

CREATE TABLE crm_allergy_note (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES crm_profile (id) ON DELETE CASCADE,
    allergy_key TEXT NOT NULL,
    allergy     TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('add', 'remove')),
    stated_at   TEXT NOT NULL
);
CREATE INDEX crm_allergy_note_profile ON crm_allergy_note (profile_id, allergy_key);

-- The profiles built before: the book is read again once (applied
-- idempotently) to date what each booking says.
DELETE FROM crm_cursor WHERE name IN ('guests', 'bookings');
