// SQL of provider orders and provider events: recording an order beside its pending ledger
// transaction, finishing it exactly once, and deduplicating provider callbacks by event id.
// Used inside the ledger's database transaction through its hooks.
#pragma once

#include "domain/funding/providerorder.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace paydesk::server {

class ProviderOrderRepository
{
public:
    explicit ProviderOrderRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<void> insert(const funding::ProviderOrder &order);
    Result<std::optional<funding::ProviderOrder>> find(const QString &orderId);
    Result<std::optional<funding::ProviderOrder>> findByTxn(const QString &txnId);
    // created → status (paid or failed) with the payment id; false when it was not open.
    Result<bool> finish(const QString &orderId, const QString &status, const QString &paymentId);
    // false when this provider event was seen before.
    Result<bool> recordEvent(const QString &provider, const QString &eventId);
    // Withdrawal orders of `provider` still waiting for their payout's outcome, oldest first.
    Result<QList<funding::ProviderOrder>> openPayouts(const QString &provider, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
