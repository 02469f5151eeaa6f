// The payments page's detail drawer: one payment (GET /api/v1/merchant/payments/{id}) with its
// metadata, QR code and status timeline, the webhook deliveries made for it, and completing
// it by hand in test mode. Setting `paymentId` loads it.
#pragma once

#include "consoleaction.h"

#include <QVariantList>
#include <QVariantMap>

class PaymentDetail : public ConsoleAction
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString paymentId READ paymentId WRITE setPaymentId NOTIFY paymentIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY detailChanged)
    // {paymentId, appName, mode, status, amount, reference, description, created, completed,
    //  expires, paymentUrl, qrCode (data URL), notes, transactionId}
    Q_PROPERTY(QVariantMap payment READ payment NOTIFY detailChanged)
    Q_PROPERTY(QVariantList metadata READ metadata NOTIFY detailChanged)   // [{key, value}]
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY detailChanged)   // [{status, at, notes}]
    Q_PROPERTY(QVariantList webhooks READ webhooks NOTIFY webhooksChanged) // deliveries
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY detailChanged)

public:
    using ConsoleAction::ConsoleAction;

    QString paymentId() const { return m_paymentId; }
    void setPaymentId(const QString &id);
    bool loaded() const { return !m_payment.isEmpty(); }
    QVariantMap payment() const { return m_payment; }
    QVariantList metadata() const { return m_metadata; }
    QVariantList timeline() const { return m_timeline; }
    QVariantList webhooks() const { return m_webhooks; }
    bool canComplete() const;

    Q_INVOKABLE void reload();
    // Test mode: SUCCESS or FAILED.
    Q_INVOKABLE void complete(const QString &status);

Q_SIGNALS:
    void paymentIdChanged();
    void detailChanged();
    void webhooksChanged();
    // The payment changed here (completed): tables may refresh their row.
    void paymentUpdated(const QString &paymentId);

private:
    void take(const QJsonObject &payment);
    void loadWebhooks();

    QString m_paymentId;
    QVariantMap m_payment;
    QVariantList m_metadata;
    QVariantList m_timeline;
    QVariantList m_webhooks;
};
