-- Webhook deliveries to merchants' endpoints (SPEC §4.3). A delivery row is written in the same
-- database transaction as the status change it announces (a transactional outbox of its own),
-- with the exact body that will be signed; the dispatcher of any node takes due rows with
-- FOR UPDATE SKIP LOCKED and a lease, so a node that dies mid-send only delays the delivery.
-- Every attempt is logged; endpoints that keep failing are disabled until their owner
-- re-enables them, and what was waiting for them is paused, not lost.

CREATE TABLE webhook_deliveries (
    id               text PRIMARY KEY,                             -- whd_...
    event_id         text NOT NULL,                                -- webhook-id: same on retries
    app_id           text NOT NULL REFERENCES apps (id),
    event_type       text NOT NULL,                                -- payment.success, webhook.test
    payment_id       text REFERENCES payments (id),
    url              text NOT NULL,
    body             text NOT NULL,                                -- the exact bytes signed
    status           text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'paused')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz(3),                               -- when pending
    leased_until     timestamptz(3),                               -- a node is sending it
    manual           boolean NOT NULL DEFAULT false,               -- next try asked for by hand
    last_status      integer,                                      -- HTTP status of the last try
    last_error       text NOT NULL DEFAULT '',
    created_at       timestamptz(3) NOT NULL DEFAULT now(),
    updated_at       timestamptz(3) NOT NULL DEFAULT now(),
    delivered_at     timestamptz(3)
);
-- The dispatcher takes what is due, oldest first.
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at)
    WHERE status = 'pending';
-- An app's delivery log, newest first, with the keyset cursor.
CREATE INDEX webhook_deliveries_app_idx ON webhook_deliveries (app_id, created_at DESC, id DESC);
-- A payment's deliveries (the console's payment drawer).
CREATE INDEX webhook_deliveries_payment_idx ON webhook_deliveries (payment_id)
    WHERE payment_id IS NOT NULL;
-- Resuming or pausing what waits for one endpoint.
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (app_id, url)
    WHERE status IN ('pending', 'paused');

CREATE TABLE webhook_attempts (
    id                bigserial PRIMARY KEY,
    delivery_id       text NOT NULL REFERENCES webhook_deliveries (id),
    attempt           integer NOT NULL,                            -- 1 for the first try
    url               text NOT NULL,
    request_headers   jsonb NOT NULL,                              -- as sent, signature included
    response_status   integer,                                     -- null: no HTTP answer
    response_headers  jsonb NOT NULL DEFAULT '{}',
    response_body     text NOT NULL DEFAULT '',                    -- the first 2 KiB
    latency_ms        integer NOT NULL,
    error             text NOT NULL DEFAULT '',                    -- timeout, refused, ...
    manual            boolean NOT NULL DEFAULT false,              -- a retry asked for by hand
    created_at        timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, id);

-- The health of each endpoint (app + URL): failing since the first failure after the last
-- success; disabled once that lasts longer than the server's setting.
CREATE TABLE webhook_endpoints (
    app_id         text NOT NULL REFERENCES apps (id),
    url            text NOT NULL,
    failing_since  timestamptz(3),
    last_success_at timestamptz(3),
    last_failure_at timestamptz(3),
    disabled_at    timestamptz(3),
    PRIMARY KEY (app_id, url)
);
