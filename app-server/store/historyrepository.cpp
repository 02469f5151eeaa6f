#include "historyrepository.h"

#include "ledgerrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

using history::Direction;

// Every filter is written as "(:x is unset OR condition)". QPSQL prepares each statement afresh,
// so PostgreSQL plans it with the values known (a custom plan): the unset branches fold away and
// the remaining conditions reach the index — EXPLAIN in the report of the history work.
#define HISTORY_FILTERS                                                                            \
    " AND (:after = '' OR (t.created_at, t.id) < (SELECT a.created_at, a.id FROM "                 \
    "ledger_transactions a WHERE a.id = :after))"                                                  \
    " AND (:type = '' OR t.type = :type) AND (:status = '' OR t.status = :status)"                 \
    " AND (CAST(:from AS timestamptz) IS NULL OR t.created_at >= CAST(:from AS timestamptz))"      \
    " AND (CAST(:to AS timestamptz) IS NULL OR t.created_at < CAST(:to AS timestamptz))"           \
    " AND (CAST(:min AS bigint) IS NULL OR t.amount >= CAST(:min AS bigint))"                      \
    " AND (CAST(:max AS bigint) IS NULL OR t.amount <= CAST(:max AS bigint))"                      \
    " AND (:q = '' OR t.note ILIKE '%' || :q || '%' OR t.reference ILIKE '%' || :q || '%') "

#define HISTORY_ORDER " ORDER BY t.created_at DESC, t.id DESC LIMIT :limit"

// The page's rows with the names of both sides' owners, joined after the limit.
#define HISTORY_SELECT                                                                             \
    "SELECT h.id, h.type, h.status, h.currency, h.amount, h.fee, coalesce(h.from_account, ''), "   \
    "coalesce(h.to_account, ''), h.reference, h.note, h.metadata::text, "                          \
    "coalesce(h.initiated_by, ''), h.failure_reason, h.created_at, h.updated_at, h.dir, "          \
    "coalesce(fu.display_name, ''), coalesce(tu.display_name, '') FROM ("

#define HISTORY_NAMES                                                                              \
    ") h LEFT JOIN accounts fa ON fa.id = h.from_account LEFT JOIN users fu ON fu.id = "           \
    "fa.user_id "                                                                                  \
    "LEFT JOIN accounts ta ON ta.id = h.to_account LEFT JOIN users tu ON tu.id = ta.user_id "      \
    "ORDER BY h.created_at DESC, h.id DESC LIMIT :limit"

// One wallet, either side: two index-ordered scans (from_idx / to_idx, or the from_to / to_from
// indexes with a counterparty) merged, so a page reads about `limit` rows however long the
// history is. A transaction from the wallet to itself would be listed once, as "out".
constexpr auto kWalletPage = HISTORY_SELECT
    "(SELECT t.*, 'out' AS dir FROM ledger_transactions t WHERE :dir <> 'in' AND "
    "t.from_account = :wallet AND (:cp = '' OR t.to_account = :cp)" HISTORY_FILTERS HISTORY_ORDER
    ") UNION ALL (SELECT t.*, 'in' AS dir FROM "
    "ledger_transactions t WHERE :dir <> 'out' AND t.to_account = :wallet AND "
    "t.from_account IS DISTINCT FROM :wallet AND (:cp = '' OR t.from_account = "
    ":cp)" HISTORY_FILTERS HISTORY_ORDER ")" HISTORY_NAMES;

// Every wallet (the admin view): ledger_transactions_created_idx, or the status/type indexes.
constexpr auto kGlobalPage = HISTORY_SELECT
    "SELECT t.*, '' AS dir FROM ledger_transactions t WHERE true" HISTORY_FILTERS HISTORY_ORDER
        HISTORY_NAMES;

// One wallet's transactions of a period, each once, with its direction: range scans of the
// from/to indexes on (account, created_at).
#define WALLET_PERIOD                                                                              \
    "SELECT 'out' AS dir, type, status, amount, fee, created_at FROM ledger_transactions WHERE "   \
    "from_account = :wallet AND created_at >= CAST(:from AS timestamptz) AND created_at < "        \
    "CAST(:to AS timestamptz) UNION ALL SELECT 'in', type, status, amount, 0, created_at FROM "    \
    "ledger_transactions WHERE to_account = :wallet AND from_account IS DISTINCT FROM :wallet "    \
    "AND created_at >= CAST(:from AS timestamptz) AND created_at < CAST(:to AS timestamptz)"

