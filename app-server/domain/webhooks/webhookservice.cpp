#include "webhookservice.h"

#include "ids.h"
#include "jsonvalues.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/webhookrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paydesk::server::webhooks {

namespace {

using json::textOrNull;
using json::time;

Error noDelivery()
{
    return Error::make(errc::kNotFound, u"No such webhook delivery."_s);
}

Result<void> validate(const DeliveryQuery &q)
{
    static const QStringList kStatuses = {u"pending"_s, u"delivered"_s, u"failed"_s, u"paused"_s};
    if (!q.status.isEmpty() && !kStatuses.contains(q.status))
        return Error::make(errc::kValidation,
                           u"status must be pending, delivered, failed or paused."_s, u"status"_s);
    static const QStringList kTypes = {u"payment.created"_s, u"payment.success"_s,
                                       u"payment.failed"_s, u"payment.expired"_s,
                                       u"webhook.test"_s};
    if (!q.eventType.isEmpty() && !kTypes.contains(q.eventType))
        return Error::make(errc::kValidation, u"event_type is not an event Paydesk sends."_s,
                           u"event_type"_s);
    return {};
}

} // namespace

QByteArray paymentEventBody(const QString &eventType, const QString &eventId,
                            const gateway::Payment &p, const QDateTime &at)
{
    const QJsonObject body{{"type"_L1, eventType},
                           {"timestamp"_L1, time(at)},
                           {"event"_L1, eventType},
                           {"event_id"_L1, eventId},
                           {"app_id"_L1, p.appId},
                           {"mode"_L1, p.mode},
                           {"payment_id"_L1, p.id},
                           {"status"_L1, p.status},
                           {"amount"_L1, p.amount},
                           {"currency"_L1, p.currency},
                           {"reference_id"_L1, p.referenceId},
                           {"description"_L1, p.description},
                           {"transaction_id"_L1, textOrNull(p.transactionId)},
                           {"notes"_L1, textOrNull(p.notes)},
                           {"created_at"_L1, time(p.createdAt)},
                           {"expires_at"_L1, time(p.expiresAt)},
                           {"completed_at"_L1, time(p.completedAt)},
                           {"metadata"_L1, p.metadata}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

WebhookService::WebhookService(const Database &database, WebhookSettings settings)
    : m_database(database)
    , m_settings(std::move(settings))
{}

Result<Page<Delivery>> WebhookService::list(const QString &ownerId, const DeliveryQuery &query,
                                            const PageRequest &page)
{
    if (auto r = validate(query); !r)
        return r.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return WebhookRepository(*db).list(ownerId, query, page);
}

Result<QList<Delivery>> WebhookService::queue(const QString &ownerId, const QString &appId,
                                              int limit)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return WebhookRepository(*db).queue(ownerId, appId, limit);
}

Result<Delivery> WebhookService::get(const QString &ownerId, const QString &deliveryId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    WebhookRepository repo(*db);
    auto found = repo.find(ownerId, deliveryId);
    if (!found)
        return found.error();
    if (!*found)
        return noDelivery();
    auto log = repo.attempts(deliveryId);
    if (!log)
        return log.error();
    Delivery d = **found;
    d.log = *log;
    return d;
}

Result<Delivery> WebhookService::retry(const QString &ownerId, const QString &deliveryId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto done = WebhookRepository(*db).retryNow(ownerId, deliveryId);
    if (!done)
        return done.error();
    if (!*done)
        return noDelivery();
    return get(ownerId, deliveryId);
}

Result<Delivery> WebhookService::testSend(const gateway::App &app, const QString &url)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (url.isEmpty() && app.webhookUrl.isEmpty())
        return Error::make(errc::kValidation,
                           u"The app has no webhook URL; give one to test-send to."_s, u"url"_s);
    const QString eventId = ids::make(u"evt");
    const QJsonObject body{
        {"type"_L1, u"webhook.test"_s},
        {"timestamp"_L1, time(QDateTime::currentDateTimeUtc())},
        {"event"_L1, u"webhook.test"_s},
        {"event_id"_L1, eventId},
        {"app_id"_L1, app.id},
        {"mode"_L1, app.environment},
        {"message"_L1, u"A test event from Paydesk: your endpoint is reachable."_s}};
    auto id = WebhookRepository(*db).enqueue(eventId, app.id, u"webhook.test"_s, {}, url,
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!id)
        return id.error();
    return get(app.ownerId, *id);
}

