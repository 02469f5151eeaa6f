#include "merchantstats.h"

#include "currency.h"
#include "ids.h"
#include "store/database.h"
#include "store/merchantstatsrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::server::gateway {

namespace {

const QStringList kStatuses = {u"PENDING"_s, u"SUCCESS"_s, u"FAILED"_s, u"EXPIRED"_s};

struct RangeShape
{
    QString unit; // date_trunc's unit
    qint64 stepSecs = 0;
    int buckets = 0;
};

RangeShape shapeOf(SeriesRange range)
{
    switch (range) {
    case SeriesRange::Hours24:
        return {u"hour"_s, 3600, 24};
    case SeriesRange::Days7:
        return {u"day"_s, 86400, 7};
    case SeriesRange::Days30:
        return {u"day"_s, 86400, 30};
    }
    return {u"hour"_s, 3600, 24};
}

// The start of the UTC hour or day holding `t`.
QDateTime truncated(const QDateTime &t, qint64 stepSecs)
{
    const qint64 secs = t.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs - secs % stepSecs, Qt::UTC);
}

// The series skeleton: every bucket of the window, zero counts, zero volume per currency.
QList<SeriesBucket> emptyBuckets(const QDateTime &from, const RangeShape &shape,
                                 const QStringList &currencies)
{
    QList<SeriesBucket> out;
    out.reserve(shape.buckets);
    for (int i = 0; i < shape.buckets; ++i) {
        SeriesBucket b;
        b.start = from.addSecs(i * shape.stepSecs);
        for (const QString &c : currencies)
            b.volume.append({c, 0, 0});
        out.append(b);
    }
    return out;
}

Result<void> fillSeries(MerchantStatsRepository &repo, MerchantSeries &series,
                        const RangeShape &shape)
{
    auto counts =
        repo.createdByBucket(series.scope, shape.unit, series.from, series.to, series.currency);
    auto volumes =
        repo.volumeByBucket(series.scope, shape.unit, series.from, series.to, series.currency);
    if (!counts || !volumes)
        return !counts ? counts.error() : volumes.error();
    if (series.currency.isEmpty()) {
        for (const auto &v : *volumes)
            if (!series.currencies.contains(v.volume.currency))
                series.currencies.append(v.volume.currency);
        std::sort(series.currencies.begin(), series.currencies.end());
    } else {
        series.currencies = {series.currency};
    }
    series.buckets = emptyBuckets(series.from, shape, series.currencies);
    const auto indexOf = [&](const QDateTime &bucket) {
        const qint64 i = series.from.secsTo(bucket) / shape.stepSecs;
        return i >= 0 && i < series.buckets.size() ? int(i) : -1;
    };
    for (const auto &c : *counts)
        if (const int i = indexOf(c.bucket); i >= 0)
            series.buckets[i].counts.add(c.status, c.count);
    for (const auto &v : *volumes) {
        const int i = indexOf(v.bucket);
        const qsizetype k = series.currencies.indexOf(v.volume.currency);
        if (i >= 0 && k >= 0)
            series.buckets[i].volume[k] = v.volume;
    }
    return {};
}

} // namespace

bool StatusCounts::add(const QString &status, qint64 n)
{
    qint64 *slot = status == "PENDING"_L1   ? &pending
                   : status == "SUCCESS"_L1 ? &success
                   : status == "FAILED"_L1  ? &failed
                   : status == "EXPIRED"_L1 ? &expired
                                            : nullptr;
    if (slot)
        *slot += n;
    return slot != nullptr;
}

qint64 MerchantKpis::successCount24h() const
{
    qint64 n = 0;
    for (const CurrencyVolume &v : volume24h)
        n += v.count;
    return n;
}

MerchantStats::MerchantStats(const Database &database)
    : m_database(database)
{}

int MerchantStats::successRateBp(const StatusCounts &c)
{
    const qint64 finished = c.finished();
    if (finished <= 0)
        return -1;
    // Half up in integers. Counts stay far below qint64 max / 20000 (4.6e14 payments).
    return int((c.success * 20000 + finished) / (finished * 2));
}

Result<MerchantScope> MerchantStats::scope(const QString &ownerId, const QString &mode,
                                           const QString &appId) const
{
    if (!mode.isEmpty() && mode != "test"_L1 && mode != "live"_L1)
        return Error::make(errc::kValidation, u"mode must be test or live."_s, u"mode"_s);
    if (!appId.isEmpty() && !ids::isValid(appId, u"app"))
        return Error::make(errc::kValidation, u"app_id is not an app id (app_...)."_s, u"app_id"_s);
    MerchantScope out{ownerId, mode.isEmpty() ? u"live"_s : mode, appId};
    if (appId.isEmpty())
        return out;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto environment = MerchantStatsRepository(*db).appEnvironment(ownerId, appId);
    if (!environment)
        return environment.error();
    if (!*environment)
        return Error::make(errc::kNotFound, u"No such app."_s, u"app_id"_s);
    if (!mode.isEmpty() && **environment != mode)
        return Error::make(errc::kValidation,
                           u"%1 is a %2 app; ask with mode=%2."_s.arg(appId, **environment),
                           u"mode"_s);
    out.mode = **environment;
    return out;
}

