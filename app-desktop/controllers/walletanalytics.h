// The wallet's graphical analysis (GET /api/v1/wallet/analytics): money in and out per day,
// week or month as chart points, the totals of the range, and the breakdowns by type and by
// status. Refreshes itself shortly after a transaction event, so the chart follows the ledger.
// Plot heights are doubles for the chart only; every text is formatted from integer minor units.
#pragma once

#include "apiclient.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QTimer>
#include <QVariantList>

class WalletAnalytics : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    // day (the last 30 days), week (12 weeks) or month (12 months): the server's default ranges.
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY periodChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY analyticsChanged)
    Q_PROPERTY(QString error READ error NOTIFY analyticsChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY analyticsChanged)
    // [{time (ms), income, spending (plot heights, major units), incomeText, spendingText}].
    Q_PROPERTY(QVariantList series READ series NOTIFY analyticsChanged)
    Q_PROPERTY(double maxValue READ maxValue NOTIFY analyticsChanged)
    Q_PROPERTY(QString incomeText READ incomeText NOTIFY analyticsChanged)
    Q_PROPERTY(QString spendingText READ spendingText NOTIFY analyticsChanged)
    // [{type, label, amountText, count, share}] largest first; share of all money moved, 0..1.
    Q_PROPERTY(QVariantList byType READ byType NOTIFY analyticsChanged)
    // [{status, count, amountText, share}]; share of the count.
    Q_PROPERTY(QVariantList byStatus READ byStatus NOTIFY analyticsChanged)

public:
    explicit WalletAnalytics(QObject *parent = nullptr);

    QString period() const { return m_period; }
    void setPeriod(const QString &period);
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QString currency() const { return m_currency; }
    QVariantList series() const { return m_series; }
    double maxValue() const { return m_maxValue; }
    QString incomeText() const { return m_incomeText; }
    QString spendingText() const { return m_spendingText; }
    QVariantList byType() const { return m_byType; }
    QVariantList byStatus() const { return m_byStatus; }

    Q_INVOKABLE void reload();

    void classBegin() override {}
    void componentComplete() override;
    void setApiClient(ApiClient *api) { m_api = api; }
    void applyEvent(const QString &topic, const QJsonObject &payload);

Q_SIGNALS:
    void periodChanged();
    void analyticsChanged();

private:
    void take(const QJsonObject &analytics);
    void takeSeries(const QJsonArray &points);
    void takeBreakdowns(const QJsonArray &types, const QJsonArray &statuses);

    QPointer<ApiClient> m_api;
    QString m_period = QStringLiteral("day");
    bool m_loaded = false;
    QString m_error;
    QString m_currency;
    QVariantList m_series;
    double m_maxValue = 0;
    QString m_incomeText;
    QString m_spendingText;
    QVariantList m_byType;
    QVariantList m_byStatus;
    QTimer m_refreshSoon;
    quint64 m_generation = 0;
};
