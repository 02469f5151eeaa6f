#include "walletcontroller.h"

#include "displayformat.h"
#include "realtimeclient.h"
#include "sessioncontroller.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using paydesk::desktop::formatMoney;

WalletController::WalletController(QObject *parent)
    : QObject(parent)
{
    m_limitsSoon.setSingleShot(true);
    m_limitsSoon.setInterval(400);
    connect(&m_limitsSoon, &QTimer::timeout, this, &WalletController::reload);
}

void WalletController::componentComplete()
{
    if (QQmlEngine *engine = qmlEngine(this)) {
        if (!m_api)
            m_api = SessionController::forEngine(engine)->api();
        attachRealtime(RealtimeClient::forEngine(engine));
    }
    reload();
}

void WalletController::attachRealtime(RealtimeClient *realtime)
{
    connect(realtime, &RealtimeClient::eventReceived, this, &WalletController::applyEvent);
    // Back after a drop: the resume replays the missed events, but a fresh look costs little.
    connect(realtime, &RealtimeClient::stateChanged, this, [this, realtime] {
        if (realtime->state() == RealtimeClient::State::Live && m_loaded)
            reload();
    });
}

QString WalletController::balanceText() const
{
    return m_currency.isEmpty() ? QString() : formatMoney(m_balance, m_currency);
}

QVariantMap WalletController::limits() const
{
    const qint64 remaining = std::max<qint64>(0, m_daily - m_spentToday);
    return {{u"perTransaction"_s, formatMoney(m_perTransaction, m_currency)},
            {u"daily"_s, formatMoney(m_daily, m_currency)},
            {u"spentToday"_s, formatMoney(m_spentToday, m_currency)},
            {u"remainingToday"_s, formatMoney(remaining, m_currency)},
            {u"spentShare"_s, m_daily > 0 ? std::min(1.0, double(m_spentToday) / m_daily) : 0.0}};
}

void WalletController::reload()
{
    if (!m_api) {
        setError(tr("Not connected to a server."));
        return;
    }
    m_api->get(u"/api/v1/wallet/me"_s, this, [this](const ApiResponse &r) {
        if (!r.succeeded()) {
            setError(ApiClient::userMessage(r));
            return;
        }
        setError({});
        take(r.body.value("wallet"_L1).toObject());
    });
}

void WalletController::setActive(bool active)
{
    if (!m_api || m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    m_api->post(u"/api/v1/wallet/toggle-activity"_s, {{"active"_L1, active}}, this,
                [this](const ApiResponse &r) {
                    m_busy = false;
                    Q_EMIT busyChanged();
                    if (!r.succeeded()) {
                        setError(ApiClient::userMessage(r));
                        Q_EMIT walletChanged(); // the switch goes back to the real state
                        return;
                    }
                    setError({});
                    take(r.body.value("wallet"_L1).toObject());
                });
}

void WalletController::take(const QJsonObject &wallet)
{
    m_walletId = wallet.value("id"_L1).toString();
    m_currency = wallet.value("currency"_L1).toString();
    m_status = wallet.value("status"_L1).toString();
    m_balance = wallet.value("balance"_L1).toInteger();
    const QJsonObject limits = wallet.value("limits"_L1).toObject();
    m_perTransaction = limits.value("per_transaction"_L1).toInteger();
    m_daily = limits.value("daily"_L1).toInteger();
    m_spentToday = limits.value("spent_today"_L1).toInteger();
    m_loaded = true;
    Q_EMIT walletChanged();
}

void WalletController::applyEvent(const QString &topic, const QJsonObject &payload)
{
    if (topic == "transaction.updated"_L1) {
        Q_EMIT transactionUpdated(payload.value("transaction"_L1).toObject());
        return;
    }
    if (topic != "wallet.updated"_L1)
        return;
    if (!m_walletId.isEmpty() && payload.value("wallet_id"_L1).toString() != m_walletId)
        return;
    if (payload.contains("balance"_L1))
        m_balance = payload.value("balance"_L1).toInteger();
    if (payload.contains("status"_L1))
        m_status = payload.value("status"_L1).toString();
    if (payload.contains("currency"_L1))
        m_currency = payload.value("currency"_L1).toString();
    ++m_liveUpdates;
    Q_EMIT walletChanged();
    m_limitsSoon.start(); // what was spent today, as the server counts it
}

void WalletController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}
