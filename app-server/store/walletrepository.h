// SQL of wallets as their owners see them: the wallet account of a user, its status and limits,
// and finding a transfer's recipient.
#pragma once

#include "domain/wallet/wallet.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace paydesk::server {

class WalletRepository
{
public:
    explicit WalletRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<wallet::Wallet>> findByUser(const QString &userId);
    // The user's wallet in this currency (a person has at most one per currency).
    Result<std::optional<wallet::Wallet>> findByUserAndCurrency(const QString &userId,
                                                                const QString &currency);
    // By user id (usr_...) or by email, case-insensitively.
    Result<std::optional<wallet::Recipient>> findRecipient(const QString &idOrEmail);
    Result<std::optional<wallet::Wallet>> setStatus(const QString &userId, const QString &status);
    Result<qint64> debitsToday(const QString &walletId);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
