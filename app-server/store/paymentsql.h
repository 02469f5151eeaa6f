// The statements of a payment request's creation, in one place so that the pgbench script beside
// them (store/bench/payment_create.sql) can be checked against them word for word
// (tests/unit/tst_benchsql). Placeholders are named; pgbench fills the same names.
#pragma once

// The columns every read of a payment selects, in the order PaymentRepository reads them.
#define PAYDESK_PAYMENT_COLUMNS                                                                    \
    "id, app_id, mode, amount, currency, reference_id, description, webhook_url, "                 \
    "metadata::text, status, notes, coalesce(transaction_id, ''), expires_at, completed_at, "      \
    "created_at, updated_at "

namespace paydesk::server::paymentsql {

// The Idempotency-Key of a creation; waits for a concurrent holder; no row when taken.
inline constexpr char kClaimKey[] =
    "INSERT INTO idempotency_keys (owner, key, request_hash, resource_id) "
    "VALUES (:owner, :key, :hash, :resource) ON CONFLICT DO NOTHING RETURNING 1";

inline constexpr char kInsert[] =
    "INSERT INTO payments (id, app_id, mode, amount, currency, reference_id, description, "
    "webhook_url, metadata, status, expires_at) VALUES (:id, :app, :mode, :amount, :currency, "
    ":reference, :description, :url, :metadata::jsonb, 'PENDING', "
    "now() + make_interval(mins => :minutes)) RETURNING " PAYDESK_PAYMENT_COLUMNS;

// The webhook delivery of an event, to the payment's own URL or else its app's; nothing when
// neither has one.
#define PAYDESK_ENQUEUE_WEBHOOK                                                                    \
    "INSERT INTO webhook_deliveries (id, event_id, app_id, event_type, payment_id, url, body, "    \
    "status, next_attempt_at) SELECT :id, :event, a.id, :type, nullif(:payment, ''), t.url, "      \
    ":body, CASE WHEN e.disabled_at IS NULL THEN 'pending' ELSE 'paused' END, now() "              \
    "FROM apps a CROSS JOIN LATERAL (SELECT coalesce(nullif(:url, ''), a.webhook_url) AS url) t "  \
    "LEFT JOIN webhook_endpoints e ON e.app_id = a.id AND e.url = t.url "                          \
    "WHERE a.id = :app AND t.url <> '' RETURNING id"

inline constexpr char kEnqueueWebhook[] = PAYDESK_ENQUEUE_WEBHOOK;

// A payment's status change in one round trip: the entry on its timeline, its outbox event
// (payment.<status>, :type, for the live monitor) and its webhook delivery (:id; none when
// neither the payment nor its app has a URL).
inline constexpr char kAnnounce[] =
    "WITH pe AS (INSERT INTO payment_events (payment_id, status, notes) VALUES (:payment, "
    ":status, :notes)), ob AS (INSERT INTO outbox (event_id, topic, user_id, payload) VALUES "
    "(:event, :type, nullif(:user, ''), :payload::jsonb)) " PAYDESK_ENQUEUE_WEBHOOK;

#undef PAYDESK_ENQUEUE_WEBHOOK

} // namespace paydesk::server::paymentsql
