// Webhooks of merchants' apps (SPEC §4.3): what a status change queues (in its own database
// transaction), what the owner sees and does (delivery log, retry queue, attempts, retry by hand,
// test-send, endpoint health and re-enabling) and what the dispatcher reports back after each
// attempt (the retry schedule, endpoint health, disabling with a notice to the merchant).
#pragma once

#include "webhook.h"

#include "domain/common/page.h"
#include "domain/gateway/app.h"
#include "domain/gateway/payment.h"
#include "result.h"

#include <QSqlDatabase>

namespace paydesk::server {
class Database;
}

namespace paydesk::server::webhooks {

// The body of a payment event, as the gateway document shapes it, plus the Standard Webhooks
// `type` and `timestamp`. Built once; every retry sends these same bytes.
QByteArray paymentEventBody(const QString &eventType, const QString &eventId,
                            const gateway::Payment &payment, const QDateTime &at);

class WebhookService
{
public:
    WebhookService(const Database &database, WebhookSettings settings);

    const WebhookSettings &settings() const { return m_settings; }

    Result<Page<Delivery>> list(const QString &ownerId, const DeliveryQuery &query,
                                const PageRequest &page);
    Result<QList<Delivery>> queue(const QString &ownerId, const QString &appId, int limit);
    Result<Delivery> get(const QString &ownerId, const QString &deliveryId);
    Result<Delivery> retry(const QString &ownerId, const QString &deliveryId);
    // A webhook.test event to `url` (already checked by the caller) or the app's URL; `app` is
    // one the caller found for its owner (AppService::get).
    Result<Delivery> testSend(const gateway::App &app, const QString &url);
    Result<QList<Endpoint>> endpoints(const QString &ownerId, const QString &appId);
    Result<void> enable(const QString &ownerId, const QString &appId, const QString &url);

    // The dispatcher's side.
    Result<QList<DueDelivery>> leaseDue(int limit);
    Result<void> release(const QStringList &deliveryIds);
    // Logs each attempt; schedules the next one or gives up; keeps the endpoint's health. All
    // in one database transaction: the dispatcher hands over what finished together.
    Result<void> recordAttempts(const QList<std::pair<DueDelivery, Attempt>> &attempts);
    int leaseSeconds() const { return m_settings.timeoutMs / 1000 + 15; }

private:
    const Database &m_database;
    WebhookSettings m_settings;
};

} // namespace paydesk::server::webhooks
