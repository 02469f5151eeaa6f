#include "walletrepository.h"

#include "ledgerrepository.h"
#include "sql.h"

namespace paydesk::server {

namespace {

#define WALLET_COLUMNS                                                                             \
    "id, user_id, currency, status, balance, coalesce(min_balance, 0), "                           \
    "coalesce(per_transaction_limit, 0), coalesce(daily_limit, 0), created_at, updated_at "

wallet::Wallet readWallet(const QSqlQuery &q)
{
    wallet::Wallet w;
    w.id = q.value(0).toString();
    w.userId = q.value(1).toString();
    w.currency = q.value(2).toString();
    w.status = q.value(3).toString();
    w.balance = q.value(4).toLongLong();
    w.minBalance = q.value(5).toLongLong();
    w.perTransactionLimit = q.value(6).toLongLong();
    w.dailyLimit = q.value(7).toLongLong();
    w.createdAt = q.value(8).toDateTime().toUTC();
    w.updatedAt = q.value(9).toDateTime().toUTC();
    return w;
}

Result<std::optional<wallet::Wallet>> oneWallet(Result<std::optional<sql::Row>> row)
{
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<wallet::Wallet>();
    return std::optional<wallet::Wallet>(readWallet(**row));
}

} // namespace

Result<std::optional<wallet::Wallet>> WalletRepository::findByUser(const QString &userId)
{
    return oneWallet(sql::one(m_db,
                              "SELECT " WALLET_COLUMNS
                              "FROM accounts WHERE user_id = :user AND kind = 'wallet' "
                              "ORDER BY created_at LIMIT 1",
                              {{"user", userId}}));
}

Result<std::optional<wallet::Wallet>>
WalletRepository::findByUserAndCurrency(const QString &userId, const QString &currency)
{
    return oneWallet(sql::one(m_db,
                              "SELECT " WALLET_COLUMNS
                              "FROM accounts WHERE user_id = :user AND kind = 'wallet' "
                              "AND currency = :currency",
                              {{"user", userId}, {"currency", currency}}));
}

Result<std::optional<wallet::Recipient>> WalletRepository::findRecipient(const QString &idOrEmail)
{
    auto row = sql::one(m_db,
                        "SELECT u.id, u.display_name, u.email, a.id, a.currency FROM users u "
                        "JOIN accounts a ON a.user_id = u.id AND a.kind = 'wallet' "
                        "WHERE u.id = :key OR u.email_normalized = lower(:key) LIMIT 1",
                        {{"key", idOrEmail}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<wallet::Recipient>();
    const QSqlQuery &q = **row;
    return std::optional<wallet::Recipient>(
        wallet::Recipient{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()});
}

Result<std::optional<wallet::Wallet>> WalletRepository::setStatus(const QString &userId,
                                                                  const QString &status)
{
    return oneWallet(sql::one(m_db,
                              "UPDATE accounts SET status = :status, updated_at = now() "
                              "WHERE user_id = :user AND kind = 'wallet' RETURNING " WALLET_COLUMNS,
                              {{"status", status}, {"user", userId}}));
}

Result<qint64> WalletRepository::debitsToday(const QString &walletId)
{
    return LedgerRepository(m_db).debitsToday(walletId);
}

} // namespace paydesk::server
