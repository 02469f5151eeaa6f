// The wallet home's state: balance, currency, status (active or disabled, with the switch),
// the limits and what was spent today (GET /api/v1/wallet/me). wallet.updated events from the
// realtime client move the balance as soon as money moves, on this device or another, with no
// reload; transaction.updated events are passed on (transactionUpdated) for the dialogs that
// wait for a pending transaction to settle. Texts are formatted here; QML only lays them out.
#pragma once

#include "apiclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QTimer>

class RealtimeClient;

class WalletController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(bool loaded READ loaded NOTIFY walletChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString walletId READ walletId NOTIFY walletChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY walletChanged)
    // Minor units as a decimal string (never a JavaScript number).
    Q_PROPERTY(QString balanceMinor READ balanceMinor NOTIFY walletChanged)
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY walletChanged)
    Q_PROPERTY(bool active READ active NOTIFY walletChanged)
    // {perTransaction, daily, spentToday, remainingToday} as display texts; spentShare 0..1.
    Q_PROPERTY(QVariantMap limits READ limits NOTIFY walletChanged)
    // Counts balance changes that arrived live (the view pulses the balance on each).
    Q_PROPERTY(int liveUpdates READ liveUpdates NOTIFY walletChanged)

public:
    explicit WalletController(QObject *parent = nullptr);

    bool loaded() const { return m_loaded; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString walletId() const { return m_walletId; }
    QString currency() const { return m_currency; }
    QString balanceMinor() const { return QString::number(m_balance); }
    qint64 balance() const { return m_balance; }
    QString balanceText() const;
    bool active() const { return m_status == QLatin1StringView("active"); }
    QVariantMap limits() const;
    int liveUpdates() const { return m_liveUpdates; }

    Q_INVOKABLE void reload();
    // Turns the wallet on or off (POST /wallet/toggle-activity).
    Q_INVOKABLE void setActive(bool active);

    void classBegin() override {}
    void componentComplete() override;
    void setApiClient(ApiClient *api) { m_api = api; }
    // Follows this client's events (QML: the engine's Realtime singleton).
    void attachRealtime(RealtimeClient *realtime);
    // A person event: wallet.updated moves the balance, transaction.updated is passed on.
    void applyEvent(const QString &topic, const QJsonObject &payload);

Q_SIGNALS:
    void walletChanged();
    void busyChanged();
    void errorChanged();
    // A transaction the person is part of changed (its JSON as the API writes it).
    void transactionUpdated(const QJsonObject &transaction);

private:
    void take(const QJsonObject &wallet);
    void setError(const QString &error);

    QPointer<ApiClient> m_api;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_error;
    QString m_walletId;
    QString m_currency;
    QString m_status;
    qint64 m_balance = 0;
    qint64 m_perTransaction = 0;
    qint64 m_daily = 0;
    qint64 m_spentToday = 0;
    int m_liveUpdates = 0;
    QTimer m_limitsSoon;
};
