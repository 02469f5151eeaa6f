#include "walletanalytics.h"

#include "currency.h"
#include "displayformat.h"
#include "realtimeclient.h"
#include "sessioncontroller.h"
#include "wallethistorymodel.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using paydesk::desktop::formatMoney;
using paydesk::desktop::parseTime;

namespace {

// A plot coordinate (major units) for the chart; never used for arithmetic on money.
double plotHeight(qint64 minor, const QString &currency)
{
    const auto known = paydesk::Currency::fromCode(currency);
    return double(minor) / std::pow(10.0, known ? known->exponent() : 0);
}

} // namespace

WalletAnalytics::WalletAnalytics(QObject *parent)
    : QObject(parent)
{
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(600ms);
    connect(&m_refreshSoon, &QTimer::timeout, this, &WalletAnalytics::reload);
}

void WalletAnalytics::componentComplete()
{
    if (QQmlEngine *engine = qmlEngine(this)) {
        if (!m_api)
            m_api = SessionController::forEngine(engine)->api();
        connect(RealtimeClient::forEngine(engine), &RealtimeClient::eventReceived, this,
                &WalletAnalytics::applyEvent);
    }
    reload();
}

void WalletAnalytics::setPeriod(const QString &period)
{
    if (period == m_period)
        return;
    m_period = period;
    Q_EMIT periodChanged();
    reload();
}

void WalletAnalytics::applyEvent(const QString &topic, const QJsonObject &)
{
    if (topic == "transaction.updated"_L1)
        m_refreshSoon.start();
}

void WalletAnalytics::reload()
{
    if (!m_api)
        return;
    const quint64 generation = ++m_generation;
    m_api->get(u"/api/v1/wallet/analytics?period="_s + m_period, this,
               [this, generation](const ApiResponse &r) {
                   if (generation != m_generation)
                       return;
                   if (!r.succeeded()) {
                       m_error = ApiClient::userMessage(r);
                       Q_EMIT analyticsChanged();
                       return;
                   }
                   m_error.clear();
                   take(r.body.value("analytics"_L1).toObject());
               });
}

void WalletAnalytics::take(const QJsonObject &analytics)
{
    m_currency = analytics.value("currency"_L1).toString();
    takeSeries(analytics.value("series"_L1).toArray());
    takeBreakdowns(analytics.value("by_type"_L1).toArray(),
                   analytics.value("by_status"_L1).toArray());
    m_loaded = true;
    Q_EMIT analyticsChanged();
}

void WalletAnalytics::takeSeries(const QJsonArray &points)
{
    m_series.clear();
    m_maxValue = 0;
    qint64 income = 0;
    qint64 spending = 0;
    for (const QJsonValue &value : points) {
        const QJsonObject p = value.toObject();
        const qint64 credits = p.value("credits"_L1).toInteger();
        const qint64 debits = p.value("debits"_L1).toInteger();
        income += credits;
        spending += debits;
        const double in = plotHeight(credits, m_currency);
        const double out = plotHeight(debits, m_currency);
        m_maxValue = std::max({m_maxValue, in, out});
        m_series.append(QVariantMap{{u"time"_s, parseTime(p.value("bucket_start"_L1).toString())},
                                    {u"income"_s, in},
                                    {u"spending"_s, out},
                                    {u"incomeText"_s, formatMoney(credits, m_currency)},
                                    {u"spendingText"_s, formatMoney(debits, m_currency)}});
    }
    m_incomeText = formatMoney(income, m_currency);
    m_spendingText = formatMoney(spending, m_currency);
}

void WalletAnalytics::takeBreakdowns(const QJsonArray &types, const QJsonArray &statuses)
{
    struct TypeRow
    {
        QString type;
        qint64 moved;
        qint64 count;
    };
    QList<TypeRow> rows;
    qint64 allMoved = 0;
    for (const QJsonValue &value : types) {
        const QJsonObject t = value.toObject();
        const qint64 moved = t.value("credits"_L1).toInteger() + t.value("debits"_L1).toInteger();
        rows.append({t.value("type"_L1).toString(), moved, t.value("count"_L1).toInteger()});
        allMoved += moved;
    }
    std::sort(rows.begin(), rows.end(),
              [](const TypeRow &a, const TypeRow &b) { return a.moved > b.moved; });
    m_byType.clear();
    for (const TypeRow &r : rows)
        m_byType.append(QVariantMap{{u"type"_s, r.type},
                                    {u"label"_s, WalletHistoryModel::typeLabel(r.type)},
                                    {u"amountText"_s, formatMoney(r.moved, m_currency)},
                                    {u"count"_s, r.count},
                                    {u"share"_s, allMoved > 0 ? double(r.moved) / allMoved : 0.0}});
    qint64 allCount = 0;
    for (const QJsonValue &value : statuses)
        allCount += value.toObject().value("count"_L1).toInteger();
    m_byStatus.clear();
    for (const QJsonValue &value : statuses) {
        const QJsonObject s = value.toObject();
        const qint64 count = s.value("count"_L1).toInteger();
        m_byStatus.append(QVariantMap{
            {u"status"_s, s.value("status"_L1).toString()},
            {u"count"_s, count},
            {u"amountText"_s, formatMoney(s.value("amount"_L1).toInteger(), m_currency)},
            {u"share"_s, allCount > 0 ? double(count) / allCount : 0.0}});
    }
}
