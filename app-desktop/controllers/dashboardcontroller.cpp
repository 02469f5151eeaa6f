#include "dashboardcontroller.h"

#include "apiclient.h"
#include "currency.h"
#include "displayformat.h"
#include "realtimeclient.h"
#include "sessioncontroller.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using paydesk::desktop::formatMoney;
using paydesk::desktop::formatTime;
using paydesk::desktop::parseTime;

namespace {

const QStringList kStatuses{u"SUCCESS"_s, u"FAILED"_s, u"EXPIRED"_s, u"PENDING"_s};

QString count(qint64 n)
{
    return QLocale().toString(n);
}

// A plot coordinate for the chart (major units); never used for arithmetic on money.
double plotHeight(qint64 minor, const QString &currency)
{
    const auto known = paydesk::Currency::fromCode(currency);
    return double(minor) / std::pow(10.0, known ? known->exponent() : 0);
}

} // namespace

DashboardController::DashboardController(QObject *parent)
    : QObject(parent)
{
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(150ms);
    connect(&m_refreshSoon, &QTimer::timeout, this, [this] {
        loadKpis();
        loadActivity();
        loadSeries();
    });
    m_pulseTimer.setSingleShot(true);
    m_pulseTimer.setInterval(2500ms);
    connect(&m_pulseTimer, &QTimer::timeout, this, [this] {
        m_pulse = false;
        Q_EMIT pulseChanged();
    });
}

DashboardController::~DashboardController() = default;

void DashboardController::componentComplete()
{
    if (QQmlEngine *engine = qmlEngine(this)) {
        if (!m_api)
            m_api = SessionController::forEngine(engine)->api();
        connect(RealtimeClient::forEngine(engine), &RealtimeClient::eventReceived, this,
                &DashboardController::onEvent);
    }
    subscribeApps();
    reload();
}

void DashboardController::setMode(const QString &mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
    reload();
}

void DashboardController::setRange(const QString &range)
{
    if (range == m_range)
        return;
    m_range = range;
    Q_EMIT rangeChanged();
    loadSeries();
}

void DashboardController::reload()
{
    ++m_generation;
    m_error.clear();
    loadKpis();
    loadSeries();
    loadActivity();
}

void DashboardController::subscribeApps()
{
    if (!m_api)
        return;
    // The live monitor follows every app of the merchant (the server replays per app).
    m_api->get(u"/api/v1/apps?limit=100"_s, this, [this](const ApiResponse &r) {
        if (!r.succeeded() || !qmlEngine(this))
            return;
        RealtimeClient *realtime = RealtimeClient::forEngine(qmlEngine(this));
        for (const QJsonValue &app : r.body.value("data"_L1).toArray())
            realtime->subscribeApp(app.toObject().value("id"_L1).toString());
    });
}

void DashboardController::loadKpis()
{
    if (!m_api)
        return;
    ++m_pending;
    Q_EMIT stateChanged();
    const quint64 generation = m_generation;
    m_api->get(u"/api/v1/merchant/kpis?mode="_s + m_mode, this,
               [this, generation](const ApiResponse &r) {
                   finished(r);
                   if (generation == m_generation && r.succeeded())
                       takeKpis(r.body);
               });
}

void DashboardController::loadSeries()
{
    if (!m_api)
        return;
    ++m_pending;
    Q_EMIT stateChanged();
    const quint64 generation = m_generation;
    const QString range = m_range;
    m_api->get(u"/api/v1/merchant/series?mode=%1&range=%2"_s.arg(m_mode, m_range), this,
               [this, generation, range](const ApiResponse &r) {
                   finished(r);
                   if (generation == m_generation && range == m_range && r.succeeded())
                       takeSeries(r.body);
               });
}

void DashboardController::loadActivity()
{
    if (!m_api)
        return;
    ++m_pending;
    Q_EMIT stateChanged();
    const quint64 generation = m_generation;
    m_api->get(u"/api/v1/merchant/activity?limit=8&mode="_s + m_mode, this,
               [this, generation](const ApiResponse &r) {
                   finished(r);
                   if (generation == m_generation && r.succeeded())
                       takeActivity(r.body);
               });
}

void DashboardController::finished(const ApiResponse &response)
{
    --m_pending;
    if (!response.succeeded())
        m_error = ApiClient::userMessage(response);
    else if (m_pending == 0)
        m_loaded = true;
    Q_EMIT stateChanged();
}

void DashboardController::onEvent(const QString &topic, const QJsonObject &payload)
{
    if (!topic.startsWith("payment."_L1))
        return;
    if (payload.value("data"_L1).toObject().value("mode"_L1).toString() != m_mode)
        return;
    m_pulse = true;
    Q_EMIT pulseChanged();
    m_pulseTimer.start();
    if (!m_refreshSoon.isActive())
        m_refreshSoon.start();
}

