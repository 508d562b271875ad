-- API keys have a lifecycle (services/identity, apikeys.go): a label, when the
-- key was last used (written at most once a minute per key, so reads do not
-- become writes), an optional expiry and revocation (revoked_at, since 000004).
ALTER TABLE api_keys
    ADD COLUMN label        text NOT NULL DEFAULT '' CHECK (length(label) <= 100),
    ADD COLUMN last_used_at timestamptz,
    ADD COLUMN expires_at   timestamptz;

-- Listing an organization's keys and counting its live ones against the cap.
CREATE INDEX api_keys_organization ON api_keys (organization_id, id);
