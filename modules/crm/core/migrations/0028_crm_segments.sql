-- Saved customer segments (crm/core/segments.h): a name and its rules as
-- JSON ([{"kind": "visits_min", "value": "3", "group": 0}, …]; rules of a
-- group ANDed, groups ORed). The RFM scores are computed when read, not
-- stored.

CREATE TABLE crm_segment (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    rules      TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The RFM scores read only this (covering): the quintiles' boundaries (the
-- distinct values of each score's column and their counts) and the class of
-- every profile, the table row read for the matching ones only.
CREATE INDEX crm_profile_rfm ON crm_profile (merged_into, visits, last_visit, spend_cents);
