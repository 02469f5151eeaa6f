#include "paymentdetail.h"

#include "apiclient.h"
#include "displayformat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using paydesk::desktop::formatMoney;
using paydesk::desktop::formatTime;

namespace {

QString timeText(const QJsonValue &v)
{
    return formatTime(QDateTime::fromString(v.toString(), Qt::ISODateWithMs));
}

} // namespace

void PaymentDetail::setPaymentId(const QString &id)
{
    if (id == m_paymentId)
        return;
    m_paymentId = id;
    Q_EMIT paymentIdChanged();
    m_payment.clear();
    m_metadata.clear();
    m_timeline.clear();
    m_webhooks.clear();
    Q_EMIT detailChanged();
    Q_EMIT webhooksChanged();
    clearOutcome();
    reload();
}

bool PaymentDetail::canComplete() const
{
    return m_payment.value(u"mode"_s) == "test"_L1 && m_payment.value(u"status"_s) == "PENDING"_L1;
}

void PaymentDetail::reload()
{
    if (m_paymentId.isEmpty())
        return;
    const QString id = m_paymentId;
    call("GET", u"/api/v1/merchant/payments/"_s + id, {}, [this, id](const ApiResponse &r) {
        if (id == m_paymentId)
            take(r.body);
    });
    loadWebhooks();
}

void PaymentDetail::loadWebhooks()
{
    const QString id = m_paymentId;
    call("GET", u"/api/v1/webhooks/deliveries?limit=20&payment_id="_s + id, {},
         [this, id](const ApiResponse &r) {
             if (id != m_paymentId)
                 return;
             m_webhooks.clear();
             for (const QJsonValue &v : r.body.value("data"_L1).toArray()) {
                 const QJsonObject d = v.toObject();
                 m_webhooks.append(
                     QVariantMap{{u"deliveryId"_s, d.value("id"_L1).toString()},
                                 {u"eventType"_s, d.value("event_type"_L1).toString()},
                                 {u"status"_s, d.value("status"_L1).toString().toUpper()},
                                 {u"attempts"_s, d.value("attempts"_L1).toInt()},
                                 {u"url"_s, d.value("url"_L1).toString()},
                                 {u"created"_s, timeText(d.value("created_at"_L1))}});
             }
             Q_EMIT webhooksChanged();
         });
}

void PaymentDetail::complete(const QString &status)
{
    const QString id = m_paymentId;
    call("POST", u"/api/v1/merchant/payments/%1/complete"_s.arg(id),
         {{"status"_L1, status}, {"notes"_L1, tr("Completed by hand in the console")}},
         [this, id, status](const ApiResponse &r) {
             if (id != m_paymentId)
                 return;
             take(r.body);
             setNotice(status == "SUCCESS"_L1 ? tr("Payment marked as successful.")
                                              : tr("Payment marked as failed."));
             Q_EMIT paymentUpdated(id);
             loadWebhooks();
         });
}

void PaymentDetail::take(const QJsonObject &p)
{
    m_payment = {{u"paymentId"_s, p.value("payment_id"_L1).toString()},
                 {u"appName"_s, p.value("app_name"_L1).toString()},
                 {u"appId"_s, p.value("app_id"_L1).toString()},
                 {u"mode"_s, p.value("mode"_L1).toString()},
                 {u"status"_s, p.value("status"_L1).toString()},
                 {u"amount"_s,
                  formatMoney(p.value("amount"_L1).toInteger(), p.value("currency"_L1).toString())},
                 {u"currency"_s, p.value("currency"_L1).toString()},
                 {u"reference"_s, p.value("reference_id"_L1).toString()},
                 {u"description"_s, p.value("description"_L1).toString()},
                 {u"notes"_s, p.value("notes"_L1).toString()},
                 {u"transactionId"_s, p.value("transaction_id"_L1).toString()},
                 {u"created"_s, timeText(p.value("created_at"_L1))},
                 {u"completed"_s, timeText(p.value("completed_at"_L1))},
                 {u"expires"_s, timeText(p.value("expires_at"_L1))},
                 {u"paymentUrl"_s, p.value("payment_url"_L1).toString()},
                 {u"qrCode"_s, p.value("qr_code"_L1).toString()}};
    m_metadata.clear();
    const QJsonObject metadata = p.value("metadata"_L1).toObject();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const QString text =
            v.isString() ? v.toString()
            : v.isObject() || v.isArray()
                ? QString::fromUtf8(
                      QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact))
                : v.toVariant().toString();
        m_metadata.append(QVariantMap{{u"key"_s, it.key()}, {u"value"_s, text}});
    }
    m_timeline.clear();
    for (const QJsonValue &v : p.value("timeline"_L1).toArray()) {
        const QJsonObject e = v.toObject();
        m_timeline.append(QVariantMap{{u"status"_s, e.value("status"_L1).toString()},
                                      {u"at"_s, timeText(e.value("at"_L1))},
                                      {u"notes"_s, e.value("notes"_L1).toString()}});
    }
    Q_EMIT detailChanged();
}
