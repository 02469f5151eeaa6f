// /api/v1/wallet/history, /summary, /analytics, /history.csv and /api/v1/admin/transactions:
// who did what with whose money, filtered, paged, totalled and exported. Parse → HistoryService
// → render; the filter rules are in domain/history/, the SQL in store/historyrepository.cpp.
// The service only reads and holds nothing but the database handle, so the route table owns it.
#include "historyapi.h"
#include "apideps.h"
#include "pagination.h"
#include "queryparams.h"

#include "domain/ledger/txnjson.h"
#include "http/router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

using history::Direction;
using HistoryServicePtr = std::shared_ptr<history::HistoryService>;

const QStringList kFilterKeys = {u"type"_s,       u"status"_s,     u"direction"_s,
                                 u"from"_s,       u"to"_s,         u"counterparty"_s,
                                 u"min_amount"_s, u"max_amount"_s, u"q"_s};

QStringList withKeys(QStringList keys, const QStringList &more)
{
    keys += more;
    return keys;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject itemJson(const history::HistoryItem &item, bool admin)
{
    QJsonObject o = ledger::txnJson(item.txn);
    if (item.direction != Direction::Any) {
        o.insert("direction"_L1, item.direction == Direction::In ? u"in"_s : u"out"_s);
        o.insert("counterparty_name"_L1, orNull(item.counterpartyName()));
    }
    if (admin) {
        o.insert("from_name"_L1, orNull(item.fromName));
        o.insert("to_name"_L1, orNull(item.toName));
    }
    return o;
}

Reply listReply(history::HistoryService &service, const Result<history::HistoryFilter> &filter,
                const QUrlQuery &query, const RequestContext &ctx, bool admin)
{
    if (!filter)
        return Reply::error(filter.error(), ctx.requestId);
    auto page = parsePageRequest(query);
    if (!page)
        return Reply::error(page.error(), ctx.requestId);
    auto items = service.list(*filter, *page);
    if (!items)
        return Reply::error(items.error(), ctx.requestId);
    QJsonArray data;
    for (const history::HistoryItem &item : items->items)
        data.append(itemJson(item, admin));
    return Reply::json(
        pageJson(data, items->hasMore,
                 items->items.isEmpty() ? QString() : items->items.constLast().txn.id));
}

QJsonObject flowJson(const history::Flow &f)
{
    return {{"total"_L1, f.total}, {"count"_L1, f.count}};
}

QString when(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject summaryJson(const history::Summary &s)
{
    return {{"currency"_L1, s.currency},
            {"from"_L1, when(s.from)},
            {"to"_L1, when(s.to)},
            {"credits"_L1, flowJson(s.credits)},
            {"debits"_L1, flowJson(s.debits)},
            {"fees"_L1, s.fees},
            {"pending"_L1, QJsonObject{{"credits"_L1, flowJson(s.pendingCredits)},
                                       {"debits"_L1, flowJson(s.pendingDebits)}}}};
}

QJsonObject analyticsJson(const history::Analytics &a)
{
    QJsonArray series;
    for (const history::SeriesPoint &p : a.series)
        series.append(QJsonObject{{"bucket_start"_L1, when(p.bucketStart)},
                                  {"credits"_L1, p.credits},
                                  {"debits"_L1, p.debits},
                                  {"count"_L1, p.count}});
    QJsonArray byType;
    for (const history::TypeTotals &t : a.byType)
        byType.append(QJsonObject{{"type"_L1, t.type},
                                  {"credits"_L1, t.credits},
                                  {"debits"_L1, t.debits},
                                  {"count"_L1, t.count}});
    QJsonArray byStatus;
    for (const history::StatusTotals &s : a.byStatus)
        byStatus.append(
            QJsonObject{{"status"_L1, s.status}, {"count"_L1, s.count}, {"amount"_L1, s.amount}});
    const QString period = a.period == history::Period::Month  ? u"month"_s
                           : a.period == history::Period::Week ? u"week"_s
                                                               : u"day"_s;
    return {{"currency"_L1, a.currency}, {"period"_L1, period}, {"from"_L1, when(a.from)},
            {"to"_L1, when(a.to)},       {"series"_L1, series}, {"by_type"_L1, byType},
            {"by_status"_L1, byStatus}};
}

// The user's filter from the query, or the error naming the bad parameter.
Result<history::HistoryFilter> userFilter(history::HistoryService &service,
                                          const RequestContext &ctx, const QStringList &allowed)
{
    auto text = historyQueryText(QUrlQuery(ctx.request.url()), allowed);
    if (!text)
        return text.error();
    return service.userFilter(ctx.principal.userId, *text);
}

Result<history::HistoryFilter> adminFilter(history::HistoryService &service,
                                           const RequestContext &ctx, const QStringList &allowed)
{
    auto text = historyQueryText(QUrlQuery(ctx.request.url()), allowed);
    if (!text)
        return text.error();
    return service.adminFilter(*text);
}

// Reads the named parameters (fully decoded) of a period query; unknown ones are refused.
Result<QHash<QString, QString>> periodQuery(const RequestContext &ctx, const QStringList &allowed)
{
    auto text = historyQueryText(QUrlQuery(ctx.request.url()), allowed);
    if (!text)
        return text.error();
    const QUrlQuery query(ctx.request.url());
    QHash<QString, QString> values;
    for (const QString &key : allowed)
        values.insert(key, query.queryItemValue(key, QUrl::FullyDecoded));
    return values;
}

void registerUserRoutes(Router &router, HistoryServicePtr service)
{
    const QStringList listKeys = withKeys(kFilterKeys, {u"limit"_s, u"cursor"_s});
    router.add({Method::Get, u"/api/v1/wallet/history"_s,
                u"The signed-in person's transactions, newest first, filtered and paged."_s,
                BodyPolicy::None,
                [service, listKeys](RequestContext &ctx) {
                    return listReply(*service, userFilter(*service, ctx, listKeys),
                                     QUrlQuery(ctx.request.url()), ctx, false);
                },
                Access::User});
    router.add({Method::Get, u"/api/v1/wallet/history.csv"_s,
                u"The same filtered history as a streamed RFC 4180 CSV download."_s,
                BodyPolicy::None,
                [service](RequestContext &ctx) {
                    auto filter = userFilter(*service, ctx, kFilterKeys);
                    if (!filter)
                        return Reply::error(filter.error(), ctx.requestId);
                    return historyCsv(service, *filter, ctx.requestId);
                },
                Access::User});
    router.add({Method::Get, u"/api/v1/wallet/summary"_s,
                u"Settled credits and debits (totals and counts) of a period, pending apart."_s,
                BodyPolicy::None,
                [service](RequestContext &ctx) {
                    auto q = periodQuery(ctx, {u"from"_s, u"to"_s});
                    if (!q)
                        return Reply::error(q.error(), ctx.requestId);
                    auto s = service->summary(ctx.principal.userId, q->value(u"from"_s),
                                              q->value(u"to"_s));
                    if (!s)
                        return Reply::error(s.error(), ctx.requestId);
                    return Reply::json(QJsonObject{{"summary"_L1, summaryJson(*s)}});
                },
                Access::User});
    router.add({Method::Get, u"/api/v1/wallet/analytics"_s,
                u"Chart series by day, week or month, with totals by type and by status."_s,
                BodyPolicy::None,
                [service](RequestContext &ctx) {
                    auto q = periodQuery(ctx, {u"period"_s, u"from"_s, u"to"_s});
                    if (!q)
                        return Reply::error(q.error(), ctx.requestId);
                    auto a = service->analytics(ctx.principal.userId, q->value(u"period"_s),
                                                q->value(u"from"_s), q->value(u"to"_s));
                    if (!a)
                        return Reply::error(a.error(), ctx.requestId);
                    return Reply::json(QJsonObject{{"analytics"_L1, analyticsJson(*a)}});
                },
                Access::User});
}

} // namespace

Result<history::HistoryQueryText> historyQueryText(const QUrlQuery &query,
                                                   const QStringList &allowed)
{
    if (auto known = onlyKnownParams(query, allowed); !known)
        return known.error();
    const auto v = [&query](const QString &key) {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    };
    return history::HistoryQueryText{
        v(u"type"_s),         v(u"status"_s),     v(u"direction"_s),  v(u"from"_s), v(u"to"_s),
        v(u"counterparty"_s), v(u"min_amount"_s), v(u"max_amount"_s), v(u"q"_s),    v(u"user"_s)};
}

void registerHistoryRoutes(Router &router, const ApiDeps &deps)
{
    auto service = std::make_shared<history::HistoryService>(deps.database);
    registerUserRoutes(router, service);
    const QStringList adminKeys = withKeys(kFilterKeys, {u"user"_s, u"limit"_s, u"cursor"_s});
    router.add({Method::Get, u"/api/v1/admin/transactions"_s,
                u"Everyone's transactions, newest first, with the history filters plus user."_s,
                BodyPolicy::None,
                [service, adminKeys](RequestContext &ctx) {
                    return listReply(*service, adminFilter(*service, ctx, adminKeys),
                                     QUrlQuery(ctx.request.url()), ctx, true);
                },
                Access::Admin});
}

} // namespace paydesk::server
