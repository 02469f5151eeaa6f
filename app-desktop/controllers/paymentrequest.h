// Paying a merchant's payment request from the wallet: a pasted payment URL (…/pay/<id>), a
// paydesk://pay/<id> link or a bare id becomes the request as the payer sees it (GET
// /api/v1/payments/{id}/checkout: merchant, amount, expiry, status, and whether it can be paid
// and why not), then POST /api/v1/payments/{id}/pay with the PIN and an Idempotency-Key
// (retried safely). Refusals become sentences a person understands.
#pragma once

#include "consoleaction.h"
#include "idempotentcall.h"

#include <QUrl>
#include <QVariantMap>

class PaymentRequest : public ConsoleAction
{
    Q_OBJECT
    QML_ELEMENT

    // empty, loading, ready (can be paid), refused (cannot: see `refusal`), paying, paid
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString paymentId READ paymentId NOTIFY changed)
    // {merchant, amount, description, reference, status, expires, mode}: display texts.
    Q_PROPERTY(QVariantMap details READ details NOTIFY changed)
    Q_PROPERTY(QString refusal READ refusal NOTIFY changed)
    Q_PROPERTY(QString pinError READ pinError NOTIFY changed)
    Q_PROPERTY(QString transactionId READ transactionId NOTIFY changed)

public:
    using ConsoleAction::ConsoleAction;

    QString state() const { return m_state; }
    QString paymentId() const { return m_paymentId; }
    QVariantMap details() const { return m_details; }
    QString refusal() const { return m_refusal; }
    QString pinError() const { return m_pinError; }
    QString transactionId() const { return m_transactionId; }

    // The payment id in a pasted text: a payment URL, a paydesk://pay/ link or the id itself.
    Q_INVOKABLE static QString paymentIdIn(const QString &text);
    // Looks the request up; false (with `error`) when the text holds no payment id.
    Q_INVOKABLE bool open(const QString &text);
    Q_INVOKABLE void pay(const QString &pin);
    Q_INVOKABLE void reset();
    // A refusal code of the checkout or the pay answer as a sentence.
    static QString refusalText(const QString &code, const QString &serverMessage);

Q_SIGNALS:
    void changed();

private:
    void take(const QJsonObject &checkout);
    void setState(const QString &state);

    QString m_state = QStringLiteral("empty");
    QString m_paymentId;
    QVariantMap m_details;
    QString m_refusal;
    QString m_pinError;
    QString m_transactionId;
    QByteArray m_key;
};

// Where paydesk://pay/<id> links arrive: the command line (a browser or the desktop opened the
// app with the link, see resources/paydesk-pay.desktop), QDesktopServices' URL handler (a link
// inside the app) and QML. The wallet page shows the request; the shell brings the page up.
class PayLinks : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // The id of a request waiting to be shown; empty when none.
    Q_PROPERTY(QString pendingPaymentId READ pendingPaymentId NOTIFY pendingChanged)

public:
    static PayLinks *instance();
    static PayLinks *create(QQmlEngine *, QJSEngine *);

    QString pendingPaymentId() const { return m_pending; }
    // Takes the first paydesk://pay/<id> link of `arguments` (the app's command line).
    void takeArguments(const QStringList &arguments);
    // Registers the paydesk: scheme with QDesktopServices for links opened inside the app.
    void registerHandler();

public Q_SLOTS:
    // A paydesk://pay/<id> (or https://…/pay/<id>) link; false when it is not a payment link.
    bool handleUrl(const QUrl &url);
    // The page showed the request: the link is handled.
    void clear();

Q_SIGNALS:
    void pendingChanged();
    void paymentRequested(const QString &paymentId);

private:
    // Not default-constructible, so the QML engine takes the one instance through create().
    struct Token
    {};
    explicit PayLinks(Token) {}
    QString m_pending;
};
