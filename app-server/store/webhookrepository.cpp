#include "webhookrepository.h"

#include "ids.h"
#include "paymentsql.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

#define DELIVERY_COLUMNS                                                                           \
    "d.id, d.event_id, d.app_id, d.event_type, coalesce(d.payment_id, ''), d.url, d.body, "        \
    "d.status, d.attempts, d.next_attempt_at, coalesce(d.last_status, 0), d.last_error, "          \
    "d.created_at, d.updated_at, d.delivered_at "

QDateTime timeAt(const QSqlQuery &q, int i)
{
    return q.value(i).isNull() ? QDateTime() : q.value(i).toDateTime().toUTC();
}

QJsonObject jsonAt(const QSqlQuery &q, int i)
{
    return QJsonDocument::fromJson(q.value(i).toString().toUtf8()).object();
}

// A batch as the text a `:batch::jsonb` parameter takes.
QString jsonText(const QJsonArray &batch)
{
    return QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact));
}

// PostgreSQL text cannot hold U+0000, and an endpoint may answer with one: it would fail the
// whole batch's record.
QString withoutNul(QString text)
{
    return text.remove(QChar(u'\0'));
}

webhooks::Delivery readDelivery(const QSqlQuery &q)
{
    webhooks::Delivery d;
    d.id = q.value(0).toString();
    d.eventId = q.value(1).toString();
    d.appId = q.value(2).toString();
    d.eventType = q.value(3).toString();
    d.paymentId = q.value(4).toString();
    d.url = q.value(5).toString();
    d.body = q.value(6).toString().toUtf8();
    d.status = q.value(7).toString();
    d.attempts = q.value(8).toInt();
    d.nextAttemptAt = timeAt(q, 9);
    d.lastStatus = q.value(10).toInt();
    d.lastError = q.value(11).toString();
    d.createdAt = timeAt(q, 12);
    d.updatedAt = timeAt(q, 13);
    d.deliveredAt = timeAt(q, 14);
    return d;
}

Result<bool> changedAny(Result<sql::Outcome> r)
{
    if (!r)
        return r.error();
    return r->query().numRowsAffected() > 0;
}

} // namespace

Result<QString> WebhookRepository::enqueue(const QString &eventId, const QString &appId,
                                           const QString &eventType, const QString &paymentId,
                                           const QString &url, const QByteArray &body)
{
    const QString id = ids::make(u"whd");
    auto row = sql::one(m_db, paymentsql::kEnqueueWebhook,
                        {{"id", id},
                         {"event", eventId},
                         {"type", eventType},
                         {"payment", sql::text(paymentId)},
                         {"body", QString::fromUtf8(body)},
                         {"url", sql::text(url)},
                         {"app", appId}});
    if (!row)
        return row.error();
    return *row ? id : QString();
}

Result<QList<webhooks::DueDelivery>> WebhookRepository::leaseDue(int limit, int leaseSeconds)
{
    auto r = sql::exec(
        m_db,
        "UPDATE webhook_deliveries d SET leased_until = now() + make_interval(secs => :lease) "
        "FROM apps a WHERE a.id = d.app_id AND d.id IN (SELECT id FROM webhook_deliveries WHERE "
        "status = 'pending' AND next_attempt_at <= now() AND (leased_until IS NULL OR "
        "leased_until < now()) ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) "
        "RETURNING d.id, d.event_id, d.app_id, a.owner_id, a.environment, d.url, d.body, "
        "d.attempts, "
        "d.manual, a.webhook_secret, CASE WHEN a.previous_secret_until > now() THEN "
        "a.previous_webhook_secret ELSE '' END",
        {{"lease", leaseSeconds}, {"limit", limit}});
    if (!r)
        return r.error();
    QList<webhooks::DueDelivery> out;
    while (r->query().next()) {
        const QSqlQuery &q = r->query();
        webhooks::DueDelivery d{
            q.value(0).toString(),          q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),          q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString().toUtf8(), q.value(7).toInt(),    q.value(8).toBool(),
            {q.value(9).toString()}};
        if (const QString previous = q.value(10).toString(); !previous.isEmpty())
            d.secrets.append(previous);
        out.append(d);
    }
    return out;
}

