// SQL of payment requests: the only place their status changes, always PENDING -> final with
// a guarded UPDATE, recorded in payment_events.
#pragma once

#include "domain/common/page.h"
#include "domain/gateway/payment.h"
#include "domain/ledger/ledgertypes.h"
#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace paydesk::server {

class PaymentRepository
{
public:
    explicit PaymentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // False (no error) when the app already has a payment with this reference.
    Result<bool> insert(gateway::Payment &payment, int expiryMinutes);
    Result<std::optional<gateway::Payment>> find(const QString &id, const QString &appId,
                                                 const QString &mode);
    Result<QList<gateway::PaymentEvent>> timeline(const QString &id);
    // Any payment by id with its app's name, for the public payment page.
    Result<std::optional<std::pair<gateway::Payment, QString>>> findPublic(const QString &id);
    Result<Page<gateway::Payment>> list(const QString &appId, const QString &mode,
                                        const gateway::PaymentQuery &query,
                                        const PageRequest &page);
    // PENDING (and not yet due) -> `status`; empty when the payment was not in that state.
    Result<std::optional<gateway::Payment>> finish(const QString &id, const QString &appId,
                                                   const QString &status, const QString &notes);
    // PENDING (and not yet due) -> SUCCESS paid by ledger transaction `txnId`, in the caller's
    // transaction; empty when the payment was not payable any more (paid, failed, expired).
    Result<std::optional<gateway::Payment>> markPaid(const QString &id, const QString &txnId);
    // The status as the caller's transaction sees it now; empty when there is no such payment.
    Result<std::optional<gateway::Payment>> findById(const QString &id);
    // The payments of `ownerId`'s apps whose id or reference is `ref` (a reference is unique per
    // app, so at most one per app), newest first.
    Result<QList<gateway::Payment>> findByRefForOwner(const QString &ref, const QString &ownerId,
                                                      int limit);
    // Overdue PENDING payments -> EXPIRED, at most `limit`, skipping rows other nodes hold.
    Result<QList<gateway::Payment>> expireDue(int limit);
    Result<QString> ownerOfApp(const QString &appId);
    // A status change of `p` (paymentsql::kAnnounce): its timeline entry, the outbox event
    // `eventId` of type `eventType` for `ownerId` with `payload`, and webhook delivery
    // `deliveryId` carrying `body` (when the payment or its app has a webhook URL).
    struct Announcement
    {
        QString eventType;
        QString eventId;
        QString ownerId;
        QJsonObject payload;
        QString deliveryId;
        QByteArray body;
    };
    Result<void> announce(const gateway::Payment &p, const Announcement &a);

    // An Idempotency-Key claimed for a payment, in the caller's transaction.
    Result<bool> claim(const ledger::IdempotencyClaim &claim, const QString &paymentId);
    Result<std::optional<QString>> claimedPayment(const ledger::IdempotencyClaim &claim);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
