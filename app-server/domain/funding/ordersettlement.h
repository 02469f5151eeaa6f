// Settles provider orders exactly once (SPEC §1.3, §4.2). A provider callback (its signature
// checked, its event id recorded in the settlement's own database transaction) or the payer's
// own confirmation moves the order's PENDING ledger transaction to SUCCESS or FAILED with the
// legs its kind implies. Whichever arrives first settles; every later one — a redelivered
// event, the other channel — moves nothing and is answered with the final transaction.
#pragma once

#include "providerorder.h"

#include "domain/ledger/ledgertypes.h"
#include "providers/paymentprovider.h"
#include "result.h"

#include <optional>

namespace paydesk::server {
class Database;
namespace ledger {
class LedgerService;
}
} // namespace paydesk::server

namespace paydesk::server::funding {

class OrderSettlement
{
public:
    OrderSettlement(const Database &database, ledger::LedgerService &ledger,
                    providers::PaymentProvider &provider);

    // A callback as received. invalid_signature unless the provider signed it (checked before
    // anything is looked up); not_found for an unknown order; a seen event id changes nothing.
    Result<ledger::PostResult> acceptCallback(const providers::ProviderCallback &callback);

    // Settles `order` as `status` (paymentstatus::kSuccess or kFailed). `eventId`, when given,
    // is recorded with the settlement, and an event seen before settles nothing.
    Result<ledger::PostResult> settle(const ProviderOrder &order, const QString &status,
                                      const QString &paymentId, const QString &eventId = {});

    Result<std::optional<ProviderOrder>> find(const QString &orderId) const;
    Result<std::optional<ProviderOrder>> findByTxn(const QString &txnId) const;
    // Withdrawal orders of this provider still waiting for their payout's outcome.
    Result<QList<ProviderOrder>> openPayouts(int limit) const;
    providers::PaymentProvider &provider() const { return m_provider; }

private:
    Result<QList<ledger::Leg>> legsFor(const ProviderOrder &order, bool success);

    const Database &m_database;
    ledger::LedgerService &m_ledger;
    providers::PaymentProvider &m_provider;
};

} // namespace paydesk::server::funding
