// The merchant dashboard's figures for one mode (test or live): KPI cards, the volume and
// status series of a range (24 h, 7 d, 30 d), the status breakdown and recent activity, from
// /api/v1/merchant/*. Payment events from the realtime client refresh them within a moment,
// without the person reloading anything. Texts are formatted here; QML only lays them out.
#pragma once

#include "apiclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

class DashboardController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY rangeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    // {totalPayments, successRate, successDetail, volume24h, volumeDetail, activeApps,
    //  pending, created24h} as display texts.
    Q_PROPERTY(QVariantMap kpis READ kpis NOTIFY kpisChanged)
    // [{status, count, share}] for SUCCESS, FAILED, EXPIRED, PENDING; share in 0..1.
    Q_PROPERTY(QVariantList breakdown READ breakdown NOTIFY kpisChanged)
    // [{time (ms since epoch), label, volume (plot height in major units), volumeText,
    //   success, failed, expired, pending}] oldest first.
    Q_PROPERTY(QVariantList series READ series NOTIFY seriesChanged)
    Q_PROPERTY(QString seriesCurrency READ seriesCurrency NOTIFY seriesChanged)
    Q_PROPERTY(double seriesMaxVolume READ seriesMaxVolume NOTIFY seriesChanged)
    Q_PROPERTY(int seriesMaxCount READ seriesMaxCount NOTIFY seriesChanged)
    // The value axis' label format ("%.0fk" when volumes are plotted in thousands).
    Q_PROPERTY(QString seriesAxisFormat READ seriesAxisFormat NOTIFY seriesChanged)
    Q_PROPERTY(QString seriesTotalText READ seriesTotalText NOTIFY seriesChanged)
    // [{paymentId, appName, status, amount, reference, at}] newest first.
    Q_PROPERTY(QVariantList activity READ activity NOTIFY activityChanged)
    // Whether a payment event arrived in the last few seconds (the "live" pulse).
    Q_PROPERTY(bool pulse READ pulse NOTIFY pulseChanged)

public:
    explicit DashboardController(QObject *parent = nullptr);
    ~DashboardController() override;

    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    QString range() const { return m_range; }
    void setRange(const QString &range);
    bool loading() const { return m_pending > 0; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QVariantMap kpis() const { return m_kpis; }
    QVariantList breakdown() const { return m_breakdown; }
    QVariantList series() const { return m_series; }
    QString seriesCurrency() const { return m_seriesCurrency; }
    double seriesMaxVolume() const { return m_seriesMaxVolume; }
    int seriesMaxCount() const { return m_seriesMaxCount; }
    QString seriesAxisFormat() const { return m_seriesAxisFormat; }
    QString seriesTotalText() const { return m_seriesTotalText; }
    QVariantList activity() const { return m_activity; }
    bool pulse() const { return m_pulse; }

    Q_INVOKABLE void reload();

    void classBegin() override {}
    void componentComplete() override;
    void setApiClient(ApiClient *api) { m_api = api; }

Q_SIGNALS:
    void modeChanged();
    void rangeChanged();
    void stateChanged();
    void kpisChanged();
    void seriesChanged();
    void activityChanged();
    void pulseChanged();

private:
    void loadKpis();
    void loadSeries();
    void loadActivity();
    void subscribeApps();
    void onEvent(const QString &topic, const QJsonObject &payload);
    void finished(const ApiResponse &response);
    void takeKpis(const QJsonObject &body);
    void takeSeries(const QJsonObject &body);
    void takeActivity(const QJsonObject &body);

    QPointer<ApiClient> m_api;
    QString m_mode = QStringLiteral("test");
    QString m_range = QStringLiteral("7d");
    int m_pending = 0;
    bool m_loaded = false;
    QString m_error;
    QVariantMap m_kpis;
    QVariantList m_breakdown;
    QVariantList m_series;
    QString m_seriesCurrency;
    double m_seriesMaxVolume = 0;
    int m_seriesMaxCount = 0;
    QString m_seriesAxisFormat = QStringLiteral("%.0f");
    QString m_seriesTotalText;
    QVariantList m_activity;
    bool m_pulse = false;
    QTimer m_refreshSoon; // coalesces a burst of events into one refresh
    QTimer m_pulseTimer;
    quint64 m_generation = 0;
};
