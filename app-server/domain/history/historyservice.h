// The rules of transaction history: which filters are valid (each error names its field), how
// people named in a filter become wallets, the default periods of summaries and charts (UTC),
// and how far a chart may reach. It only reads; it never moves money or writes a row.
#pragma once

#include "historytypes.h"

#include "domain/common/page.h"
#include "result.h"

namespace paydesk::server {
class Database;
}

namespace paydesk::server::history {

class HistoryService
{
public:
    // A chart has at most this many buckets (a year of days).
    static constexpr int kMaxBuckets = 366;

    explicit HistoryService(const Database &database);

    // The signed-in person's history: their wallet on either side, plus the typed filters.
    // `user` must be empty here. A counterparty with no wallet yields a filter that matches
    // nothing (never an error: the list does not tell who has an account).
    Result<HistoryFilter> userFilter(const QString &userId, const HistoryQueryText &text);
    // Everyone's transactions; `user` narrows to one person's wallet, and direction and
    // counterparty are relative to that person (so they need `user`).
    Result<HistoryFilter> adminFilter(const HistoryQueryText &text);

    Result<Page<HistoryItem>> list(const HistoryFilter &filter, const PageRequest &page);

    // Empty `from`/`to`: the bounds of the current UTC month.
    Result<Summary> summary(const QString &userId, const QString &from, const QString &to);
    // Empty `period`: day. Empty bounds: the last 30 days, 12 weeks or 12 months up to and
    // including the current one. More than kMaxBuckets buckets → validation_error.
    Result<Analytics> analytics(const QString &userId, const QString &period, const QString &from,
                                const QString &to);

    // A bound as the API takes it: "2024-05-01" (a UTC day) or an RFC 3339 date-time ("Z" or
    // an offset; none means UTC). A date-only upper bound means the end of that day, so
    // to=2024-05-31 includes all of 31 May. Empty → an invalid QDateTime (open).
    static Result<QDateTime> parseBound(const QString &text, const QString &field, bool upper);

private:
    Result<HistoryFilter> commonFilter(const HistoryQueryText &text);
    Result<QString> walletOfPerson(const QString &idOrEmail);

    const Database &m_database;
};

} // namespace paydesk::server::history
