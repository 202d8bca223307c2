-- Two-way sync of the profiles with a remote contacts provider (Brevo): the
-- SMS consent each source gives (as the e-mail one), the contacts the
-- provider holds and what they last held (a fingerprint of the values, to
-- send only what changed), and the values that lost a conflict.

ALTER TABLE crm_identity ADD COLUMN sms_consent INTEGER;
ALTER TABLE crm_identity ADD COLUMN sms_consent_at TEXT;

-- One contact at a provider, and the profile it is (the profile it was
-- linked to; follow merged_into for the one it is now).
CREATE TABLE crm_remote_contact (
    provider        TEXT NOT NULL,               -- connector type, e.g. "brevo"
    remote_id       TEXT NOT NULL,               -- the provider's contact id
    profile_id      INTEGER NOT NULL REFERENCES crm_profile (id),
    email           TEXT NOT NULL DEFAULT '',
    fingerprint     TEXT NOT NULL DEFAULT '',    -- of the values the provider holds
    modified_at     TEXT,                        -- the provider's last change
    synced_at       TEXT NOT NULL,
    PRIMARY KEY (provider, remote_id)
) WITHOUT ROWID;
CREATE INDEX crm_remote_contact_profile ON crm_remote_contact (profile_id);

-- A value that lost a conflict between Moulin and a provider (the newer
-- change wins; the older one is kept here and shown on the profile).
CREATE TABLE crm_field_history (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES crm_profile (id),
    field       TEXT NOT NULL,                   -- name, phone, email_consent, sms_consent
    kept_value  TEXT NOT NULL DEFAULT '',
    kept_source TEXT NOT NULL,                   -- "moulin" or the provider
    kept_at     TEXT,
    lost_value  TEXT NOT NULL DEFAULT '',
    lost_source TEXT NOT NULL,
    lost_at     TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX crm_field_history_profile ON crm_field_history (profile_id);
