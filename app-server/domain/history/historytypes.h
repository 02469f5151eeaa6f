// The vocabulary of transaction history: what a list is filtered by, what one row of it shows,
// and the totals and series of summaries and charts. Plain values; no SQL, no HTTP.
#pragma once

#include "domain/ledger/ledgertypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace paydesk::server::history {

enum class Direction { Any, In, Out };

// A validated filter. Text fields are empty when not filtering; times are invalid when open.
// `from` is inclusive and `to` exclusive: created_at >= from AND created_at < to.
struct HistoryFilter
{
    QString walletId; // the wallet whose history this is (either side); empty: every wallet
    QString type;
    QString status;
    Direction direction = Direction::Any;
    QDateTime from;
    QDateTime to;
    QString counterpartyWallet; // the other side's wallet (needs walletId)
    std::optional<qint64> minAmount;
    std::optional<qint64> maxAmount;
    QString text; // matched case-insensitively inside note and reference
    // A person named in the filter has no wallet: no transaction can match, nothing is queried.
    bool matchesNothing = false;
};

// A filter as the caller typed it, before validation and before people are resolved to wallets.
struct HistoryQueryText
{
    QString type;
    QString status;
    QString direction;
    QString from;
    QString to;
    QString counterparty; // user id or email
    QString minAmount;
    QString maxAmount;
    QString text;
    QString user; // admin only: user id or email whose wallet the history is about
};

// One row of a history: the transaction, and who is on each side.
struct HistoryItem
{
    ledger::Txn txn;
    Direction direction = Direction::Any; // In/Out when the history is about one wallet
    QString fromName;                     // display name of the sending wallet's owner, if any
    QString toName;
    QString counterpartyName() const { return direction == Direction::In ? fromName : toName; }
};

// Per direction, type and status: how many transactions and how much (minor units).
struct TotalsRow
{
    Direction direction = Direction::In;
    QString type;
    QString status;
    qint64 count = 0;
    qint64 amount = 0;
    qint64 fee = 0; // fees paid by this wallet (out only)
};

struct Flow
{
    qint64 total = 0;
    qint64 count = 0;
};

// A period's money in and out of one wallet: settled (SUCCESS) apart from pending.
struct Summary
{
    QString currency;
    QDateTime from;
    QDateTime to;
    Flow credits;
    Flow debits;
    qint64 fees = 0;
    Flow pendingCredits;
    Flow pendingDebits;
};

enum class Period { Day, Week, Month };

struct SeriesPoint
{
    QDateTime bucketStart; // UTC
    qint64 credits = 0;    // SUCCESS only
    qint64 debits = 0;
    qint64 count = 0; // SUCCESS transactions in the bucket
};

struct TypeTotals
{
    QString type;
    qint64 credits = 0; // SUCCESS only
    qint64 debits = 0;
    qint64 count = 0;
};

struct StatusTotals
{
    QString status;
    qint64 count = 0;
    qint64 amount = 0; // in and out together
};

struct Analytics
{
    QString currency;
    Period period = Period::Day;
    QDateTime from;
    QDateTime to;
    QList<SeriesPoint> series; // every bucket of [from, to), empty ones too, oldest first
    QList<TypeTotals> byType;
    QList<StatusTotals> byStatus;
};

} // namespace paydesk::server::history
