// SQL of transaction history: keyset pages of a wallet's (or everyone's) transactions with
// filters, and the per-period totals and time series of one wallet. Read-only; every statement
// is prepared with bound values and served by an index of migrations 0003/0004 (see the .cpp).
#pragma once

#include "domain/common/page.h"
#include "domain/history/historytypes.h"
#include "result.h"

#include <QSqlDatabase>

namespace paydesk::server {

class HistoryRepository
{
public:
    explicit HistoryRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Newest first by (created_at, id); seeks past the row `page.afterId`, so pages never skip
    // or repeat rows however many share a timestamp.
    Result<Page<history::HistoryItem>> list(const history::HistoryFilter &filter,
                                            const PageRequest &page);

    // The wallet's transactions of [from, to) grouped by direction, type and status.
    Result<QList<history::TotalsRow>> totals(const QString &walletId, const QDateTime &from,
                                             const QDateTime &to);

    // SUCCESS credits, debits and counts of [from, to) per UTC bucket that has any; the
    // caller fills in the empty buckets.
    Result<QList<history::SeriesPoint>> series(const QString &walletId, history::Period period,
                                               const QDateTime &from, const QDateTime &to);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
