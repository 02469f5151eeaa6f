-- pgbench: one payment request created as paydeskd creates it when each creation is its own
-- transaction (PaymentService::createIn, then its key's stored answer): every statement below
-- is one of store/paymentsql.h or store/ledgersql.h, word for word (tests/unit/tst_benchsql
-- checks it). Run with -M prepared and -D for the text values (tests/bench/pgbaseline.cpp);
-- :app is a live app.
-- Once per client: the texts that are empty in paydeskd's binds (pgbench -D cannot give an
-- empty value). tst_benchsql leaves this block out of the comparison.
\if :ready = 0
SELECT '' AS url, '' AS notes \gset
\set ready 1
\endif
\set id random(1, 9000000000000000000)
\set key random(1, 9000000000000000000)
\set reference random(1, 9000000000000000000)
\set event1 random(1, 9000000000000000000)
\set delivery random(1, 9000000000000000000)
BEGIN;
\set resource :id
INSERT INTO idempotency_keys (owner, key, request_hash, resource_id) VALUES (:owner, :key, :hash, :resource) ON CONFLICT DO NOTHING RETURNING 1;
INSERT INTO payments (id, app_id, mode, amount, currency, reference_id, description, webhook_url, metadata, status, expires_at) VALUES (:id, :app, :mode, :amount, :currency, :reference, :description, :url, :metadata::jsonb, 'PENDING', now() + make_interval(mins => :minutes)) RETURNING id, app_id, mode, amount, currency, reference_id, description, webhook_url, metadata::text, status, notes, coalesce(transaction_id, ''), expires_at, completed_at, created_at, updated_at;
\set payment :id
\set event :event1
\set id :delivery
WITH pe AS (INSERT INTO payment_events (payment_id, status, notes) VALUES (:payment, :status, :notes)), ob AS (INSERT INTO outbox (event_id, topic, user_id, payload) VALUES (:event, :type, nullif(:user, ''), :payload::jsonb)) INSERT INTO webhook_deliveries (id, event_id, app_id, event_type, payment_id, url, body, status, next_attempt_at) SELECT :id, :event, a.id, :type, nullif(:payment, ''), t.url, :body, CASE WHEN e.disabled_at IS NULL THEN 'pending' ELSE 'paused' END, now() FROM apps a CROSS JOIN LATERAL (SELECT coalesce(nullif(:url, ''), a.webhook_url) AS url) t LEFT JOIN webhook_endpoints e ON e.app_id = a.id AND e.url = t.url WHERE a.id = :app AND t.url <> '' RETURNING id;
UPDATE idempotency_keys SET response_status = :response_status::integer, response_body = :response_body::bytea WHERE owner = :owner AND key = :key AND response_status IS NULL;
COMMIT;
