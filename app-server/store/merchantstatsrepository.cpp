#include "merchantstatsrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

// The owner's apps of the mode (or the one app asked for). payments.mode always equals its
// app's environment (a key has its app's mode); both are checked all the same.
#define MERCHANT_APPS                                                                              \
    "a.owner_id = :owner AND a.environment = :mode AND (:app = '' OR a.id = :app) "
#define MERCHANT_PAYMENTS                                                                          \
    "FROM apps a JOIN payments p ON p.app_id = a.id AND p.mode = :mode WHERE " MERCHANT_APPS

QDateTime utc(const QVariant &v)
{
    return v.isNull() ? QDateTime() : v.toDateTime().toUTC();
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t) : QVariant();
}

} // namespace

Result<QDateTime> MerchantStatsRepository::now()
{
    auto row = sql::one(m_db, "SELECT now()");
    if (!row)
        return row.error();
    return utc((*row)->value(0));
}

Result<std::optional<QString>> MerchantStatsRepository::appEnvironment(const QString &ownerId,
                                                                       const QString &appId)
{
    auto row = sql::one(m_db, "SELECT environment FROM apps WHERE id = :id AND owner_id = :owner",
                        {{"id", appId}, {"owner", ownerId}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>((*row)->value(0).toString());
}

Result<gateway::StatusCounts> MerchantStatsRepository::statusCounts(const gateway::MerchantScope &s)
{
    auto r = sql::exec(m_db, "SELECT p.status, count(*) " MERCHANT_PAYMENTS "GROUP BY p.status",
                       {{"owner", s.ownerId}, {"mode", s.mode}, {"app", sql::text(s.appId)}});
    if (!r)
        return r.error();
    gateway::StatusCounts out;
    while (r->query().next())
        out.add(r->query().value(0).toString(), r->query().value(1).toLongLong());
    return out;
}

// Sums are cast to bigint: a sum past qint64 is an SQL error, never a wrap or a float.
Result<QList<gateway::CurrencyVolume>>
MerchantStatsRepository::successVolume(const gateway::MerchantScope &s, const QDateTime &from,
                                       const QDateTime &to)
{
    auto r = sql::exec(m_db,
                       "SELECT p.currency, sum(p.amount)::bigint, count(*) " MERCHANT_PAYMENTS
                       "AND p.status = 'SUCCESS' AND p.completed_at >= :from AND "
                       "p.completed_at < :to GROUP BY p.currency ORDER BY p.currency",
                       {{"owner", s.ownerId},
                        {"mode", s.mode},
                        {"app", sql::text(s.appId)},
                        {"from", from},
                        {"to", to}});
    if (!r)
        return r.error();
    QList<gateway::CurrencyVolume> out;
    while (r->query().next())
        out.append({r->query().value(0).toString(), r->query().value(1).toLongLong(),
                    r->query().value(2).toLongLong()});
    return out;
}

Result<qint64> MerchantStatsRepository::createdCount(const gateway::MerchantScope &s,
                                                     const QDateTime &from, const QDateTime &to)
{
    auto row = sql::one(m_db,
                        "SELECT count(*) " MERCHANT_PAYMENTS
                        "AND p.created_at >= :from AND p.created_at < :to",
                        {{"owner", s.ownerId},
                         {"mode", s.mode},
                         {"app", sql::text(s.appId)},
                         {"from", from},
                         {"to", to}});
    if (!row)
        return row.error();
    return *row ? (*row)->value(0).toLongLong() : 0;
}

Result<qint64> MerchantStatsRepository::activeApps(const gateway::MerchantScope &s)
{
    auto row = sql::one(m_db, "SELECT count(*) FROM apps a WHERE " MERCHANT_APPS "AND a.active",
                        {{"owner", s.ownerId}, {"mode", s.mode}, {"app", sql::text(s.appId)}});
    if (!row)
        return row.error();
    return *row ? (*row)->value(0).toLongLong() : 0;
}

Result<QList<MerchantStatsRepository::BucketCount>>
MerchantStatsRepository::createdByBucket(const gateway::MerchantScope &s, const QString &unit,
                                         const QDateTime &from, const QDateTime &to,
                                         const QString &currency)
{
    auto r = sql::exec(
        m_db,
        "SELECT date_trunc(:unit, p.created_at, 'UTC'), p.status, count(*) " MERCHANT_PAYMENTS
        "AND p.created_at >= :from AND p.created_at < :to AND "
        "(:currency = '' OR p.currency = :currency) GROUP BY 1, 2",
        {{"unit", unit},
         {"owner", s.ownerId},
         {"mode", s.mode},
         {"app", sql::text(s.appId)},
         {"from", from},
         {"to", to},
         {"currency", sql::text(currency)}});
    if (!r)
        return r.error();
    QList<BucketCount> out;
    while (r->query().next())
        out.append({utc(r->query().value(0)), r->query().value(1).toString(),
                    r->query().value(2).toLongLong()});
    return out;
}

Result<QList<MerchantStatsRepository::BucketVolume>>
MerchantStatsRepository::volumeByBucket(const gateway::MerchantScope &s, const QString &unit,
                                        const QDateTime &from, const QDateTime &to,
                                        const QString &currency)
{
    auto r = sql::exec(m_db,
                       "SELECT date_trunc(:unit, p.completed_at, 'UTC'), p.currency, "
                       "sum(p.amount)::bigint, count(*) " MERCHANT_PAYMENTS
                       "AND p.status = 'SUCCESS' AND p.completed_at >= :from AND "
                       "p.completed_at < :to AND (:currency = '' OR p.currency = :currency) "
                       "GROUP BY 1, 2",
                       {{"unit", unit},
                        {"owner", s.ownerId},
                        {"mode", s.mode},
                        {"app", sql::text(s.appId)},
                        {"from", from},
                        {"to", to},
                        {"currency", sql::text(currency)}});
    if (!r)
        return r.error();
    QList<BucketVolume> out;
    while (r->query().next())
        out.append({utc(r->query().value(0)),
                    {r->query().value(1).toString(), r->query().value(2).toLongLong(),
                     r->query().value(3).toLongLong()}});
    return out;
}

// Each app's newest events come from payment_events_app_idx; the merge keeps the overall newest.
Result<QList<gateway::PaymentActivity>>
MerchantStatsRepository::activity(const gateway::MerchantScope &s, int limit)
{
    auto r = sql::exec(
        m_db,
        "SELECT e.id, e.payment_id, a.id, a.name, e.status, e.notes, p.amount, p.currency, "
        "p.reference_id, e.created_at FROM apps a CROSS JOIN LATERAL (SELECT id, payment_id, "
        "status, notes, created_at FROM payment_events WHERE app_id = a.id ORDER BY id DESC "
        "LIMIT :limit) e JOIN payments p ON p.id = e.payment_id AND p.mode = :mode "
        "WHERE " MERCHANT_APPS "ORDER BY e.id DESC LIMIT :limit",
        {{"limit", limit}, {"owner", s.ownerId}, {"mode", s.mode}, {"app", sql::text(s.appId)}});
    if (!r)
        return r.error();
    QList<gateway::PaymentActivity> out;
    while (r->query().next()) {
        const QSqlQuery &q = r->query();
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toString(),
                    utc(q.value(9))});
    }
    return out;
}

