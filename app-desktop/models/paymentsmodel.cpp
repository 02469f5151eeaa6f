#include "paymentsmodel.h"

#include "displayformat.h"
#include "realtimeclient.h"

#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;
using paydesk::desktop::formatMoney;
using paydesk::desktop::formatTime;
using paydesk::desktop::parseTime;

namespace {

QString dayBoundary(const QString &day, bool endOfDay)
{
    QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid())
        return {};
    if (endOfDay)
        date = date.addDays(1); // `to` is exclusive: the whole chosen day is included
    return QDateTime(date, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

PaymentsModel::PaymentsModel(QObject *parent)
    : PagedModel(parent)
{
    setPageSize(100);
}

void PaymentsModel::componentComplete()
{
    PagedModel::componentComplete();
    if (QQmlEngine *engine = qmlEngine(this)) {
        connect(RealtimeClient::forEngine(engine), &RealtimeClient::eventReceived, this,
                &PaymentsModel::applyEvent);
    }
}

int PaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PaymentIdRole:
        return row.id;
    case AppIdRole:
        return row.appId;
    case AppNameRole:
        return row.appName;
    case AmountRole:
        return formatMoney(row.amount, row.currency);
    case AmountMinorRole:
        return row.amount;
    case CurrencyRole:
        return row.currency;
    case StatusRole:
        return row.status;
    case ReferenceRole:
        return row.reference;
    case CreatedRole:
        return formatTime(QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC));
    case CompletedRole:
        return row.completedMs
                   ? formatTime(QDateTime::fromMSecsSinceEpoch(row.completedMs, Qt::UTC))
                   : u"—"_s;
    case FreshRole:
        return row.fresh;
    default:
        return {};
    }
}

QHash<int, QByteArray> PaymentsModel::roleNames() const
{
    return {{PaymentIdRole, "paymentId"},
            {AppIdRole, "appId"},
            {AppNameRole, "appName"},
            {AmountRole, "amount"},
            {AmountMinorRole, "amountMinor"},
            {CurrencyRole, "currency"},
            {StatusRole, "status"},
            {ReferenceRole, "reference"},
            {CreatedRole, "created"},
            {CompletedRole, "completed"},
            {FreshRole, "fresh"}};
}

void PaymentsModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT filtersChanged();
    queryChanged();
}

void PaymentsModel::setMode(const QString &mode)
{
    setFilter(m_mode, mode);
}
void PaymentsModel::setAppId(const QString &appId)
{
    setFilter(m_appId, appId);
}
void PaymentsModel::setStatus(const QString &status)
{
    setFilter(m_status, status);
}
void PaymentsModel::setSearch(const QString &search)
{
    setFilter(m_search, search.trimmed());
}
void PaymentsModel::setFromDate(const QString &date)
{
    setFilter(m_fromDate, date);
}
void PaymentsModel::setToDate(const QString &date)
{
    setFilter(m_toDate, date);
}

void PaymentsModel::setListensLive(bool on)
{
    if (on == m_listensLive)
        return;
    m_listensLive = on;
    Q_EMIT filtersChanged();
}

QString PaymentsModel::path() const
{
    return u"/api/v1/merchant/payments"_s;
}

QUrlQuery PaymentsModel::query() const
{
    QUrlQuery q;
    q.addQueryItem(u"mode"_s, m_mode);
    if (!m_appId.isEmpty())
        q.addQueryItem(u"app_id"_s, m_appId);
    if (!m_status.isEmpty())
        q.addQueryItem(u"status"_s, m_status);
    if (!m_search.isEmpty())
        q.addQueryItem(u"search"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_search)));
    if (const QString from = dayBoundary(m_fromDate, false); !from.isEmpty())
        q.addQueryItem(u"from"_s, QString::fromLatin1(QUrl::toPercentEncoding(from)));
    if (const QString to = dayBoundary(m_toDate, true); !to.isEmpty())
        q.addQueryItem(u"to"_s, QString::fromLatin1(QUrl::toPercentEncoding(to)));
    if (!isNewestFirst()) {
        q.addQueryItem(u"sort"_s, m_sortKey);
        q.addQueryItem(u"order"_s, m_sortAscending ? u"asc"_s : u"desc"_s);
    }
    return q;
}

