#include "historyservice.h"

#include "store/database.h"
#include "store/historyrepository.h"
#include "store/walletrepository.h"

#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paydesk::server::history {

namespace {

const QStringList kTypes = {u"funding"_s, u"withdrawal"_s, u"transfer"_s,  u"payment"_s,
                            u"refund"_s,  u"fee"_s,        u"cashback"_s,  u"bill"_s,
                            u"airtime"_s, u"call"_s,       u"adjustment"_s};
const QStringList kStatuses = {u"PENDING"_s, u"SUCCESS"_s, u"FAILED"_s, u"REVERSED"_s};
constexpr int kMaxTextLength = 100;
constexpr int kMaxPersonLength = 320;

Error invalid(const QString &message, const QString &field)
{
    return Error::make(errc::kValidation, message, field);
}

Result<std::optional<qint64>> parseAmount(const QString &text, const QString &field)
{
    if (text.isEmpty())
        return std::optional<qint64>();
    static const QRegularExpression kDigits(u"^[0-9]{1,18}$"_s);
    if (!kDigits.match(text).hasMatch())
        return invalid(field + u" must be a whole number of minor units (0 or more)."_s, field);
    return std::optional<qint64>(text.toLongLong());
}

bool addChecked(qint64 &sum, qint64 value)
{
    return !__builtin_add_overflow(sum, value, &sum);
}

QDate bucketOf(QDate day, Period period)
{
    switch (period) {
    case Period::Week:
        return day.addDays(1 - day.dayOfWeek()); // ISO weeks start on Monday, as date_trunc
    case Period::Month:
        return QDate(day.year(), day.month(), 1);
    case Period::Day:
        break;
    }
    return day;
}

QDate nextBucket(QDate bucket, Period period)
{
    return period == Period::Day    ? bucket.addDays(1)
           : period == Period::Week ? bucket.addDays(7)
                                    : bucket.addMonths(1);
}

QDateTime startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

// The default chart range: the last 30 days, 12 weeks or 12 months, the current one included.
std::pair<QDateTime, QDateTime> defaultRange(Period period)
{
    const QDate current = bucketOf(QDateTime::currentDateTimeUtc().date(), period);
    const QDate first = period == Period::Day    ? current.addDays(-29)
                        : period == Period::Week ? current.addDays(-7 * 11)
                                                 : current.addMonths(-11);
    return {startOf(first), startOf(nextBucket(current, period))};
}

Result<std::pair<QDateTime, QDateTime>> parseRange(const QString &fromText, const QString &toText,
                                                   std::pair<QDateTime, QDateTime> defaults)
{
    auto from = HistoryService::parseBound(fromText, u"from"_s, false);
    if (!from)
        return from.error();
    auto to = HistoryService::parseBound(toText, u"to"_s, true);
    if (!to)
        return to.error();
    const QDateTime f = from->isValid() ? *from : defaults.first;
    const QDateTime t = to->isValid() ? *to : defaults.second;
    if (f >= t)
        return invalid(u"to must be later than from."_s, u"to"_s);
    return std::pair{f, t};
}

// The signed-in person's wallet; not_found when the account has none.
Result<wallet::Wallet> ownWallet(QSqlDatabase db, const QString &userId)
{
    auto own = WalletRepository(db).findByUser(userId);
    if (!own)
        return own.error();
    if (!*own)
        return Error::make(errc::kNotFound, u"This account has no wallet."_s);
    return **own;
}

} // namespace

HistoryService::HistoryService(const Database &database)
    : m_database(database)
{}

Result<QDateTime> HistoryService::parseBound(const QString &text, const QString &field, bool upper)
{
    if (text.isEmpty())
        return QDateTime();
    static const QRegularExpression kDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression kDateTime(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})?$"_s);
    const Error bad = invalid(
        field + u" must be a date (2024-05-01) or an RFC 3339 date-time (2024-05-01T10:00:00Z)."_s,
        field);
    if (kDate.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return bad;
        return startOf(upper ? day.addDays(1) : day);
    }
    if (!kDateTime.match(text).hasMatch())
        return bad;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return bad;
    if (t.timeSpec() == Qt::LocalTime) // no offset given: the API speaks UTC
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

