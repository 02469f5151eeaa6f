-- Payment requests of merchants' apps (the gateway). Status moves PENDING -> SUCCESS | FAILED |
-- EXPIRED only through guarded updates (store/paymentrepository.cpp); each change is recorded in
-- payment_events (the timeline) and written to the outbox for webhooks and the live monitor.

-- Idempotency-Key records may guard a resource that is not a ledger transaction.
ALTER TABLE idempotency_keys ADD COLUMN resource_id text;

CREATE TABLE payments (
    id              text PRIMARY KEY,                               -- pay_...
    app_id          text NOT NULL REFERENCES apps (id),
    mode            text NOT NULL CHECK (mode IN ('test', 'live')),
    amount          bigint NOT NULL CHECK (amount > 0),
    currency        text NOT NULL,
    reference_id    text NOT NULL,
    description     text NOT NULL DEFAULT '',
    webhook_url     text NOT NULL DEFAULT '',
    metadata        jsonb NOT NULL DEFAULT '{}',
    status          text NOT NULL CHECK (status IN ('PENDING', 'SUCCESS', 'FAILED', 'EXPIRED')),
    notes           text NOT NULL DEFAULT '',
    transaction_id  text REFERENCES ledger_transactions (id),
    expires_at      timestamptz(3) NOT NULL,
    completed_at    timestamptz(3),
    created_at      timestamptz(3) NOT NULL DEFAULT now(),
    updated_at      timestamptz(3) NOT NULL DEFAULT now()
);
-- A reference is unique per app (a duplicate is 409 unless it is the same idempotent request).
CREATE UNIQUE INDEX payments_reference_idx ON payments (app_id, reference_id);
-- An app's payments, newest first, with the keyset cursor.
CREATE INDEX payments_app_created_idx ON payments (app_id, created_at DESC, id DESC);
-- The expiry worker takes the overdue pending ones in order.
CREATE INDEX payments_expiry_idx ON payments (expires_at) WHERE status = 'PENDING';

CREATE TABLE payment_events (
    id          bigserial PRIMARY KEY,
    payment_id  text NOT NULL REFERENCES payments (id),
    status      text NOT NULL,
    notes       text NOT NULL DEFAULT '',
    created_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX payment_events_payment_idx ON payment_events (payment_id, id);