Result<void> WebhookRepository::releaseLeases(const QStringList &deliveryIds)
{
    if (deliveryIds.isEmpty())
        return {};
    auto r = sql::exec(m_db,
                       "UPDATE webhook_deliveries SET leased_until = NULL WHERE id = "
                       "ANY(string_to_array(:ids, ','))",
                       {{"ids", deliveryIds.join(u',')}});
    if (!r)
        return r.error();
    return {};
}

Result<void>
WebhookRepository::recordAttempts(const QList<std::pair<QString, AttemptOutcome>> &outcomes)
{
    if (outcomes.isEmpty())
        return {};
    // Planned for the table as it is now, every time: a plan cached while the table was small
    // kept scanning it sequentially once a backlog had grown it (until the next ANALYZE).
    if (auto r = sql::exec(m_db, "SELECT set_config('plan_cache_mode', 'force_custom_plan', true)");
        !r)
        return r.error();
    // The batch travels as one JSON array (jsonb_to_recordset): the attempts' log rows and the
    // deliveries' new states in one round trip, however many attempts finished together. The
    // planner cannot size a record set (it guesses 100 rows) and joined it to every delivery
    // ever made; the ids as an array lead it to the primary key.
    QJsonArray batch;
    for (const auto &[deliveryId, outcome] : outcomes) {
        const webhooks::Attempt &a = outcome.attempt;
        const QString next = a.succeeded()            ? u"delivered"_s
                             : outcome.retryInSeconds ? u"pending"_s
                                                      : u"failed"_s;
        batch.append(
            QJsonObject{{"delivery_id"_L1, deliveryId},
                        {"attempt"_L1, a.number},
                        {"url"_L1, a.url},
                        {"request_headers"_L1, a.requestHeaders},
                        {"response_status"_L1,
                         a.responseStatus > 0 ? QJsonValue(a.responseStatus) : QJsonValue()},
                        {"response_headers"_L1, a.responseHeaders},
                        {"response_body"_L1, withoutNul(a.responseBody)},
                        {"latency_ms"_L1, a.latencyMs},
                        {"error"_L1, withoutNul(a.error)},
                        {"manual"_L1, a.manual},
                        {"next_status"_L1, next},
                        {"delay"_L1, outcome.retryInSeconds.value_or(0)}});
    }
    auto r = sql::exec(
        m_db,
        "WITH a AS (SELECT * FROM jsonb_to_recordset(:batch::jsonb) AS t (delivery_id text, "
        "attempt integer, url text, request_headers jsonb, response_status integer, "
        "response_headers jsonb, response_body text, latency_ms integer, error text, "
        "manual boolean, next_status text, delay integer)), "
        "logged AS (INSERT INTO webhook_attempts (delivery_id, attempt, url, request_headers, "
        "response_status, response_headers, response_body, latency_ms, error, manual) "
        "SELECT delivery_id, attempt, url, request_headers, response_status, response_headers, "
        "response_body, latency_ms, error, manual FROM a) "
        "UPDATE webhook_deliveries d SET attempts = a.attempt, status = a.next_status, "
        "manual = false, leased_until = NULL, last_status = a.response_status, "
        "last_error = a.error, updated_at = now(), next_attempt_at = CASE WHEN a.next_status = "
        "'pending' THEN now() + make_interval(secs => a.delay) END, delivered_at = CASE WHEN "
        "a.next_status = 'delivered' THEN now() ELSE d.delivered_at END "
        "FROM a WHERE d.id = a.delivery_id AND d.id = ANY (ARRAY(SELECT delivery_id FROM a))",
        {{"batch", jsonText(batch)}});
    if (!r)
        return r.error();
    return {};
}

