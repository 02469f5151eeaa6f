// The built-in sandbox provider (SPEC §4.2) and the default: deterministic banks and account
// names, a hosted checkout that paydeskd serves itself (card 4111 1111 1111 1111 succeeds,
// 4000 0000 0000 0002 is declined), payouts that fail for account numbers ending in 0000, and
// callbacks signed as Razorpay signs them: hex HMAC-SHA256(secret, order_id + "|" + payment_id).
// It delivers its callbacks in-process to the sink paydeskd sets — the same code the HTTP
// callback endpoint runs. It keeps no state of its own and never touches the database.
#pragma once

#include "paymentprovider.h"

#include <QMutex>
#include <QObject>

#include <functional>

namespace paydesk::server::providers {

class SandboxProvider : public QObject, public PaymentProvider
{
    Q_OBJECT
public:
    static constexpr auto kName = "sandbox";
    using CallbackSink = std::function<void(const ProviderCallback &)>;

    struct Card
    {
        QString number;
        QString expiry; // MM/YY or MM/YYYY
        QString cvc;
    };

    // Payout callbacks arrive `payoutDelayMs` after the payout was asked for.
    SandboxProvider(QByteArray secret, int payoutDelayMs, QObject *parent = nullptr);

    // The configured secret, else the one kept in <dataDir>/secrets/sandbox-secret (made once).
    static Result<QByteArray> loadSecret(const QString &configured, const QString &dataDir);

    // Set before serving: where callbacks go.
    void setCallbackSink(CallbackSink sink) { m_sink = std::move(sink); }
    // The base of checkout links ("http://127.0.0.1:8080"); may be set once the port is known.
    void setPublicUrl(const QString &baseUrl);

    QString name() const override;
    Result<CheckoutOrder> createCheckoutOrder(qint64 amount, const QString &currency) override;
    Result<void> createPayout(const Payout &payout) override;
    bool verifyCallbackSignature(const QString &orderId, const QString &paymentId,
                                 const QString &signature) const override;
    QList<Bank> banks() const override;
    Result<BankAccount> resolveAccount(const QString &bankCode,
                                       const QString &accountNumber) const override;

    // Charges a card on the hosted checkout of `orderId`: validation_error naming the field for
    // anything but a well-formed test card; else the payment's callback, already delivered.
    Result<ProviderCallback> payCheckout(const QString &orderId, const Card &card);
    QString sign(const QString &orderId, const QString &paymentId) const;

private:
    ProviderCallback callbackFor(const QString &orderId, const QString &paymentId,
                                 const char *status) const;

    const QByteArray m_secret;
    const int m_payoutDelayMs;
    CallbackSink m_sink;
    mutable QMutex m_urlMutex;
    QString m_publicUrl;
};

} // namespace paydesk::server::providers
