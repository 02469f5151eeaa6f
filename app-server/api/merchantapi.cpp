// /api/v1/merchant/...: what the merchant console shows of a merchant's own payments — KPIs,
// chart series, recent activity and the CSV export. JWT with the merchant role; every figure is
// of one mode (test or live) and of the caller's own apps only. Parse → MerchantStats → render.
#include "apideps.h"
#include "csv.h"
#include "pagination.h"
#include "queryparams.h"

#include "currency.h"
#include "domain/gateway/merchantstats.h"
#include "http/router.h"
#include "money.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

using gateway::MerchantScope;

constexpr int kCsvPageRows = 1000;

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// Checks the route's parameters and resolves mode and app_id into the caller's scope.
Result<MerchantScope> scopeOf(const ApiDeps &deps, const RequestContext &ctx,
                              const QStringList &allowed)
{
    const QUrlQuery q(ctx.request.url());
    if (auto known = onlyKnownParams(q, allowed); !known)
        return known.error();
    return deps.merchantStats->scope(ctx.principal.userId, paramValue(q, u"mode"_s),
                                     paramValue(q, u"app_id"_s));
}

QJsonObject scopeJson(const MerchantScope &s)
{
    return {{"mode"_L1, s.mode}, {"app_id"_L1, orNull(s.appId)}};
}

QJsonObject countsJson(const gateway::StatusCounts &c)
{
    return {{"PENDING"_L1, c.pending},
            {"SUCCESS"_L1, c.success},
            {"FAILED"_L1, c.failed},
            {"EXPIRED"_L1, c.expired}};
}

QJsonArray volumesJson(const QList<gateway::CurrencyVolume> &volumes)
{
    QJsonArray out;
    for (const gateway::CurrencyVolume &v : volumes)
        out.append(QJsonObject{
            {"currency"_L1, v.currency}, {"amount"_L1, v.amount}, {"count"_L1, v.count}});
    return out;
}

QJsonObject kpisJson(const gateway::MerchantKpis &k)
{
    QJsonObject o = scopeJson(k.scope);
    const bool rated = k.successRateBp >= 0;
    o.insert("as_of"_L1, time(k.asOf));
    o.insert("total_payments"_L1, k.counts.total());
    o.insert("by_status"_L1, countsJson(k.counts));
    o.insert("finished_payments"_L1, k.counts.finished());
    o.insert("success_rate_bp"_L1, rated ? QJsonValue(k.successRateBp) : QJsonValue());
    o.insert("success_rate"_L1, rated ? QJsonValue(k.successRateBp / 10000.0) : QJsonValue());
    o.insert("since_24h"_L1, time(k.since));
    o.insert("volume_24h"_L1, volumesJson(k.volume24h));
    o.insert("success_count_24h"_L1, k.successCount24h());
    o.insert("created_count_24h"_L1, k.createdCount24h);
    o.insert("active_apps"_L1, k.activeApps);
    return o;
}

std::optional<gateway::SeriesRange> rangeOf(const QString &text)
{
    if (text.isEmpty() || text == "24h"_L1)
        return gateway::SeriesRange::Hours24;
    if (text == "7d"_L1)
        return gateway::SeriesRange::Days7;
    if (text == "30d"_L1)
        return gateway::SeriesRange::Days30;
    return std::nullopt;
}

QJsonObject seriesJson(const gateway::MerchantSeries &s, const QString &rangeText)
{
    QJsonArray buckets;
    for (const gateway::SeriesBucket &b : s.buckets) {
        QJsonObject volume;
        for (const gateway::CurrencyVolume &v : b.volume)
            volume.insert(v.currency, v.amount);
        buckets.append(QJsonObject{{"start"_L1, time(b.start)},
                                   {"total"_L1, b.counts.total()},
                                   {"counts"_L1, countsJson(b.counts)},
                                   {"volume"_L1, volume}});
    }
    QJsonObject o = scopeJson(s.scope);
    o.insert("range"_L1, rangeText);
    o.insert("bucket"_L1, s.range == gateway::SeriesRange::Hours24 ? u"hour"_s : u"day"_s);
    o.insert("currency"_L1, orNull(s.currency));
    o.insert("from"_L1, time(s.from));
    o.insert("to"_L1, time(s.to));
    o.insert("currencies"_L1, QJsonArray::fromStringList(s.currencies));
    o.insert("buckets"_L1, buckets);
    return o;
}

Reply series(const ApiDeps &deps, const RequestContext &ctx)
{
    auto scope = scopeOf(deps, ctx, {u"mode"_s, u"app_id"_s, u"range"_s, u"currency"_s});
    if (!scope)
        return Reply::error(scope.error(), ctx.requestId);
    const QUrlQuery q(ctx.request.url());
    const QString rangeText =
        paramValue(q, u"range"_s).isEmpty() ? u"24h"_s : paramValue(q, u"range"_s);
    const auto range = rangeOf(rangeText);
    if (!range)
        return Reply::error(
            Error::make(errc::kValidation, u"range must be 24h, 7d or 30d."_s, u"range"_s),
            ctx.requestId);
    auto s = deps.merchantStats->series(*scope, *range, paramValue(q, u"currency"_s).toUpper());
    if (!s)
        return Reply::error(s.error(), ctx.requestId);
    return Reply::json(seriesJson(*s, rangeText));
}

