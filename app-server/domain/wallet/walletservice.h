// A person's wallet: its state and limits, switching it on and off, and transfers between
// people (PIN-checked, idempotent, one ledger posting). Every movement goes through the ledger.
#pragma once

#include "wallet.h"

#include "domain/ledger/ledgerservice.h"
#include "domain/ledger/ledgertypes.h"
#include "result.h"

namespace paydesk::server {
class Database;
namespace identity {
class SecurityService;
}
} // namespace paydesk::server

namespace paydesk::server::wallet {

// A wallet with the limits that apply to it and what it has spent today.
struct WalletState
{
    Wallet wallet;
    qint64 perTransactionLimit = 0;
    qint64 dailyLimit = 0;
    qint64 spentToday = 0;
};

struct TransferInput
{
    QString userId;    // the sender
    QString recipient; // user id or email
    qint64 amount = 0;
    QString currency; // optional: when given it must be the wallets' currency
    QString note;
    QString pin;
    std::optional<ledger::IdempotencyClaim> idempotency;
};

class WalletService
{
public:
    WalletService(const Database &database, ledger::LedgerService &ledger,
                  identity::SecurityService &security, WalletSettings settings);

    Result<WalletState> state(const QString &userId);
    // `active` nullopt flips the status.
    Result<WalletState> setActive(const QString &userId, std::optional<bool> active);
    Result<ledger::PostResult> transfer(const TransferInput &input);
    // The same, answered through `done` once the posting committed (see LedgerService::postLater).
    void transferLater(const TransferInput &input, ledger::LedgerService::PostCallback done);

    const WalletSettings &settings() const { return m_settings; }
    qint64 perTransactionLimit(const Wallet &w) const;
    qint64 dailyLimit(const Wallet &w) const;

private:
    // A transfer checked and ready to post, or what its Idempotency-Key already did.
    struct PreparedTransfer
    {
        std::optional<ledger::PostResult> earlier;
        ledger::Posting posting;
    };
    Result<PreparedTransfer> prepareTransfer(const TransferInput &input);
    Result<Wallet> walletOf(const QString &userId);

    const Database &m_database;
    ledger::LedgerService &m_ledger;
    identity::SecurityService &m_security;
    WalletSettings m_settings;
};

} // namespace paydesk::server::wallet