Result<QList<Endpoint>> WebhookService::endpoints(const QString &ownerId, const QString &appId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return WebhookRepository(*db).endpoints(ownerId, appId);
}

Result<void> WebhookService::enable(const QString &ownerId, const QString &appId,
                                    const QString &url)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    auto enabled = WebhookRepository(*db).enable(ownerId, appId, url);
    if (!enabled)
        return enabled.error();
    if (!*enabled)
        return Error::make(errc::kNotFound, u"No such webhook endpoint for this app."_s, u"url"_s);
    return tx.commit();
}

Result<QList<DueDelivery>> WebhookService::leaseDue(int limit)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return WebhookRepository(*db).leaseDue(limit, leaseSeconds());
}

Result<void> WebhookService::release(const QStringList &deliveryIds)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return WebhookRepository(*db).releaseLeases(deliveryIds);
}

Result<void> WebhookService::recordAttempts(const QList<std::pair<DueDelivery, Attempt>> &attempts)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    WebhookRepository repo(*db);
    // Not waited for on disk (one fsync per attempt capped the dispatcher near 200/s): a crash
    // that loses these records leaves the deliveries leased, and they are sent again when the
    // leases run out. Receivers already dedupe by webhook-id (at least once, SPEC §4.3).
    Transaction tx(*db, Transaction::Redoable);
    QList<std::pair<QString, AttemptOutcome>> outcomes;
    // Each endpoint's health once per batch, as if its attempts were recorded one by one: any
    // answer makes it healthy, and a failure after its last answer starts (or goes on) failing.
    using Endpoint = std::pair<QString, QString>; // app id, url
    QList<Endpoint> answered;
    QHash<Endpoint, const std::pair<DueDelivery, Attempt> *> last;
    for (const auto &entry : attempts) {
        const auto &[delivery, attempt] = entry;
        AttemptOutcome outcome{attempt, {}};
        if (!attempt.succeeded() && attempt.retryable)
            outcome.retryInSeconds = retryDelaySeconds(attempt.number, m_settings.retrySchedule);
        outcomes.append({delivery.id, outcome});
        const Endpoint endpoint{delivery.appId, delivery.url};
        if (attempt.succeeded() && !answered.contains(endpoint))
            answered.append(endpoint);
        last.insert(endpoint, &entry);
    }
    if (auto r = repo.recordAttempts(outcomes); !r)
        return r.error();
    if (auto r = repo.recordSuccesses(answered); !r)
        return r.error();
    for (const auto *entry : std::as_const(last)) {
        const auto &[d, attempt] = *entry;
        if (attempt.succeeded())
            continue;
        auto disabled = repo.recordFailure(d.appId, d.url, m_settings.disableAfterSeconds);
        if (!disabled)
            return disabled.error();
        if (!*disabled)
            continue;
        auto told = OutboxRepository(*db).append(
            u"webhook.endpoint_disabled"_s, d.ownerId,
            {{"event"_L1, u"webhook.endpoint_disabled"_s},
             {"app_id"_L1, d.appId},
             {"url"_L1, d.url},
             {"reason"_L1, u"The endpoint kept failing for %1 seconds; its deliveries are "
                           "paused until it is re-enabled."_s.arg(m_settings.disableAfterSeconds)},
             {"last_error"_L1,
              attempt.error.isEmpty() ? u"HTTP %1"_s.arg(attempt.responseStatus) : attempt.error}});
        if (!told)
            return told.error();
    }
    return tx.commit();
}

} // namespace paydesk::server::webhooks