void DashboardController::takeKpis(const QJsonObject &k)
{
    const QJsonObject byStatus = k.value("by_status"_L1).toObject();
    const qint64 total = k.value("total_payments"_L1).toInteger();
    m_kpis.clear();
    m_kpis.insert(u"totalPayments"_s, count(total));
    m_kpis.insert(u"created24h"_s, count(k.value("created_count_24h"_L1).toInteger()));
    m_kpis.insert(u"pending"_s, count(byStatus.value("PENDING"_L1).toInteger()));
    const QJsonValue rate = k.value("success_rate_bp"_L1);
    m_kpis.insert(u"successRate"_s,
                  rate.isNull() ? u"—"_s
                                : QLocale().toString(rate.toInt() / 100.0, 'f', 1) + u" %"_s);
    m_kpis.insert(u"successDetail"_s, tr("%1 of %2 finished")
                                          .arg(count(byStatus.value("SUCCESS"_L1).toInteger()),
                                               count(k.value("finished_payments"_L1).toInteger())));
    // Volumes stay per currency: the largest leads, the others are named beside it.
    QJsonArray volumes = k.value("volume_24h"_L1).toArray();
    QStringList others;
    QString lead = formatMoney(0, u"NGN"_s);
    qint64 leadCount = 0;
    qint64 leadAmount = -1;
    for (const QJsonValue &v : volumes) {
        const QJsonObject o = v.toObject();
        const QString text =
            formatMoney(o.value("amount"_L1).toInteger(), o.value("currency"_L1).toString());
        if (o.value("amount"_L1).toInteger() > leadAmount) {
            if (leadAmount >= 0)
                others << lead;
            lead = text;
            leadAmount = o.value("amount"_L1).toInteger();
            leadCount = o.value("count"_L1).toInteger();
        } else {
            others << text;
        }
    }
    m_kpis.insert(u"volume24h"_s, lead);
    m_kpis.insert(u"volumeDetail"_s, others.isEmpty()
                                         ? tr("%n successful payment(s)", nullptr, int(leadCount))
                                         : tr("and %1").arg(others.join(u", "_s)));
    m_kpis.insert(u"activeApps"_s, count(k.value("active_apps"_L1).toInteger()));
    m_breakdown.clear();
    for (const QString &status : kStatuses) {
        const qint64 n = byStatus.value(status).toInteger();
        m_breakdown.append(QVariantMap{{u"status"_s, status},
                                       {u"count"_s, n},
                                       {u"countText"_s, count(n)},
                                       {u"share"_s, total > 0 ? double(n) / double(total) : 0.0}});
    }
    Q_EMIT kpisChanged();
}

void DashboardController::takeSeries(const QJsonObject &s)
{
    const QStringList currencies = s.value("currencies"_L1).toVariant().toStringList();
    m_seriesCurrency = currencies.isEmpty() ? QString() : currencies.constFirst();
    const bool hourly = s.value("bucket"_L1).toString() == "hour"_L1;
    m_series.clear();
    m_seriesMaxVolume = 0;
    m_seriesMaxCount = 0;
    qint64 totalMinor = 0;
    const QLocale locale;
    for (const QJsonValue &v : s.value("buckets"_L1).toArray()) {
        const QJsonObject b = v.toObject();
        const QJsonObject counts = b.value("counts"_L1).toObject();
        const qint64 minor = b.value("volume"_L1).toObject().value(m_seriesCurrency).toInteger();
        totalMinor += minor;
        const QDateTime start =
            QDateTime::fromMSecsSinceEpoch(parseTime(b.value("start"_L1).toString()), Qt::UTC)
                .toLocalTime();
        QVariantMap point{{u"time"_s, start.toMSecsSinceEpoch()},
                          {u"label"_s, hourly ? locale.toString(start.time(), u"HH:mm"_s)
                                              : locale.toString(start.date(), u"d MMM"_s)},
                          {u"volume"_s, plotHeight(minor, m_seriesCurrency)},
                          {u"volumeText"_s, formatMoney(minor, m_seriesCurrency)},
                          {u"total"_s, b.value("total"_L1).toInt()}};
        for (const QString &status : kStatuses)
            point.insert(status.toLower(), counts.value(status).toInt());
        m_seriesMaxVolume = std::max(m_seriesMaxVolume, point.value(u"volume"_s).toDouble());
        m_seriesMaxCount = std::max(m_seriesMaxCount, b.value("total"_L1).toInt());
        m_series.append(point);
    }
    // Large volumes read better in thousands on the axis ("150k"). No currency symbol there:
    // Qt Charts formats axis labels as Latin-1, and the card's title names the currency.
    const bool thousands = m_seriesMaxVolume >= 10000;
    if (thousands) {
        for (QVariant &point : m_series) {
            QVariantMap map = point.toMap();
            map[u"volume"_s] = map.value(u"volume"_s).toDouble() / 1000;
            point = map;
        }
        m_seriesMaxVolume /= 1000;
    }
    m_seriesAxisFormat = thousands ? u"%.0fk"_s : u"%.0f"_s;
    m_seriesTotalText = m_seriesCurrency.isEmpty() ? formatMoney(0, u"NGN"_s)
                                                   : formatMoney(totalMinor, m_seriesCurrency);
    Q_EMIT seriesChanged();
}

void DashboardController::takeActivity(const QJsonObject &body)
{
    m_activity.clear();
    for (const QJsonValue &v : body.value("data"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        m_activity.append(QVariantMap{
            {u"paymentId"_s, a.value("payment_id"_L1).toString()},
            {u"appName"_s, a.value("app_name"_L1).toString()},
            {u"status"_s, a.value("status"_L1).toString()},
            {u"amount"_s,
             formatMoney(a.value("amount"_L1).toInteger(), a.value("currency"_L1).toString())},
            {u"reference"_s, a.value("reference_id"_L1).toString()},
            {u"at"_s,
             formatTime(QDateTime::fromString(a.value("at"_L1).toString(), Qt::ISODateWithMs))}});
    }
    Q_EMIT activityChanged();
}
