#include "fundingcontroller.h"

#include "displayformat.h"
#include "moneytext.h"
#include "realtimeclient.h"

#include <QDesktopServices>

using namespace Qt::StringLiterals;

void FundingController::setCurrency(const QString &currency)
{
    if (currency.isEmpty() || currency == m_currency)
        return;
    m_currency = currency;
    Q_EMIT changed();
}

void FundingController::setAmountText(const QString &text)
{
    if (text == m_amountText)
        return;
    m_amountText = text;
    m_amountError.clear();
    m_key.clear(); // another amount is another intent
    Q_EMIT changed();
}

void FundingController::setOpensBrowser(bool on)
{
    if (on == m_opensBrowser)
        return;
    m_opensBrowser = on;
    Q_EMIT changed();
}

QString FundingController::amountDisplay() const
{
    return m_amount > 0 ? paydesk::desktop::formatMoney(m_amount, m_currency) : QString();
}

void FundingController::setState(const QString &state)
{
    m_state = state;
    Q_EMIT changed();
}

void FundingController::reset()
{
    m_amountText.clear();
    m_amountError.clear();
    m_transactionId.clear();
    m_checkoutUrl.clear();
    m_amount = 0;
    m_key.clear();
    clearOutcome();
    setState(u"idle"_s);
}

void FundingController::start()
{
    if (m_state == "starting"_L1 || !api())
        return;
    const auto minor = MoneyText::parse(m_amountText, m_currency, &m_amountError);
    if (!minor) {
        Q_EMIT changed();
        return;
    }
    m_amountError.clear();
    m_amount = *minor;
    if (m_key.isEmpty())
        m_key = ApiClient::newIdempotencyKey();
    clearOutcome();
    setState(u"starting"_s);
    auto *call =
        new IdempotentCall(api(), u"/api/v1/wallet/fund"_s,
                           {{"amount"_L1, m_amount}, {"currency"_L1, m_currency}}, m_key, this);
    call->start([this, call](const ApiResponse &r, bool definite) {
        call->deleteLater();
        if (!r.succeeded()) {
            setError(definite ? ApiClient::userMessage(r)
                              : tr("The server did not answer. Try again: the same top-up is "
                                   "repeated, never created twice."));
            setState(u"idle"_s);
            return;
        }
        m_transactionId = r.body.value("transaction"_L1).toObject().value("id"_L1).toString();
        m_checkoutUrl = QUrl(r.body.value("checkout_url"_L1).toString());
        m_key.clear();
        setState(u"pending"_s);
        openCheckout();
    });
}

void FundingController::openCheckout()
{
    if (m_opensBrowser && m_checkoutUrl.isValid())
        QDesktopServices::openUrl(m_checkoutUrl);
}

void FundingController::transactionUpdated(const QJsonObject &transaction)
{
    if (m_state != "pending"_L1 || transaction.value("id"_L1).toString() != m_transactionId)
        return;
    const QString status = transaction.value("status"_L1).toString();
    if (status == "SUCCESS"_L1) {
        setNotice(tr("%1 was added to your wallet.").arg(amountDisplay()));
        setState(u"succeeded"_s);
    } else if (status == "FAILED"_L1 || status == "REVERSED"_L1) {
        const QString reason = transaction.value("failure_reason"_L1).toString();
        setError(reason.isEmpty() ? tr("The card payment did not go through. Nothing was "
                                       "charged.")
                                  : tr("The card payment did not go through: %1").arg(reason));
        setState(u"failed"_s);
    }
}

void FundingController::ready()
{
    // The transaction settles when its transaction.updated event arrives.
    if (QQmlEngine *engine = qmlEngine(this)) {
        connect(RealtimeClient::forEngine(engine), &RealtimeClient::eventReceived, this,
                [this](const QString &topic, const QJsonObject &payload) {
                    if (topic == "transaction.updated"_L1)
                        transactionUpdated(payload.value("transaction"_L1).toObject());
                });
    }
}