namespace {
gateway::MerchantPayment readExportRow(const QSqlQuery &q)
{
    gateway::MerchantPayment out;
    gateway::Payment &p = out.payment;
    p.id = q.value(0).toString();
    p.appId = q.value(1).toString();
    p.mode = q.value(2).toString();
    p.amount = q.value(3).toLongLong();
    p.currency = q.value(4).toString();
    p.status = q.value(5).toString();
    p.referenceId = q.value(6).toString();
    p.description = q.value(7).toString();
    p.createdAt = utc(q.value(8));
    p.completedAt = utc(q.value(9));
    p.transactionId = q.value(10).toString();
    out.appName = q.value(11).toString();
    return out;
}
} // namespace

// Keyset pages over several apps: each app's index yields at most one page past the cursor
// (LATERAL ... LIMIT), and the outer sort merges them, so a page costs apps × page rows however
// deep into the list it is. One statement per column and direction (statements are cached by
// their text); KEY is the column's sort key, CMP the keyset comparison (< for descending),
// ORDER the ORDER BY with the id last. Every KEY has a per-app index (migrations 0008, 0016).
#define PAGE_COLUMNS                                                                               \
    "SELECT p.id, p.app_id, p.mode, p.amount, p.currency, p.status, p.reference_id, "              \
    "p.description, p.created_at, p.completed_at, coalesce(p.transaction_id, ''), a.name "
#define PAGE_FILTERS                                                                               \
    "AND (:status = '' OR p.status = :status) AND "                                                \
    "(:from::timestamptz IS NULL OR p.created_at >= :from::timestamptz) AND "                      \
    "(:to::timestamptz IS NULL OR p.created_at < :to::timestamptz) AND (:search = '' OR "          \
    "p.id = :search_exact OR lower(p.reference_id) LIKE '%' || :search || '%' OR "                 \
    "lower(p.description) LIKE '%' || :search || '%') "
