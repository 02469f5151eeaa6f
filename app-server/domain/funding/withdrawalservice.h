// Withdrawing to a bank account (SPEC §4.2): the provider's banks and account look-up, and a
// PIN-checked, limit-checked PENDING withdrawal that holds the money at once (wallet → the
// withdrawal_holds account) and asks the provider for a payout. The payout's callback settles it
// through OrderSettlement: the hold goes to the provider, or back to the wallet on failure.
#pragma once

#include "providerorder.h"

#include "domain/ledger/ledgertypes.h"
#include "providers/paymentprovider.h"
#include "result.h"

namespace paydesk::server {
namespace identity {
class SecurityService;
}
namespace ledger {
class LedgerService;
}
namespace wallet {
class WalletService;
}
} // namespace paydesk::server

namespace paydesk::server::funding {

class OrderSettlement;

struct WithdrawalInput
{
    QString userId;
    qint64 amount = 0;
    QString bankCode;
    QString accountNumber;
    QString pin;
    QString note;
    std::optional<ledger::IdempotencyClaim> idempotency;
};

struct Withdrawal
{
    ledger::PostResult result;
    ProviderOrder order;
};

class WithdrawalService
{
public:
    WithdrawalService(ledger::LedgerService &ledger, wallet::WalletService &wallets,
                      identity::SecurityService &security, OrderSettlement &settlement);

    QList<providers::Bank> banks() const;
    Result<providers::BankAccount> resolveAccount(const QString &bankCode,
                                                  const QString &accountNumber) const;
    // Errors: validation_error (bank, account, note), wallet_disabled, limit_exceeded,
    // invalid_pin/pin_locked/pin_not_set, insufficient_funds.
    Result<Withdrawal> withdraw(const WithdrawalInput &input);
    // Asks the provider again for payouts whose outcome never arrived (a crash in between);
    // returns how many. The order id keeps a repeated payout from paying twice.
    Result<int> resumeOpenPayouts();

private:
    Result<Withdrawal> existing(const ledger::PostResult &result);
    providers::PaymentProvider &provider() const;

    ledger::LedgerService &m_ledger;
    wallet::WalletService &m_wallets;
    identity::SecurityService &m_security;
    OrderSettlement &m_settlement;
};

} // namespace paydesk::server::funding
