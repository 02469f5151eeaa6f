#include "providerorderrepository.h"

#include "sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

#define ORDER_SELECT                                                                               \
    "SELECT o.id, o.provider, o.kind, o.txn_id, o.amount, o.currency, o.status, o.payment_id, "    \
    "o.details::text, coalesce(t.initiated_by, ''), "                                              \
    "coalesce(t.to_account, t.from_account, ''), o.created_at "                                    \
    "FROM provider_orders o JOIN ledger_transactions t ON t.id = o.txn_id "

funding::ProviderOrder readOrder(const QSqlQuery &q)
{
    funding::ProviderOrder o;
    o.id = q.value(0).toString();
    o.provider = q.value(1).toString();
    o.kind = q.value(2).toString();
    o.txnId = q.value(3).toString();
    o.amount = q.value(4).toLongLong();
    o.currency = q.value(5).toString();
    o.status = q.value(6).toString();
    o.paymentId = q.value(7).toString();
    o.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    o.userId = q.value(9).toString();
    o.walletId = q.value(10).toString();
    o.createdAt = q.value(11).toDateTime().toUTC();
    return o;
}

Result<std::optional<funding::ProviderOrder>> oneOrder(Result<std::optional<sql::Row>> row)
{
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<funding::ProviderOrder>();
    return std::optional<funding::ProviderOrder>(readOrder(**row));
}

} // namespace

Result<void> ProviderOrderRepository::insert(const funding::ProviderOrder &o)
{
    auto r = sql::exec(
        m_db,
        "INSERT INTO provider_orders (id, provider, kind, txn_id, amount, currency, status, "
        "details) VALUES (:id, :provider, :kind, :txn, :amount, :currency, 'created', "
        ":details::jsonb)",
        {{"id", o.id},
         {"provider", o.provider},
         {"kind", o.kind},
         {"txn", o.txnId},
         {"amount", o.amount},
         {"currency", o.currency},
         {"details", QString::fromUtf8(QJsonDocument(o.details).toJson(QJsonDocument::Compact))}});
    if (!r)
        return r.error();
    if (r->uniqueViolation)
        return Error::make(errc::kConflict, u"This provider order exists already."_s);
    return {};
}

Result<std::optional<funding::ProviderOrder>> ProviderOrderRepository::find(const QString &id)
{
    return oneOrder(sql::one(m_db, ORDER_SELECT "WHERE o.id = :id", {{"id", id}}));
}

Result<std::optional<funding::ProviderOrder>>
ProviderOrderRepository::findByTxn(const QString &txnId)
{
    return oneOrder(sql::one(m_db, ORDER_SELECT "WHERE o.txn_id = :txn", {{"txn", txnId}}));
}

Result<bool> ProviderOrderRepository::finish(const QString &orderId, const QString &status,
                                             const QString &paymentId)
{
    auto row = sql::one(m_db,
                        "UPDATE provider_orders SET status = :status, payment_id = :payment, "
                        "updated_at = now() WHERE id = :id AND status = 'created' RETURNING 1",
                        {{"status", status}, {"payment", sql::text(paymentId)}, {"id", orderId}});
    if (!row)
        return row.error();
    return row->has_value();
}

Result<bool> ProviderOrderRepository::recordEvent(const QString &provider, const QString &eventId)
{
    auto row = sql::one(m_db,
                        "INSERT INTO provider_events (provider, event_id) VALUES (:provider, "
                        ":event) ON CONFLICT DO NOTHING RETURNING 1",
                        {{"provider", provider}, {"event", eventId}});
    if (!row)
        return row.error();
    return row->has_value();
}

Result<QList<funding::ProviderOrder>> ProviderOrderRepository::openPayouts(const QString &provider,
                                                                           int limit)
{
    auto r = sql::exec(m_db,
                       ORDER_SELECT "WHERE o.kind = 'withdrawal' AND o.status = 'created' AND "
                                    "o.provider = :provider ORDER BY o.created_at LIMIT :limit",
                       {{"provider", provider}, {"limit", limit}});
    if (!r)
        return r.error();
    QList<funding::ProviderOrder> out;
    while (r->query().next())
        out.append(readOrder(r->query()));
    return out;
}

} // namespace paydesk::server
