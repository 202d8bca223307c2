-- Deletion requests owed to a remote provider (GDPR erasure): when a guest is
-- erased in Moulin, each provider that may hold the guest (Brevo) gets a row;
-- its connector deletes the contact there and settles the row. The row keeps
-- only what the provider needs to find the contact, and is deleted once done.

CREATE TABLE crm_remote_erasure (
    id           INTEGER PRIMARY KEY,
    provider     TEXT NOT NULL,              -- connector type, e.g. "brevo"
    email        TEXT NOT NULL DEFAULT '',   -- normalised
    phone        TEXT NOT NULL DEFAULT '',   -- E.164
    requested_at TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT NOT NULL DEFAULT '',
    UNIQUE (provider, email, phone)
);
