// What a merchant's live monitor follows over the WebSocket (SPEC §4.4): the payment events of
// one of their apps, or of one payment found by its id or the merchant's reference. Every call
// names the person asking; another merchant's app or payment is "not found", never "forbidden".
#pragma once

#include "payment.h"
#include "paymentservice.h"

#include "result.h"
#include "store/outboxrepository.h"

#include <QList>
#include <QString>

namespace paydesk::server {
class Database;
}

namespace paydesk::server::gateway {

class PaymentFeed
{
public:
    static constexpr int kMaxReplay = 1000; // payment events one subscribe replays at most
    static constexpr int kMaxMatches = 20;  // payments one tx_ref may match (one per app)

    PaymentFeed(const Database &database, const PaymentService &payments);

    // Ok when `userId` owns `appId`.
    Result<void> authorizeApp(const QString &userId, const QString &appId) const;
    // The app's payment events after the outbox sequence `after`, oldest first.
    Result<QList<StoredEvent>> appEventsAfter(const QString &appId, qint64 after) const;
    // `userId`'s payments whose id or reference is `txRef`; not_found when there is none.
    Result<QList<Payment>> paymentsByRef(const QString &userId, const QString &txRef) const;
    QString paymentUrl(const QString &paymentId) const;

private:
    const Database &m_database;
    const PaymentService &m_payments;
};

} // namespace paydesk::server::gateway