QJsonObject activityJson(const gateway::PaymentActivity &a)
{
    return {{"payment_id"_L1, a.paymentId}, {"app_id"_L1, a.appId},
            {"app_name"_L1, a.appName},     {"status"_L1, a.status},
            {"notes"_L1, orNull(a.notes)},  {"amount"_L1, a.amount},
            {"currency"_L1, a.currency},    {"reference_id"_L1, a.referenceId},
            {"at"_L1, time(a.at)}};
}

Reply activity(const ApiDeps &deps, const RequestContext &ctx)
{
    auto scope = scopeOf(deps, ctx, {u"mode"_s, u"app_id"_s, u"limit"_s});
    if (!scope)
        return Reply::error(scope.error(), ctx.requestId);
    auto page = parsePageRequest(QUrlQuery(ctx.request.url()), 20, 100);
    if (!page)
        return Reply::error(page.error(), ctx.requestId);
    auto events = deps.merchantStats->activity(*scope, page->limit);
    if (!events)
        return Reply::error(events.error(), ctx.requestId);
    QJsonArray data;
    for (const gateway::PaymentActivity &a : *events)
        data.append(activityJson(a));
    QJsonObject o = scopeJson(*scope);
    o.insert("data"_L1, data);
    return Reply::json(o);
}

QString decimal(qint64 minor, const QString &code)
{
    // Exact integer formatting through Money; never a double.
    const auto currency = Currency::fromCode(code);
    return currency ? Money::fromMinor(minor, *currency).toString() : QString();
}

QString csvTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray csvHeader()
{
    return csv::row({u"id"_s, u"app_id"_s, u"app_name"_s, u"mode"_s, u"amount_minor"_s, u"amount"_s,
                     u"currency"_s, u"status"_s, u"reference_id"_s, u"description"_s,
                     u"created_at"_s, u"completed_at"_s, u"transaction_id"_s});
}

QByteArray csvRows(const QList<gateway::MerchantPayment> &items)
{
    QByteArray out;
    for (const gateway::MerchantPayment &item : items) {
        const gateway::Payment &p = item.payment;
        out += csv::row({p.id, p.appId, csv::freeText(item.appName), p.mode,
                         QString::number(p.amount), decimal(p.amount, p.currency), p.currency,
                         p.status, csv::freeText(p.referenceId), csv::freeText(p.description),
                         csvTime(p.createdAt), csvTime(p.completedAt), p.transactionId});
    }
    return out;
}

Reply paymentsCsv(const ApiDeps &deps, const RequestContext &ctx)
{
    auto scope =
        scopeOf(deps, ctx, {u"mode"_s, u"app_id"_s, u"status"_s, u"from"_s, u"to"_s, u"search"_s});
    if (!scope)
        return Reply::error(scope.error(), ctx.requestId);
    auto filters = paymentFilters(QUrlQuery(ctx.request.url()));
    if (!filters)
        return Reply::error(filters.error(), ctx.requestId);
    // The stats service lives as long as the listeners, which end every stream first.
    const gateway::MerchantStats *stats = deps.merchantStats;
    auto afterId = std::make_shared<QString>();
    auto nextPage = [stats, scope = *scope, filters = *filters, afterId]() -> Result<csv::Page> {
        auto page = stats->payments(scope, filters, PageRequest{kCsvPageRows, *afterId});
        if (!page)
            return page.error();
        if (!page->items.isEmpty())
            *afterId = page->items.constLast().payment.id;
        return csv::Page{csvRows(page->items), !page->hasMore || page->items.isEmpty()};
    };
    return csv::download(csvHeader(), std::move(nextPage), u"paydesk-payments-"_s + scope->mode,
                         ctx.requestId);
}

} // namespace

void registerMerchantRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Get, u"/api/v1/merchant/kpis"_s,
                u"The merchant's KPIs for one mode: totals by status, success rate, last 24 h."_s,
                BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    auto scope = scopeOf(deps, ctx, {u"mode"_s, u"app_id"_s});
                    if (!scope)
                        return Reply::error(scope.error(), ctx.requestId);
                    auto k = deps.merchantStats->kpis(*scope);
                    if (!k)
                        return Reply::error(k.error(), ctx.requestId);
                    return Reply::json(kpisJson(*k));
                },
                Access::Merchant});
    router.add({Method::Get, u"/api/v1/merchant/series"_s,
                u"Chart series: every hour (24h) or day (7d, 30d) with counts and volume."_s,
                BodyPolicy::None, [&deps](RequestContext &ctx) { return series(deps, ctx); },
                Access::Merchant});
    router.add({Method::Get, u"/api/v1/merchant/activity"_s,
                u"The newest payment status changes across the merchant's apps."_s,
                BodyPolicy::None, [&deps](RequestContext &ctx) { return activity(deps, ctx); },
                Access::Merchant});
    router.add({Method::Get, u"/api/v1/merchant/payments.csv"_s,
                u"The merchant's payments, filtered, as a streamed RFC 4180 CSV download."_s,
                BodyPolicy::None, [&deps](RequestContext &ctx) { return paymentsCsv(deps, ctx); },
                Access::Merchant});
}

} // namespace paydesk::server