Result<void> WebhookRepository::recordSuccesses(const QList<std::pair<QString, QString>> &endpoints)
{
    if (endpoints.isEmpty())
        return {};
    // Taken in (app, url) byte order, so two nodes recording the same endpoints never wait on
    // each other in a circle.
    QJsonArray batch;
    for (const auto &[appId, url] : std::as_const(endpoints))
        batch.append(QJsonObject{{"app_id"_L1, appId}, {"url"_L1, url}});
    auto r = sql::exec(m_db,
                       "INSERT INTO webhook_endpoints (app_id, url, last_success_at) "
                       "SELECT app_id, url, now() FROM jsonb_to_recordset(:batch::jsonb) AS t "
                       "(app_id text, url text) ORDER BY app_id COLLATE \"C\", url COLLATE \"C\" "
                       "ON CONFLICT (app_id, url) DO UPDATE SET failing_since = NULL, "
                       "last_success_at = now()",
                       {{"batch", jsonText(batch)}});
    if (!r)
        return r.error();
    return {};
}

Result<bool> WebhookRepository::recordFailure(const QString &appId, const QString &url,
                                              int disableAfterSeconds)
{
    auto row = sql::one(
        m_db,
        "WITH before AS (SELECT disabled_at FROM webhook_endpoints WHERE app_id = :app AND url = "
        ":url FOR UPDATE) "
        "INSERT INTO webhook_endpoints AS e (app_id, url, failing_since, last_failure_at) VALUES "
        "(:app, :url, now(), now()) ON CONFLICT (app_id, url) DO UPDATE SET failing_since = "
        "coalesce(e.failing_since, now()), last_failure_at = now(), disabled_at = CASE WHEN "
        "e.disabled_at IS NULL AND coalesce(e.failing_since, now()) <= now() - "
        "make_interval(secs => :seconds) THEN now() ELSE e.disabled_at END "
        "RETURNING e.disabled_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM before WHERE "
        "before.disabled_at IS NOT NULL)",
        {{"app", appId}, {"url", url}, {"seconds", disableAfterSeconds}});
    if (!row)
        return row.error();
    const bool disabledNow = *row && (*row)->value(0).toBool();
    if (disabledNow) {
        auto paused = sql::exec(m_db,
                                "UPDATE webhook_deliveries SET status = 'paused', "
                                "next_attempt_at = NULL, updated_at = now() WHERE app_id = :app "
                                "AND url = :url AND status = 'pending'",
                                {{"app", appId}, {"url", url}});
        if (!paused)
            return paused.error();
    }
    return disabledNow;
}

Result<Page<webhooks::Delivery>> WebhookRepository::list(const QString &ownerId,
                                                         const webhooks::DeliveryQuery &q,
                                                         const PageRequest &page)
{
    auto r = sql::exec(
        m_db,
        "SELECT " DELIVERY_COLUMNS "FROM webhook_deliveries d JOIN apps a ON a.id = d.app_id "
        "WHERE a.owner_id = :owner AND (:app = '' OR d.app_id = :app) AND (:status = '' OR "
        "d.status = :status) AND (:type = '' OR d.event_type = :type) AND (:payment = '' OR "
        "d.payment_id = :payment) AND (:after = '' OR (d.created_at, d.id) < (SELECT created_at, "
        "id FROM webhook_deliveries WHERE id = :after)) ORDER BY d.created_at DESC, d.id DESC "
        "LIMIT :limit",
        {{"owner", ownerId},
         {"app", sql::text(q.appId)},
         {"status", sql::text(q.status)},
         {"type", sql::text(q.eventType)},
         {"payment", sql::text(q.paymentId)},
         {"after", sql::text(page.afterId)},
         {"limit", page.limit + 1}});
    if (!r)
        return r.error();
    Page<webhooks::Delivery> out;
    while (r->query().next())
        out.items.append(readDelivery(r->query()));
    out.hasMore = out.items.size() > page.limit;
    if (out.hasMore)
        out.items.removeLast();
    return out;
}

Result<QList<webhooks::Delivery>> WebhookRepository::queue(const QString &ownerId,
                                                           const QString &appId, int limit)
{
    auto r = sql::exec(m_db,
                       "SELECT " DELIVERY_COLUMNS "FROM webhook_deliveries d JOIN apps a ON "
                       "a.id = d.app_id WHERE a.owner_id = :owner AND (:app = '' OR d.app_id = "
                       ":app) AND d.status IN ('pending', 'paused') ORDER BY d.next_attempt_at "
                       "NULLS LAST, d.created_at LIMIT :limit",
                       {{"owner", ownerId}, {"app", sql::text(appId)}, {"limit", limit}});
    if (!r)
        return r.error();
    QList<webhooks::Delivery> out;
    while (r->query().next())
        out.append(readDelivery(r->query()));
    return out;
}

