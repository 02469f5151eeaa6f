// A person's wallet as the wallet API shows it, and who a transfer can reach.
#pragma once

#include <QDateTime>
#include <QString>

namespace paydesk::server::wallet {

struct Wallet
{
    QString id;
    QString userId;
    QString currency;
    QString status; // active, disabled
    qint64 balance = 0;
    qint64 minBalance = 0;
    qint64 perTransactionLimit = 0; // 0: the configured default applies
    qint64 dailyLimit = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Recipient
{
    QString userId;
    QString displayName;
    QString email;
    QString walletId;
    QString currency;
};

// The configured rules every wallet follows unless it has its own limits.
struct WalletSettings
{
    qint64 perTransactionLimit = 100'000'000; // 1,000,000.00 in a 2-decimal currency
    qint64 dailyLimit = 500'000'000;
    qint64 minTopUp = 1'000; // 10.00
    int maxNoteLength = 280;
};

} // namespace paydesk::server::wallet