Result<HistoryFilter> HistoryService::commonFilter(const HistoryQueryText &in)
{
    HistoryFilter f;
    if (!in.type.isEmpty() && !kTypes.contains(in.type))
        return invalid(u"type must be one of: "_s + kTypes.join(u", "_s) + u'.', u"type"_s);
    f.type = in.type;
    f.status = in.status.toUpper();
    if (!f.status.isEmpty() && !kStatuses.contains(f.status))
        return invalid(u"status must be one of: "_s + kStatuses.join(u", "_s) + u'.', u"status"_s);
    if (in.direction == "in"_L1)
        f.direction = Direction::In;
    else if (in.direction == "out"_L1)
        f.direction = Direction::Out;
    else if (!in.direction.isEmpty())
        return invalid(u"direction must be in or out."_s, u"direction"_s);
    auto from = parseBound(in.from, u"from"_s, false);
    auto to = parseBound(in.to, u"to"_s, true);
    if (!from || !to)
        return !from ? from.error() : to.error();
    if (from->isValid() && to->isValid() && *from >= *to)
        return invalid(u"to must be later than from."_s, u"to"_s);
    f.from = *from;
    f.to = *to;
    auto min = parseAmount(in.minAmount, u"min_amount"_s);
    auto max = parseAmount(in.maxAmount, u"max_amount"_s);
    if (!min || !max)
        return !min ? min.error() : max.error();
    if (*min && *max && **min > **max)
        return invalid(u"max_amount must not be below min_amount."_s, u"max_amount"_s);
    f.minAmount = *min;
    f.maxAmount = *max;
    f.text = in.text.trimmed();
    if (f.text.size() > kMaxTextLength)
        return invalid(u"q is longer than %1 characters."_s.arg(kMaxTextLength), u"q"_s);
    if (in.counterparty.trimmed().size() > kMaxPersonLength)
        return invalid(u"counterparty is too long."_s, u"counterparty"_s);
    return f;
}

Result<QString> HistoryService::walletOfPerson(const QString &idOrEmail)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto who = WalletRepository(*db).findRecipient(idOrEmail.trimmed());
    if (!who)
        return who.error();
    return *who ? (*who)->walletId : QString();
}

Result<HistoryFilter> HistoryService::userFilter(const QString &userId,
                                                 const HistoryQueryText &text)
{
    auto f = commonFilter(text);
    if (!f)
        return f;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto own = ownWallet(*db, userId);
    if (!own)
        return own.error();
    f->walletId = own->id;
    if (!text.counterparty.trimmed().isEmpty()) {
        auto other = walletOfPerson(text.counterparty);
        if (!other)
            return other.error();
        f->counterpartyWallet = *other;
        f->matchesNothing = other->isEmpty();
    }
    return f;
}

Result<HistoryFilter> HistoryService::adminFilter(const HistoryQueryText &text)
{
    auto f = commonFilter(text);
    if (!f)
        return f;
    if (text.user.trimmed().isEmpty()) {
        if (f->direction != Direction::Any)
            return invalid(u"direction is relative to a user: give user too."_s, u"direction"_s);
        if (!text.counterparty.trimmed().isEmpty())
            return invalid(u"counterparty is relative to a user: give user too."_s,
                           u"counterparty"_s);
        return f;
    }
    if (text.user.trimmed().size() > kMaxPersonLength)
        return invalid(u"user is too long."_s, u"user"_s);
    auto wallet = walletOfPerson(text.user);
    if (!wallet)
        return wallet.error();
    f->walletId = *wallet;
    f->matchesNothing = wallet->isEmpty();
    if (!text.counterparty.trimmed().isEmpty() && !f->matchesNothing) {
        auto other = walletOfPerson(text.counterparty);
        if (!other)
            return other.error();
        f->counterpartyWallet = *other;
        f->matchesNothing = other->isEmpty();
    }
    return f;
}

Result<Page<HistoryItem>> HistoryService::list(const HistoryFilter &filter, const PageRequest &page)
{
    if (filter.matchesNothing)
        return Page<HistoryItem>{};
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return HistoryRepository(*db).list(filter, page);
}

