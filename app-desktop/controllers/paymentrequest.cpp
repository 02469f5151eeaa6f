#include "paymentrequest.h"

#include "displayformat.h"

#include <QDesktopServices>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using paydesk::desktop::formatMoney;
using paydesk::desktop::formatTime;
namespace errc = paydesk::errc;

QString PaymentRequest::paymentIdIn(const QString &text)
{
    // Payment ids are pay_ and letters or digits; a URL carries one after /pay/.
    static const QRegularExpression id(u"(?:^|/pay/|^paydesk://pay/)(pay_[A-Za-z0-9]{6,40})"_s);
    const QString t = text.trimmed();
    const auto match = id.match(t);
    if (match.hasMatch())
        return match.captured(1);
    static const QRegularExpression bare(u"^(pay_[A-Za-z0-9]{6,40})$"_s);
    return bare.match(t).captured(1);
}

QString PaymentRequest::refusalText(const QString &code, const QString &serverMessage)
{
    if (code == QLatin1StringView(errc::kPaymentFinal))
        return tr("This request was already paid or closed.");
    if (code == QLatin1StringView(errc::kPaymentExpired))
        return tr("This request has expired. Ask the merchant for a new one.");
    if (code == QLatin1StringView(errc::kTestModePayment))
        return tr("This is a test request: it cannot be paid with real money.");
    if (code == QLatin1StringView(errc::kSelfPayment))
        return tr("This request is from your own business; you cannot pay yourself.");
    if (code == QLatin1StringView(errc::kCurrencyMismatch))
        return tr("This request is in another currency than your wallet.");
    if (code == QLatin1StringView(errc::kInsufficientFunds))
        return tr("Your balance is too low for this payment. Add money first.");
    if (code == QLatin1StringView(errc::kWalletDisabled))
        return tr("Your wallet is turned off. Turn it on to pay.");
    if (code == QLatin1StringView(errc::kNotFound))
        return tr("No payment request with this link was found.");
    return serverMessage.isEmpty() ? tr("This request cannot be paid (%1).").arg(code)
                                   : serverMessage;
}

bool PaymentRequest::open(const QString &text)
{
    const QString id = paymentIdIn(text);
    if (id.isEmpty()) {
        setError(tr("Paste a payment link like https://…/pay/pay_… or a payment id."));
        return false;
    }
    clearOutcome();
    m_paymentId = id;
    m_key.clear();
    m_pinError.clear();
    m_refusal.clear();
    m_details.clear();
    setState(u"loading"_s);
    if (!api()) {
        setError(tr("Not connected to a server."));
        setState(u"empty"_s);
        return true;
    }
    api()->get(u"/api/v1/payments/%1/checkout"_s.arg(id), this, [this](const ApiResponse &r) {
        if (r.succeeded()) {
            take(r.body);
            return;
        }
        setError(r.status == 404 ? refusalText(QString::fromLatin1(errc::kNotFound), {})
                                 : ApiClient::userMessage(r));
        setState(u"empty"_s);
    });
    return true;
}

void PaymentRequest::take(const QJsonObject &c)
{
    const QString currency = c.value("currency"_L1).toString();
    m_details = {
        {u"merchant"_s, c.value("merchant_name"_L1).toString()},
        {u"amount"_s, formatMoney(c.value("amount"_L1).toInteger(), currency)},
        {u"description"_s, c.value("description"_L1).toString()},
        {u"reference"_s, c.value("reference_id"_L1).toString()},
        {u"status"_s, c.value("status"_L1).toString()},
        {u"mode"_s, c.value("mode"_L1).toString()},
        {u"expires"_s,
         formatTime(QDateTime::fromString(c.value("expires_at"_L1).toString(), Qt::ISODateWithMs))},
    };
    const QJsonObject refusal = c.value("refusal"_L1).toObject();
    m_refusal = c.value("payable"_L1).toBool()
                    ? QString()
                    : refusalText(refusal.value("code"_L1).toString(),
                                  refusal.value("message"_L1).toString());
    setState(m_refusal.isEmpty() ? u"ready"_s : u"refused"_s);
}

void PaymentRequest::pay(const QString &pin)
{
    if (m_state != "ready"_L1 || !api())
        return;
    if (m_key.isEmpty())
        m_key = ApiClient::newIdempotencyKey();
    m_pinError.clear();
    clearOutcome();
    setState(u"paying"_s);
    auto *call = new IdempotentCall(api(), u"/api/v1/payments/%1/pay"_s.arg(m_paymentId),
                                    {{"pin"_L1, pin}}, m_key, this);
    call->start([this, call](const ApiResponse &r, bool definite) {
        call->deleteLater();
        if (r.succeeded()) {
            m_key.clear();
            m_transactionId = r.body.value("transaction"_L1).toObject().value("id"_L1).toString();
            m_details.insert(u"status"_s, u"SUCCESS"_s);
            setNotice(tr("You paid %1 to %2.")
                          .arg(m_details.value(u"amount"_s).toString(),
                               m_details.value(u"merchant"_s).toString()));
            setState(u"paid"_s);
            return;
        }
        if (!definite) {
            setError(tr("The server did not answer. Try again: the payment is repeated, never "
                        "made twice."));
            setState(u"ready"_s);
            return;
        }
        m_key.clear();
        const QString code = r.error ? r.error->code : QString();
        if (r.hasCode(errc::kInvalidPin) || r.hasCode(errc::kPinLocked) ||
            r.hasCode(errc::kPinNotSet)) {
            m_pinError = ApiClient::userMessage(r);
            setState(u"ready"_s);
        } else if (r.status >= 400 && r.status < 500 && !code.isEmpty()) {
            m_refusal = refusalText(code, r.error->message);
            setState(u"refused"_s);
        } else {
            setError(ApiClient::userMessage(r));
            setState(u"ready"_s);
        }
    });
}

void PaymentRequest::reset()
{
    m_paymentId.clear();
    m_details.clear();
    m_refusal.clear();
    m_pinError.clear();
    m_transactionId.clear();
    m_key.clear();
    clearOutcome();
    setState(u"empty"_s);
}

void PaymentRequest::setState(const QString &state)
{
    m_state = state;
    Q_EMIT changed();
}

PayLinks *PayLinks::instance()
{
    static PayLinks *links = new PayLinks(Token{});
    return links;
}

PayLinks *PayLinks::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

void PayLinks::takeArguments(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument.startsWith("paydesk:"_L1) && handleUrl(QUrl(argument)))
            return;
    }
}

void PayLinks::registerHandler()
{
    QDesktopServices::setUrlHandler(u"paydesk"_s, this, "handleUrl");
}

bool PayLinks::handleUrl(const QUrl &url)
{
    const QString id = PaymentRequest::paymentIdIn(url.toString());
    if (id.isEmpty())
        return false;
    m_pending = id;
    Q_EMIT pendingChanged();
    Q_EMIT paymentRequested(id);
    return true;
}

void PayLinks::clear()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    Q_EMIT pendingChanged();
}