Result<std::optional<webhooks::Delivery>> WebhookRepository::find(const QString &ownerId,
                                                                  const QString &id)
{
    auto row = sql::one(m_db,
                        "SELECT " DELIVERY_COLUMNS "FROM webhook_deliveries d JOIN apps a ON "
                        "a.id = d.app_id WHERE d.id = :id AND a.owner_id = :owner",
                        {{"id", id}, {"owner", ownerId}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<webhooks::Delivery>();
    return std::optional<webhooks::Delivery>(readDelivery(**row));
}

Result<QList<webhooks::Attempt>> WebhookRepository::attempts(const QString &deliveryId)
{
    auto r = sql::exec(m_db,
                       "SELECT attempt, url, request_headers::text, coalesce(response_status, 0), "
                       "response_headers::text, response_body, latency_ms, error, manual, "
                       "created_at FROM webhook_attempts WHERE delivery_id = :id ORDER BY id",
                       {{"id", deliveryId}});
    if (!r)
        return r.error();
    QList<webhooks::Attempt> out;
    while (r->query().next()) {
        const QSqlQuery &q = r->query();
        out.append({q.value(0).toInt(), q.value(1).toString(), jsonAt(q, 2), q.value(3).toInt(),
                    jsonAt(q, 4), q.value(5).toString(), q.value(6).toInt(), q.value(7).toString(),
                    q.value(8).toBool(), timeAt(q, 9)});
    }
    return out;
}

Result<bool> WebhookRepository::retryNow(const QString &ownerId, const QString &id)
{
    return changedAny(sql::exec(
        m_db,
        "UPDATE webhook_deliveries d SET status = 'pending', next_attempt_at = now(), manual = "
        "true, updated_at = now() FROM apps a WHERE a.id = d.app_id AND d.id = :id AND "
        "a.owner_id = :owner",
        {{"id", id}, {"owner", ownerId}}));
}

Result<QList<webhooks::Endpoint>> WebhookRepository::endpoints(const QString &ownerId,
                                                               const QString &appId)
{
    auto r = sql::exec(
        m_db,
        "SELECT e.app_id, e.url, e.failing_since, e.last_success_at, e.last_failure_at, "
        "e.disabled_at, (SELECT count(*) FROM webhook_deliveries d WHERE d.app_id = e.app_id AND "
        "d.url = e.url AND d.status IN ('pending', 'paused')) FROM webhook_endpoints e JOIN apps "
        "a ON a.id = e.app_id WHERE a.owner_id = :owner AND (:app = '' OR e.app_id = :app) "
        "ORDER BY e.disabled_at DESC NULLS LAST, e.failing_since NULLS LAST, e.app_id, e.url",
        {{"owner", ownerId}, {"app", sql::text(appId)}});
    if (!r)
        return r.error();
    QList<webhooks::Endpoint> out;
    while (r->query().next()) {
        const QSqlQuery &q = r->query();
        out.append({q.value(0).toString(), q.value(1).toString(), timeAt(q, 2), timeAt(q, 3),
                    timeAt(q, 4), timeAt(q, 5), q.value(6).toInt()});
    }
    return out;
}

Result<bool> WebhookRepository::enable(const QString &ownerId, const QString &appId,
                                       const QString &url)
{
    auto enabled = changedAny(
        sql::exec(m_db,
                  "UPDATE webhook_endpoints e SET disabled_at = NULL, failing_since = NULL FROM "
                  "apps a WHERE a.id = e.app_id AND a.owner_id = :owner AND e.app_id = :app AND "
                  "e.url = :url",
                  {{"owner", ownerId}, {"app", appId}, {"url", url}}));
    if (!enabled || !*enabled)
        return enabled;
    auto resumed = sql::exec(m_db,
                             "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at "
                             "= now(), updated_at = now() WHERE app_id = :app AND url = :url AND "
                             "status = 'paused'",
                             {{"app", appId}, {"url", url}});
    if (!resumed)
        return resumed.error();
    return true;
}

} // namespace paydesk::server
