-- Merchants' client apps and their API keys (the payment gateway's tenants). Keys are stored
-- only as SHA-256 hashes with a short visible prefix; a rotated key keeps working until its
-- grace period ends. Each app has a webhook signing secret (whsec_...), which its owner can
-- reveal, so it is kept as written; the previous one stays valid during a rotation.

CREATE TABLE apps (
    id                        text PRIMARY KEY,                 -- app_...
    owner_id                  text NOT NULL REFERENCES users (id),
    name                      text NOT NULL,
    environment               text NOT NULL CHECK (environment IN ('test', 'live')),
    webhook_url               text NOT NULL DEFAULT '',
    webhook_secret            text NOT NULL,
    previous_webhook_secret   text,
    previous_secret_until     timestamptz,
    active                    boolean NOT NULL DEFAULT true,
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now()
);
-- A merchant's apps, newest first.
CREATE INDEX apps_owner_idx ON apps (owner_id, created_at DESC, id DESC);

CREATE TABLE api_keys (
    id            text PRIMARY KEY,                             -- key_...
    app_id        text NOT NULL REFERENCES apps (id),
    key_hash      bytea NOT NULL,                               -- SHA-256 of the whole key
    prefix        text NOT NULL,                                -- sk_test_AbCd: shown in lists
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz,                                  -- set by a rotation (grace end)
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
-- Every API request finds its key by hash.
CREATE UNIQUE INDEX api_keys_hash_idx ON api_keys (key_hash);
-- An app's keys, newest first.
CREATE INDEX api_keys_app_idx ON api_keys (app_id, created_at DESC);