Result<MerchantKpis> MerchantStats::kpis(const MerchantScope &scope) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db, Transaction::RepeatableReadOnly); // one snapshot for every figure
    MerchantStatsRepository repo(*db);
    MerchantKpis k;
    k.scope = scope;
    auto now = repo.now();
    if (!now)
        return now.error();
    k.asOf = *now;
    k.since = k.asOf.addSecs(-24 * 3600);
    auto counts = repo.statusCounts(scope);
    auto volume = repo.successVolume(scope, k.since, k.asOf);
    auto created = repo.createdCount(scope, k.since, k.asOf);
    auto apps = repo.activeApps(scope);
    if (!counts || !volume || !created || !apps)
        return !counts    ? counts.error()
               : !volume  ? volume.error()
               : !created ? created.error()
                          : apps.error();
    k.counts = *counts;
    k.successRateBp = successRateBp(k.counts);
    k.volume24h = *volume;
    k.createdCount24h = *created;
    k.activeApps = *apps;
    if (auto r = tx.commit(); !r)
        return r.error();
    return k;
}

Result<MerchantSeries> MerchantStats::series(const MerchantScope &scope, SeriesRange range,
                                             const QString &currency) const
{
    if (!currency.isEmpty() && !Currency::fromCode(currency))
        return Error::make(errc::kUnknownCurrency, u"Unknown currency %1."_s.arg(currency),
                           u"currency"_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db, Transaction::RepeatableReadOnly);
    MerchantStatsRepository repo(*db);
    auto now = repo.now();
    if (!now)
        return now.error();
    const RangeShape shape = shapeOf(range);
    MerchantSeries s;
    s.scope = scope;
    s.range = range;
    s.currency = currency;
    s.to = truncated(*now, shape.stepSecs).addSecs(shape.stepSecs);
    s.from = s.to.addSecs(-shape.stepSecs * shape.buckets);
    if (auto r = fillSeries(repo, s, shape); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return s;
}

Result<QList<PaymentActivity>> MerchantStats::activity(const MerchantScope &scope, int limit) const
{
    if (limit < 1 || limit > 100)
        return Error::make(errc::kValidation, u"limit must be 1..100."_s, u"limit"_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return MerchantStatsRepository(*db).activity(scope, limit);
}

Result<PaymentOrder> MerchantStats::parseOrder(const QString &sort, const QString &order)
{
    using Column = PaymentOrder::Column;
    static const QList<std::pair<QString, Column>> columns = {
        {u"created"_s, Column::Created},     {u"amount"_s, Column::Amount},
        {u"completed"_s, Column::Completed}, {u"status"_s, Column::Status},
        {u"reference"_s, Column::Reference}, {u"app"_s, Column::App}};
    PaymentOrder out;
    if (!sort.isEmpty()) {
        const auto it = std::find_if(columns.cbegin(), columns.cend(),
                                     [&](const auto &c) { return c.first == sort; });
        if (it == columns.cend())
            return Error::make(errc::kValidation,
                               u"sort must be one of created, amount, completed, status, "
                               "reference, app."_s,
                               u"sort"_s);
        out.column = it->second;
    }
    out.ascending = out.column == Column::Status || out.column == Column::Reference ||
                    out.column == Column::App;
    if (order == "asc"_L1)
        out.ascending = true;
    else if (order == "desc"_L1)
        out.ascending = false;
    else if (!order.isEmpty())
        return Error::make(errc::kValidation, u"order must be asc or desc."_s, u"order"_s);
    return out;
}

Result<Page<MerchantPayment>> MerchantStats::payments(const MerchantScope &scope,
                                                      const PaymentQuery &query,
                                                      const PageRequest &page,
                                                      const PaymentOrder &order) const
{
    if (!query.status.isEmpty() && !kStatuses.contains(query.status))
        return Error::make(errc::kValidation,
                           u"status must be one of %1."_s.arg(kStatuses.join(u", "_s)),
                           u"status"_s);
    if (query.from.isValid() && query.to.isValid() && query.from >= query.to)
        return Error::make(errc::kValidation, u"from must be before to."_s, u"to"_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return MerchantStatsRepository(*db).payments(scope, query, page, order);
}

} // namespace paydesk::server::gateway
