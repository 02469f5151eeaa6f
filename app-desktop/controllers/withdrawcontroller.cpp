#include "withdrawcontroller.h"

#include "displayformat.h"
#include "moneytext.h"
#include "realtimeclient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
namespace errc = paydesk::errc;

void WithdrawController::setCurrency(const QString &currency)
{
    if (currency.isEmpty() || currency == m_currency)
        return;
    m_currency = currency;
    Q_EMIT changed();
}

void WithdrawController::setBankCode(const QString &code)
{
    if (code == m_bankCode)
        return;
    m_bankCode = code;
    m_key.clear();
    verify();
}

void WithdrawController::setAccountNumber(const QString &number)
{
    const QString digits = number.trimmed();
    if (digits == m_accountNumber)
        return;
    m_accountNumber = digits;
    m_key.clear();
    verify();
}

void WithdrawController::setAmountText(const QString &text)
{
    if (text == m_amountText)
        return;
    m_amountText = text;
    m_amountError.clear();
    m_key.clear();
    Q_EMIT changed();
}

QString WithdrawController::amountDisplay() const
{
    const auto minor = MoneyText::parse(m_amountText, m_currency);
    return minor ? paydesk::desktop::formatMoney(*minor, m_currency) : QString();
}

void WithdrawController::loadBanks()
{
    call("GET", u"/api/v1/wallet/banks"_s, {}, [this](const ApiResponse &r) {
        m_banks.clear();
        for (const QJsonValue &bank : r.body.value("data"_L1).toArray()) {
            const QJsonObject b = bank.toObject();
            m_banks.append(QVariantMap{{u"value"_s, b.value("code"_L1).toString()},
                                       {u"label"_s, b.value("name"_L1).toString()}});
        }
        Q_EMIT changed();
    });
}

void WithdrawController::verify()
{
    const quint64 generation = ++m_verifyGeneration;
    m_accountName.clear();
    m_accountError.clear();
    static const QRegularExpression tenDigits(u"^\\d{10}$"_s);
    const bool complete = !m_bankCode.isEmpty() && tenDigits.match(m_accountNumber).hasMatch();
    if (!m_accountNumber.isEmpty() && m_accountNumber.size() >= 10 && !complete)
        m_accountError = tr("An account number is 10 digits.");
    m_verifying = complete && api();
    Q_EMIT changed();
    if (!m_verifying)
        return;
    QUrlQuery q;
    q.addQueryItem(u"bank_code"_s, m_bankCode);
    q.addQueryItem(u"account_number"_s, m_accountNumber);
    api()->get(
        u"/api/v1/wallet/banks/verify-account?"_s + q.toString(QUrl::FullyEncoded), this,
        [this, generation](const ApiResponse &r) {
            if (generation != m_verifyGeneration)
                return;
            m_verifying = false;
            if (r.succeeded())
                m_accountName =
                    r.body.value("account"_L1).toObject().value("account_name"_L1).toString();
            else
                m_accountError = r.status == 404 ? tr("No account with this number at this bank.")
                                                 : ApiClient::userMessage(r);
            Q_EMIT changed();
        });
}

bool WithdrawController::validate()
{
    const auto minor = MoneyText::parse(m_amountText, m_currency, &m_amountError);
    if (m_bankCode.isEmpty())
        m_accountError = tr("Choose a bank.");
    else if (m_accountName.isEmpty() && m_accountError.isEmpty())
        m_accountError = tr("Enter the 10-digit account number.");
    if (minor)
        m_amountError.clear();
    Q_EMIT changed();
    if (!minor || m_accountName.isEmpty())
        return false;
    if (*minor != m_amount)
        m_key.clear();
    m_amount = *minor;
    return true;
}

void WithdrawController::withdraw(const QString &pin)
{
    if (m_state == "sending"_L1 || m_amount <= 0 || !api())
        return;
    if (m_key.isEmpty())
        m_key = ApiClient::newIdempotencyKey();
    m_pinError.clear();
    clearOutcome();
    setState(u"sending"_s);
    const QJsonObject body{{"amount"_L1, m_amount},
                           {"bank_code"_L1, m_bankCode},
                           {"account_number"_L1, m_accountNumber},
                           {"pin"_L1, pin}};
    auto *call = new IdempotentCall(api(), u"/api/v1/wallet/withdraw"_s, body, m_key, this);
    call->start([this, call](const ApiResponse &r, bool definite) {
        call->deleteLater();
        if (r.succeeded()) {
            m_key.clear();
            const QJsonObject txn = r.body.value("transaction"_L1).toObject();
            m_transactionId = txn.value("id"_L1).toString();
            setState(txn.value("status"_L1).toString() == "SUCCESS"_L1 ? u"succeeded"_s
                                                                       : u"pending"_s);
            return;
        }
        if (!definite) {
            setError(tr("The server did not answer. Try again: the same withdrawal is repeated, "
                        "never made twice."));
            setState(u"form"_s);
            return;
        }
        m_key.clear(); // a refusal stored nothing under its key
        if (r.hasCode(errc::kInvalidPin) || r.hasCode(errc::kPinLocked))
            m_pinError = ApiClient::userMessage(r);
        else
            setError(ApiClient::userMessage(r));
        setState(u"form"_s);
    });
}

void WithdrawController::transactionUpdated(const QJsonObject &transaction)
{
    if (m_state != "pending"_L1 || transaction.value("id"_L1).toString() != m_transactionId)
        return;
    const QString status = transaction.value("status"_L1).toString();
    if (status == "SUCCESS"_L1) {
        setNotice(tr("%1 is on its way to %2.").arg(amountDisplay(), m_accountName));
        setState(u"succeeded"_s);
    } else if (status == "FAILED"_L1 || status == "REVERSED"_L1) {
        setError(tr("The bank refused the payout. The money is back in your wallet."));
        setState(u"failed"_s);
    }
}

void WithdrawController::reset()
{
    m_amountText.clear();
    m_accountNumber.clear();
    m_accountName.clear();
    m_accountError.clear();
    m_amountError.clear();
    m_pinError.clear();
    m_transactionId.clear();
    m_amount = 0;
    m_key.clear();
    clearOutcome();
    setState(u"form"_s);
}

void WithdrawController::setState(const QString &state)
{
    m_state = state;
    Q_EMIT changed();
}

void WithdrawController::ready()
{
    loadBanks();
    // The transaction settles when its transaction.updated event arrives.
    if (QQmlEngine *engine = qmlEngine(this)) {
        connect(RealtimeClient::forEngine(engine), &RealtimeClient::eventReceived, this,
                [this](const QString &topic, const QJsonObject &payload) {
                    if (topic == "transaction.updated"_L1)
                        transactionUpdated(payload.value("transaction"_L1).toObject());
                });
    }
}
