// Paying a merchant's payment request from a person's wallet (SPEC §4.3): what the payer sees
// before paying, and the payment itself — PIN-checked, idempotent, and one ledger posting whose
// database transaction also moves the request PENDING -> SUCCESS (a guarded update) and writes
// its timeline entry and payment.success event. If the request is no longer payable when the
// posting reaches it, the whole posting rolls back: a request is paid at most once.
#pragma once

#include "payment.h"

#include "domain/ledger/ledgerservice.h"
#include "domain/ledger/ledgertypes.h"
#include "result.h"

#include <optional>
#include <variant>

namespace paydesk::server {
class Database;
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

namespace paydesk::server::gateway {

class PaymentService;

struct WalletPaymentSettings
{
    // The gateway's fee in basis points of the amount, kept from what the merchant receives
    // (the payer always pays the amount asked). Rounded down to the minor unit.
    int feeBps = 0;
};

// A payment request as its payer sees it, and whether this payer can pay it now.
struct Checkout
{
    Payment payment;
    QString merchantName;         // the app's name
    std::optional<Error> refusal; // why paying would be refused now (not checking the PIN)
};

struct WalletPayInput
{
    QString payerId;
    QString paymentId;
    QString pin;
    std::optional<ledger::IdempotencyClaim> idempotency;
};

struct WalletPaid
{
    Payment payment; // SUCCESS with transaction_id, with its timeline
    ledger::Txn txn;
    bool replayed = false; // an earlier request with the same Idempotency-Key paid it
};

class WalletPayments
{
public:
    WalletPayments(const Database &database, ledger::LedgerService &ledger,
                   identity::SecurityService &security, wallet::WalletService &wallets,
                   PaymentService &payments, WalletPaymentSettings settings);

    Result<Checkout> checkout(const QString &payerId, const QString &paymentId);
    // Errors: not_found, test_mode_payment, payment_final, payment_expired, self_payment,
    // currency_mismatch, limit_exceeded, insufficient_funds, wallet_disabled, invalid_pin,
    // pin_locked, pin_not_set, idempotency_key_reused.
    Result<WalletPaid> pay(const WalletPayInput &input);
    // The same without waiting for the posting's batch: `posted` gets the posting (or the
    // earlier one of a retried key) once committed, possibly on the committer's thread; the
    // caller reads the paid request with paid() on its own thread.
    void payLater(const WalletPayInput &input, ledger::LedgerService::PostCallback posted);
    // The payment request and transaction a posting paid, as pay() answers.
    Result<WalletPaid> paid(const ledger::PostResult &posted);

    // floor(amount × bps / 10000), exact for every non-negative qint64 amount.
    static qint64 feeFor(qint64 amount, int bps);

private:
    struct Plan;
    Result<Plan> plan(const QString &payerId, const QString &paymentId);
    Result<ledger::Posting> postingFor(const Plan &plan, const WalletPayInput &input);
    // The checks before money moves: the posting, or what the key already did.
    Result<std::variant<ledger::PostResult, ledger::Posting>> prepare(const WalletPayInput &input);

    const Database &m_database;
    ledger::LedgerService &m_ledger;
    identity::SecurityService &m_security;
    wallet::WalletService &m_wallets;
    PaymentService &m_payments;
    WalletPaymentSettings m_settings;
};

} // namespace paydesk::server::gateway
