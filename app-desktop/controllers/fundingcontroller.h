// Adding money through the sandbox provider: POST /api/v1/wallet/fund (with an
// Idempotency-Key, retried safely) creates a PENDING funding transaction and a hosted checkout
// page, which opens in the system browser. The transaction stays pending here until the
// provider's callback lands on the server and its transaction.updated event arrives (or the
// person asks again): then it is a success or a failure.
#pragma once

#include "consoleaction.h"
#include "idempotentcall.h"

#include <QUrl>

class FundingController : public ConsoleAction
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString currency READ currency WRITE setCurrency NOTIFY changed)
    Q_PROPERTY(QString amountText READ amountText WRITE setAmountText NOTIFY changed)
    Q_PROPERTY(QString amountError READ amountError NOTIFY changed)
    // idle, starting, pending (waiting for the checkout), succeeded, failed
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString transactionId READ transactionId NOTIFY changed)
    Q_PROPERTY(QUrl checkoutUrl READ checkoutUrl NOTIFY changed)
    Q_PROPERTY(QString amountDisplay READ amountDisplay NOTIFY changed)
    // Open the checkout in the system browser (off in tests).
    Q_PROPERTY(bool opensBrowser READ opensBrowser WRITE setOpensBrowser NOTIFY changed)

public:
    using ConsoleAction::ConsoleAction;

    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency);
    QString amountText() const { return m_amountText; }
    void setAmountText(const QString &text);
    QString amountError() const { return m_amountError; }
    QString state() const { return m_state; }
    QString transactionId() const { return m_transactionId; }
    QUrl checkoutUrl() const { return m_checkoutUrl; }
    QString amountDisplay() const;
    bool opensBrowser() const { return m_opensBrowser; }
    void setOpensBrowser(bool on);

    Q_INVOKABLE void start();
    Q_INVOKABLE void openCheckout();
    Q_INVOKABLE void reset();
    // transaction.updated of the funding transaction: settles the pending state.
    Q_INVOKABLE void transactionUpdated(const QJsonObject &transaction);

Q_SIGNALS:
    void changed();

protected:
    void ready() override;

private:
    void setState(const QString &state);

    QString m_currency = QStringLiteral("NGN");
    QString m_amountText;
    QString m_amountError;
    QString m_state = QStringLiteral("idle");
    QString m_transactionId;
    QUrl m_checkoutUrl;
    qint64 m_amount = 0;
    bool m_opensBrowser = true;
    QByteArray m_key;
};