#define SORTED_PAGE(KEY, CMP, ORDER)                                                               \
    PAGE_COLUMNS "FROM apps a CROSS JOIN LATERAL (SELECT * FROM payments p WHERE p.app_id = a.id " \
                 "AND p.mode = :mode AND (:after = '' OR (" KEY ", p.id) " CMP " (SELECT " KEY     \
                 ", p.id FROM payments p WHERE p.id = :after)) " PAGE_FILTERS "ORDER BY " ORDER    \
                 " LIMIT :limit) p WHERE " MERCHANT_APPS "ORDER BY " ORDER " LIMIT :limit"
// By app name: the cursor's own app continues past the cursor (newest first), then the apps
// after it in name order each give at most a page.
#define APP_PAGE(CMP, DIR)                                                                         \
    PAGE_COLUMNS "FROM apps a CROSS JOIN LATERAL (SELECT * FROM payments p WHERE p.app_id = a.id " \
                 "AND p.mode = :mode AND (:after = '' OR (a.name, a.id) " CMP " (SELECT c.name, "  \
                 "c.id FROM payments x JOIN apps c ON c.id = x.app_id WHERE x.id = :after) OR "    \
                 "(a.id = (SELECT app_id FROM payments WHERE id = :after) AND (p.created_at, "     \
                 "p.id) < (SELECT created_at, id FROM payments WHERE id = :after))) " PAGE_FILTERS \
                 "ORDER BY p.created_at DESC, p.id DESC LIMIT :limit) p WHERE " MERCHANT_APPS      \
                 "ORDER BY a.name " DIR ", a.id " DIR                                              \
                 ", p.created_at DESC, p.id DESC LIMIT :limit"

namespace {

const char *pageStatement(const gateway::PaymentOrder &order)
{
    using Column = gateway::PaymentOrder::Column;
    const bool up = order.ascending;
    switch (order.column) {
    case Column::Created:
        break;
    case Column::Amount:
        return up ? SORTED_PAGE("p.currency, p.amount", ">", "p.currency, p.amount, p.id")
                  : SORTED_PAGE("p.currency, p.amount", "<",
                                "p.currency DESC, p.amount DESC, p.id DESC");
    case Column::Completed:
        return up ? SORTED_PAGE("coalesce(p.completed_at, '-infinity'::timestamptz)", ">",
                                "coalesce(p.completed_at, '-infinity'::timestamptz), p.id")
                  : SORTED_PAGE("coalesce(p.completed_at, '-infinity'::timestamptz)", "<",
                                "coalesce(p.completed_at, '-infinity'::timestamptz) DESC, "
                                "p.id DESC");
    case Column::Status:
        return up ? SORTED_PAGE("p.status, p.created_at", ">", "p.status, p.created_at, p.id")
                  : SORTED_PAGE("p.status, p.created_at", "<",
                                "p.status DESC, p.created_at DESC, p.id DESC");
    case Column::Reference:
        return up ? SORTED_PAGE("p.reference_id", ">", "p.reference_id, p.id")
                  : SORTED_PAGE("p.reference_id", "<", "p.reference_id DESC, p.id DESC");
    case Column::App:
        return up ? APP_PAGE(">", "ASC") : APP_PAGE("<", "DESC");
    }
    return up ? SORTED_PAGE("p.created_at", ">", "p.created_at, p.id")
              : SORTED_PAGE("p.created_at", "<", "p.created_at DESC, p.id DESC");
}

} // namespace

Result<Page<gateway::MerchantPayment>>
MerchantStatsRepository::payments(const gateway::MerchantScope &s, const gateway::PaymentQuery &q,
                                  const PageRequest &page, const gateway::PaymentOrder &order)
{
    auto r = sql::exec(m_db, pageStatement(order),
                       {{"mode", s.mode},
                        {"after", sql::text(page.afterId)},
                        {"status", sql::text(q.status)},
                        {"from", timeOrNull(q.from)},
                        {"to", timeOrNull(q.to)},
                        {"search", sql::text(sql::likeEscaped(q.search.toLower()))},
                        {"search_exact", sql::text(q.search)},
                        {"limit", page.limit + 1},
                        {"owner", s.ownerId},
                        {"app", sql::text(s.appId)}});
    if (!r)
        return r.error();
    Page<gateway::MerchantPayment> out;
    while (r->query().next())
        out.items.append(readExportRow(r->query()));
    out.hasMore = out.items.size() > page.limit;
    if (out.hasMore)
        out.items.removeLast();
    return out;
}

} // namespace paydesk::server
