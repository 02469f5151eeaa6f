// SQL of webhook deliveries, their attempt log and the health of each endpoint. Deliveries are
// written inside the caller's transaction (beside the change they announce); the dispatcher
// leases due rows with FOR UPDATE SKIP LOCKED, so several nodes share the work and a row held
// by a node that died is taken again once its lease ends.
#pragma once

#include "domain/common/page.h"
#include "domain/webhooks/webhook.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace paydesk::server {

// What the dispatcher learned from one attempt, and what follows from it.
struct AttemptOutcome
{
    webhooks::Attempt attempt;
    std::optional<int> retryInSeconds; // when it failed: the next try, or nullopt to give up
};

class WebhookRepository
{
public:
    explicit WebhookRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // A delivery of `body` to `url`, or when empty to the app's default URL; nothing when the
    // app has none. Paused at once when that endpoint is disabled. Returns the delivery id or
    // an empty string.
    Result<QString> enqueue(const QString &eventId, const QString &appId, const QString &eventType,
                            const QString &paymentId, const QString &url, const QByteArray &body);

    // Leases up to `limit` due deliveries for `leaseSeconds`.
    Result<QList<webhooks::DueDelivery>> leaseDue(int limit, int leaseSeconds);
    // Gives leases back (a node stopping with attempts in flight).
    Result<void> releaseLeases(const QStringList &deliveryIds);

    // Logs the attempts and moves their deliveries on (delivered, retry later, failed), all in
    // one statement: (delivery id, outcome), each delivery at most once. Runs in the caller's
    // transaction with the endpoints' health below.
    Result<void> recordAttempts(const QList<std::pair<QString, AttemptOutcome>> &outcomes);
    // These endpoints (app id, url; each once) answered: healthy again, in one statement.
    Result<void> recordSuccesses(const QList<std::pair<QString, QString>> &endpoints);
    // Counts a failure of the endpoint; true when it disabled the endpoint just now (and paused
    // what waits for it).
    Result<bool> recordFailure(const QString &appId, const QString &url, int disableAfterSeconds);

    Result<Page<webhooks::Delivery>> list(const QString &ownerId, const webhooks::DeliveryQuery &q,
                                          const PageRequest &page);
    // Pending and paused deliveries of the owner's apps, the next due first.
    Result<QList<webhooks::Delivery>> queue(const QString &ownerId, const QString &appId,
                                            int limit);
    Result<std::optional<webhooks::Delivery>> find(const QString &ownerId, const QString &id);
    Result<QList<webhooks::Attempt>> attempts(const QString &deliveryId);
    // Due now, tried by hand; false when the owner has no such delivery.
    Result<bool> retryNow(const QString &ownerId, const QString &id);

    Result<QList<webhooks::Endpoint>> endpoints(const QString &ownerId, const QString &appId);
    // Re-enables a disabled endpoint and resumes its paused deliveries; false when unknown.
    Result<bool> enable(const QString &ownerId, const QString &appId, const QString &url);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