Result<Summary> HistoryService::summary(const QString &userId, const QString &fromText,
                                        const QString &toText)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate month(today.year(), today.month(), 1);
    auto range = parseRange(fromText, toText, {startOf(month), startOf(month.addMonths(1))});
    if (!range)
        return range.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto own = ownWallet(*db, userId);
    if (!own)
        return own.error();
    auto rows = HistoryRepository(*db).totals(own->id, range->first, range->second);
    if (!rows)
        return rows.error();
    Summary s{own->currency, range->first, range->second, {}, {}, 0, {}, {}};
    bool ok = true;
    for (const TotalsRow &r : *rows) {
        const bool in = r.direction == Direction::In;
        Flow *flow = r.status == "SUCCESS"_L1   ? (in ? &s.credits : &s.debits)
                     : r.status == "PENDING"_L1 ? (in ? &s.pendingCredits : &s.pendingDebits)
                                                : nullptr;
        if (!flow)
            continue; // FAILED and REVERSED moved nothing
        ok = ok && addChecked(flow->total, r.amount) && addChecked(flow->count, r.count);
        if (r.status == "SUCCESS"_L1)
            ok = ok && addChecked(s.fees, r.fee);
    }
    if (!ok)
        return Error::make(errc::kOverflow, u"The totals do not fit in 64 bits."_s);
    return s;
}

Result<Analytics> HistoryService::analytics(const QString &userId, const QString &periodText,
                                            const QString &fromText, const QString &toText)
{
    static const QMap<QString, Period> kPeriods = {
        {u"day"_s, Period::Day}, {u"week"_s, Period::Week}, {u"month"_s, Period::Month}};
    if (!periodText.isEmpty() && !kPeriods.contains(periodText))
        return invalid(u"period must be day, week or month."_s, u"period"_s);
    const Period period = kPeriods.value(periodText, Period::Day);
    auto range = parseRange(fromText, toText, defaultRange(period));
    if (!range)
        return range.error();
    // Every bucket from the one holding `from` to the one holding the last instant before `to`.
    const QDate first = bucketOf(range->first.date(), period);
    const QDate last = bucketOf(range->second.addMSecs(-1).date(), period);
    QList<QDate> buckets;
    for (QDate b = first; b <= last; b = nextBucket(b, period)) {
        if (buckets.size() == kMaxBuckets)
            return invalid(u"The range holds more than %1 buckets; narrow it or use a longer "
                           "period."_s.arg(kMaxBuckets),
                           u"from"_s);
        buckets.append(b);
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto own = ownWallet(*db, userId);
    if (!own)
        return own.error();
    HistoryRepository repo(*db);
    auto points = repo.series(own->id, period, range->first, range->second);
    auto rows = repo.totals(own->id, range->first, range->second);
    if (!points || !rows)
        return !points ? points.error() : rows.error();
    Analytics a{own->currency, period, range->first, range->second, {}, {}, {}};
    QHash<qint64, SeriesPoint> byBucket;
    for (const SeriesPoint &p : *points)
        byBucket.insert(p.bucketStart.toSecsSinceEpoch(), p);
    for (const QDate &b : buckets) {
        const QDateTime start = startOf(b);
        SeriesPoint p = byBucket.value(start.toSecsSinceEpoch(), SeriesPoint{start, 0, 0, 0});
        p.bucketStart = start;
        a.series.append(p);
    }
    QMap<QString, TypeTotals> types;
    QMap<QString, StatusTotals> statuses;
    bool ok = true;
    for (const TotalsRow &r : *rows) {
        StatusTotals &st = statuses[r.status];
        st.status = r.status;
        ok = ok && addChecked(st.count, r.count) && addChecked(st.amount, r.amount);
        if (r.status != "SUCCESS"_L1)
            continue;
        TypeTotals &tt = types[r.type];
        tt.type = r.type;
        ok = ok && addChecked(r.direction == Direction::In ? tt.credits : tt.debits, r.amount) &&
             addChecked(tt.count, r.count);
    }
    if (!ok)
        return Error::make(errc::kOverflow, u"The totals do not fit in 64 bits."_s);
    a.byType = types.values();
    a.byStatus = statuses.values();
    return a;
}

} // namespace paydesk::server::history
