#include "paymentjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paydesk::server::gateway {

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
}
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject paymentJson(const Payment &p, const QString &paymentUrl)
{
    QJsonObject o{{"payment_id"_L1, p.id},
                  {"app_id"_L1, p.appId},
                  {"mode"_L1, p.mode},
                  {"amount"_L1, p.amount},
                  {"currency"_L1, p.currency},
                  {"reference_id"_L1, p.referenceId},
                  {"description"_L1, p.description},
                  {"webhook_url"_L1, orNull(p.webhookUrl)},
                  {"metadata"_L1, p.metadata},
                  {"status"_L1, p.status},
                  {"notes"_L1, orNull(p.notes)},
                  {"transaction_id"_L1, orNull(p.transactionId)},
                  {"payment_url"_L1, paymentUrl},
                  {"expires_at"_L1, time(p.expiresAt)},
                  {"completed_at"_L1, time(p.completedAt)},
                  {"created_at"_L1, time(p.createdAt)},
                  {"updated_at"_L1, time(p.updatedAt)}};
    if (!p.timeline.isEmpty()) {
        QJsonArray events;
        for (const PaymentEvent &e : p.timeline)
            events.append(QJsonObject{
                {"status"_L1, e.status}, {"notes"_L1, orNull(e.notes)}, {"at"_L1, time(e.at)}});
        o.insert("timeline"_L1, events);
    }
    return o;
}

} // namespace paydesk::server::gateway
