// Adding money through a provider (SPEC §4.2): a PENDING funding transaction that holds nothing
// yet plus the provider's checkout order, recorded together; the payment's confirmation (the
// provider's callback or the payer's verify) then credits the wallet once through
// OrderSettlement. Every movement goes through the ledger.
#pragma once

#include "ordersettlement.h"
#include "providerorder.h"

#include "domain/ledger/ledgertypes.h"
#include "result.h"

namespace paydesk::server {
class Database;
namespace ledger {
class LedgerService;
}
namespace wallet {
class WalletService;
}
} // namespace paydesk::server

namespace paydesk::server::funding {

struct FundingInput
{
    QString userId;
    qint64 amount = 0;
    QString currency; // optional: when given it must be the wallet's currency
    std::optional<ledger::IdempotencyClaim> idempotency;
};

struct Funding
{
    ledger::PostResult result;
    ProviderOrder order; // details.checkout_url is where the person pays
};

class FundingService
{
public:
    FundingService(ledger::LedgerService &ledger, wallet::WalletService &wallets,
                   OrderSettlement &settlement);

    // Errors: wallet_disabled, currency_mismatch, amount_below_minimum, limit_exceeded.
    Result<Funding> startFunding(const FundingInput &input);
    // The payer's confirmation of a successful payment: not_found unless the funding order is
    // theirs, invalid_signature unless the provider signed order and payment.
    Result<ledger::PostResult> confirm(const QString &userId, const QString &orderId,
                                       const QString &paymentId, const QString &signature);
    // A funding order as its hosted checkout page shows it (the order id is the capability).
    Result<ProviderOrder> checkoutOrder(const QString &orderId);

private:
    Result<Funding> existing(const ledger::PostResult &result);

    ledger::LedgerService &m_ledger;
    wallet::WalletService &m_wallets;
    OrderSettlement &m_settlement;
};

} // namespace paydesk::server::funding