// Sums are bigint: a sum past qint64 is an SQL error, never a wrap or a float.
constexpr auto kTotals =
    "SELECT dir, type, status, count(*), coalesce(sum(amount), 0)::bigint, "
    "coalesce(sum(fee), 0)::bigint FROM (" WALLET_PERIOD ") x GROUP BY dir, type, status "
    "ORDER BY dir, type, status";

constexpr auto kSeries =
    "SELECT extract(epoch FROM date_trunc(:period, created_at AT TIME ZONE 'UTC'))::bigint, "
    "coalesce(sum(amount) FILTER (WHERE dir = 'in'), 0)::bigint, "
    "coalesce(sum(amount) FILTER (WHERE dir = 'out'), 0)::bigint, count(*) FROM (" WALLET_PERIOD
    ") x WHERE status = 'SUCCESS' GROUP BY 1 ORDER BY 1";

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant amountOrNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QString directionText(Direction d)
{
    return d == Direction::In ? u"in"_s : d == Direction::Out ? u"out"_s : QString();
}

history::HistoryItem readItem(const QSqlQuery &q)
{
    history::HistoryItem item;
    item.txn = readTxnRow(q);
    const QString dir = q.value(15).toString();
    item.direction = dir == "in"_L1    ? Direction::In
                     : dir == "out"_L1 ? Direction::Out
                                       : Direction::Any;
    item.fromName = q.value(16).toString();
    item.toName = q.value(17).toString();
    return item;
}

QString periodText(history::Period p)
{
    return p == history::Period::Month  ? u"month"_s
           : p == history::Period::Week ? u"week"_s
                                        : u"day"_s;
}

} // namespace

Result<Page<history::HistoryItem>> HistoryRepository::list(const history::HistoryFilter &f,
                                                           const PageRequest &page)
{
    const bool oneWallet = !f.walletId.isEmpty();
    auto r = sql::exec(m_db, oneWallet ? kWalletPage : kGlobalPage,
                       {{"wallet", sql::text(f.walletId)},
                        {"dir", sql::text(directionText(f.direction))},
                        {"cp", sql::text(f.counterpartyWallet)},
                        {"after", sql::text(page.afterId)},
                        {"type", sql::text(f.type)},
                        {"status", sql::text(f.status)},
                        {"from", timeOrNull(f.from)},
                        {"to", timeOrNull(f.to)},
                        {"min", amountOrNull(f.minAmount)},
                        {"max", amountOrNull(f.maxAmount)},
                        {"q", sql::text(sql::likeEscaped(f.text))},
                        {"limit", page.limit + 1}});
    if (!r)
        return r.error();
    Page<history::HistoryItem> out;
    while (r->query().next())
        out.items.append(readItem(r->query()));
    out.hasMore = out.items.size() > page.limit;
    if (out.hasMore)
        out.items.removeLast();
    return out;
}

Result<QList<history::TotalsRow>>
HistoryRepository::totals(const QString &walletId, const QDateTime &from, const QDateTime &to)
{
    auto r = sql::exec(m_db, kTotals,
                       {{"wallet", walletId}, {"from", timeOrNull(from)}, {"to", timeOrNull(to)}});
    if (!r)
        return r.error();
    QList<history::TotalsRow> rows;
    while (r->query().next()) {
        const QSqlQuery &q = r->query();
        rows.append({q.value(0).toString() == "in"_L1 ? Direction::In : Direction::Out,
                     q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    return rows;
}

Result<QList<history::SeriesPoint>> HistoryRepository::series(const QString &walletId,
                                                              history::Period period,
                                                              const QDateTime &from,
                                                              const QDateTime &to)
{
    auto r = sql::exec(m_db, kSeries,
                       {{"period", periodText(period)},
                        {"wallet", walletId},
                        {"from", timeOrNull(from)},
                        {"to", timeOrNull(to)}});
    if (!r)
        return r.error();
    QList<history::SeriesPoint> points;
    while (r->query().next()) {
        const QSqlQuery &q = r->query();
        points.append({QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC),
                       q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return points;
}

} // namespace paydesk::server