QVariantMap PaymentsModel::exportFilters() const
{
    QVariantMap filters;
    const QUrlQuery q = query();
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        if (key != "sort"_L1 && key != "order"_L1) // the export is newest first
            filters.insert(key, value);
    return filters;
}

QString PaymentsModel::shared(const QString &text)
{
    auto it = m_texts.constFind(text);
    if (it != m_texts.constEnd())
        return *it;
    m_texts.insert(text, text);
    return text;
}

PaymentsModel::Row PaymentsModel::rowFrom(const QJsonObject &p)
{
    Row row;
    row.id = p.value("payment_id"_L1).toString();
    row.appId = shared(p.value("app_id"_L1).toString());
    const QString appName = p.value("app_name"_L1).toString();
    if (!appName.isEmpty())
        m_appNames.insert(row.appId, shared(appName));
    row.appName = m_appNames.value(row.appId, row.appId);
    row.currency = shared(p.value("currency"_L1).toString());
    row.status = shared(p.value("status"_L1).toString());
    row.reference = p.value("reference_id"_L1).toString();
    row.amount = p.value("amount"_L1).toInteger();
    row.createdMs = parseTime(p.value("created_at"_L1).toString());
    row.completedMs = parseTime(p.value("completed_at"_L1).toString());
    return row;
}

void PaymentsModel::appendRows(const QJsonArray &items)
{
    m_rows.reserve(m_rows.size() + items.size());
    for (const QJsonValue &item : items)
        m_rows.append(rowFrom(item.toObject()));
}

void PaymentsModel::clearRows()
{
    m_rows.clear();
    m_rows.squeeze();
}

QString PaymentsModel::paymentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

bool PaymentsModel::matchesFilters(const Row &row) const
{
    if (!m_appId.isEmpty() && row.appId != m_appId)
        return false;
    if (!m_status.isEmpty() && row.status != m_status)
        return false;
    if (!m_search.isEmpty() && row.id != m_search &&
        !row.reference.contains(m_search, Qt::CaseInsensitive))
        return false;
    // A new payment is created now: an upper date bound in the past leaves it out.
    return m_toDate.isEmpty() || QDate::fromString(m_toDate, Qt::ISODate) >= QDate::currentDate();
}

void PaymentsModel::applyEvent(const QString &topic, const QJsonObject &payload)
{
    if (!m_listensLive || !topic.startsWith("payment."_L1))
        return;
    const QJsonObject payment = payload.value("data"_L1).toObject();
    if (payment.value("mode"_L1).toString() != m_mode)
        return;
    Row row = rowFrom(payment);
    const auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.id == row.id; });
    if (it != m_rows.end()) {
        row.fresh = true;
        *it = row;
        const QModelIndex changed = index(int(it - m_rows.begin()));
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    if (!loaded() || !matchesFilters(row) || !isNewestFirst())
        return;
    row.fresh = true;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    endInsertRows();
    Q_EMIT countChanged();
}

// The server sorts (GET /merchant/payments?sort=&order=), so the order holds across every
// page of an infinite scroll; a new sort reloads from the first page.
void PaymentsModel::sortBy(const QString &key)
{
    static const QStringList keys = {u"created"_s, u"amount"_s,    u"completed"_s,
                                     u"status"_s,  u"reference"_s, u"app"_s};
    if (!keys.contains(key))
        return;
    if (key == m_sortKey)
        m_sortAscending = !m_sortAscending;
    else {
        m_sortKey = key;
        m_sortAscending = key != "created"_L1 && key != "completed"_L1 && key != "amount"_L1;
    }
    Q_EMIT sortChanged();
    queryChanged();
}

bool PaymentsModel::isNewestFirst() const
{
    return m_sortKey == "created"_L1 && !m_sortAscending;
}
