// Moving money out to a bank account: the sandbox banks (GET /api/v1/wallet/banks), the
// account's holder name (GET .../banks/verify-account), then POST /api/v1/wallet/withdraw with
// the PIN and an Idempotency-Key (retried safely). The money is held at once; the withdrawal
// stays pending until the payout's callback (transaction.updated), then succeeds or is released.
#pragma once

#include "consoleaction.h"
#include "idempotentcall.h"

#include <QVariantList>

class WithdrawController : public ConsoleAction
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString currency READ currency WRITE setCurrency NOTIFY changed)
    // [{value: code, label: name}] for a FilterSelect.
    Q_PROPERTY(QVariantList banks READ banks NOTIFY changed)
    Q_PROPERTY(QString bankCode READ bankCode WRITE setBankCode NOTIFY changed)
    Q_PROPERTY(QString accountNumber READ accountNumber WRITE setAccountNumber NOTIFY changed)
    Q_PROPERTY(bool verifying READ verifying NOTIFY changed)
    // The holder's name once the account is verified; empty otherwise.
    Q_PROPERTY(QString accountName READ accountName NOTIFY changed)
    Q_PROPERTY(QString accountError READ accountError NOTIFY changed)
    Q_PROPERTY(QString amountText READ amountText WRITE setAmountText NOTIFY changed)
    Q_PROPERTY(QString amountError READ amountError NOTIFY changed)
    Q_PROPERTY(QString amountDisplay READ amountDisplay NOTIFY changed)
    // form, sending, pending (payout on its way), succeeded, failed
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString pinError READ pinError NOTIFY changed)

public:
    using ConsoleAction::ConsoleAction;

    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency);
    QVariantList banks() const { return m_banks; }
    QString bankCode() const { return m_bankCode; }
    void setBankCode(const QString &code);
    QString accountNumber() const { return m_accountNumber; }
    void setAccountNumber(const QString &number);
    bool verifying() const { return m_verifying; }
    QString accountName() const { return m_accountName; }
    QString accountError() const { return m_accountError; }
    QString amountText() const { return m_amountText; }
    void setAmountText(const QString &text);
    QString amountError() const { return m_amountError; }
    QString amountDisplay() const;
    QString state() const { return m_state; }
    QString pinError() const { return m_pinError; }

    Q_INVOKABLE void loadBanks();
    // Checks bank, account and amount; true when the PIN may be asked.
    Q_INVOKABLE bool validate();
    Q_INVOKABLE void withdraw(const QString &pin);
    Q_INVOKABLE void reset();
    Q_INVOKABLE void transactionUpdated(const QJsonObject &transaction);

Q_SIGNALS:
    void changed();

protected:
    void ready() override;

private:
    void verify();
    void setState(const QString &state);

    QString m_currency = QStringLiteral("NGN");
    QVariantList m_banks;
    QString m_bankCode;
    QString m_accountNumber;
    bool m_verifying = false;
    QString m_accountName;
    QString m_accountError;
    QString m_amountText;
    QString m_amountError;
    QString m_state = QStringLiteral("form");
    QString m_pinError;
    QString m_transactionId;
    qint64 m_amount = 0;
    QByteArray m_key;
    quint64 m_verifyGeneration = 0;
};
