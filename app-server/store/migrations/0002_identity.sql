-- People, their wallets (minimal here; the ledger fills them in) and their sessions.

CREATE TABLE users (
    id                  text PRIMARY KEY,                     -- usr_...
    email               text NOT NULL,                        -- as typed (trimmed)
    email_normalized    text NOT NULL,                        -- lower-cased: unique per person
    display_name        text NOT NULL,
    role                text NOT NULL CHECK (role IN ('user', 'merchant', 'admin')),
    password_hash       text NOT NULL,                        -- Argon2id PHC string
    phone               text,
    avatar_color        text NOT NULL,
    language            text NOT NULL DEFAULT 'en',
    notify_email        boolean NOT NULL DEFAULT true,
    notify_push         boolean NOT NULL DEFAULT true,
    pin_hash            text,                                 -- Argon2id; NULL until set
    pin_failed_attempts integer NOT NULL DEFAULT 0,
    pin_locked_until    timestamptz,                          -- survives restarts by design
    totp_secret         bytea,                                -- set at enrolment
    totp_enabled        boolean NOT NULL DEFAULT false,
    totp_last_step      bigint,                               -- a code's step is accepted once
    referral_code       text NOT NULL,
    referred_by         text REFERENCES users (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
-- Sign-in looks people up by normalised email; referral codes are looked up at signup.
CREATE UNIQUE INDEX users_email_idx ON users (email_normalized);
CREATE UNIQUE INDEX users_referral_code_idx ON users (referral_code);

CREATE TABLE wallets (
    id          text PRIMARY KEY,                             -- wal_...
    user_id     text NOT NULL REFERENCES users (id),
    currency    text NOT NULL,
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
-- One wallet per user and currency; /auth/me finds a user's wallet by user id.
CREATE UNIQUE INDEX wallets_user_currency_idx ON wallets (user_id, currency);

-- Refresh tokens are stored only as SHA-256 hashes. Each sign-in starts a family; every refresh
-- spends one token and issues the next in the same family. Presenting a spent token again means
-- it was stolen: the whole family is revoked.
CREATE TABLE refresh_tokens (
    token_hash  bytea PRIMARY KEY,
    family_id   text NOT NULL,
    user_id     text NOT NULL REFERENCES users (id),
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    spent_at    timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
-- Revoking a user's other sessions (password change) scans only their live tokens.
CREATE INDEX refresh_tokens_user_live_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL;

CREATE TABLE recovery_codes (
    user_id    text NOT NULL REFERENCES users (id),
    code_hash  bytea NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- The admin users list pages newest first by (created_at, id).
CREATE INDEX users_created_idx ON users (created_at DESC, id DESC);
