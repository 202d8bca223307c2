-- GDPR: SMS consent as the sources tell it, the tombstones of erased guests
-- and the register of erasures.

-- SMS consent per identity, as the source told it and when (the profile's
-- consents are the newest statements of its identities, with their source).
-- (crm_identity.sms_consent and sms_consent_at come with 0029.)

-- A guest erased: a salted SHA-256 of each of their contact keys (e-mail,
-- phone, a channel's guest or booking id), so a re-sync of the book's old
-- rows does not rebuild the profile. No name, e-mail or phone is kept.
-- erased_at: a booking for a service after it starts a new profile.
CREATE TABLE crm_tombstone (
    hash      TEXT PRIMARY KEY NOT NULL,
    erased_at TEXT NOT NULL
) WITHOUT ROWID;

-- The salt of the tombstones' hashes, drawn once per database.
CREATE TABLE crm_tombstone_salt (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    salt TEXT NOT NULL
);
INSERT INTO crm_tombstone_salt (id, salt) VALUES (1, lower(hex(randomblob(16))));

-- The register of erasures (accountability): when, how much, in which
-- areas; never who.
CREATE TABLE crm_erasure_log (
    id         INTEGER PRIMARY KEY,
    erased_at  TEXT NOT NULL,
    identities INTEGER NOT NULL,
    visits     INTEGER NOT NULL,
    areas      TEXT NOT NULL DEFAULT '',  -- "reservation:12,pos:1"
    remote     TEXT NOT NULL DEFAULT ''   -- providers asked to delete ("brevo")
);
