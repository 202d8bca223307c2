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

-- The RFM quintiles' boundaries are read through these (and crm_profile_rank
-- for the visits): the value at a rank, by recency and by spend, covering the
-- visits (a profile without a visit is not scored).
CREATE INDEX crm_profile_recency ON crm_profile (merged_into, last_visit, visits);
CREATE INDEX crm_profile_spend ON crm_profile (merged_into, spend_cents, visits);
