#include "feeds.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::feeds {

QString app(const QString &appId)
{
    return "app:"_L1 + appId;
}

QString payment(const QString &paymentId)
{
    return "payment:"_L1 + paymentId;
}

QString reference(const QString &ownerId, const QString &referenceId)
{
    return "ref:"_L1 + ownerId + u':' + referenceId;
}

bool isPaymentTopic(const QString &topic)
{
    return topic.startsWith("payment."_L1);
}

QStringList of(const RelayedEvent &event)
{
    if (!isPaymentTopic(event.topic))
        return {};
    const QJsonObject data = event.payload.value("data"_L1).toObject();
    QStringList out{app(event.payload.value("app_id"_L1).toString()),
                    payment(data.value("payment_id"_L1).toString())};
    const QString ref = data.value("reference_id"_L1).toString();
    if (!event.userId.isEmpty() && !ref.isEmpty())
        out.append(reference(event.userId, ref));
    return out;
}

QJsonObject frame(qint64 sequence, const QString &eventId, const QString &topic,
                  const QDateTime &at, const QJsonObject &payload)
{
    return {{"type"_L1, u"event"_s},
            {"topic"_L1, topic},
            {"event_id"_L1, eventId},
            {"sequence"_L1, sequence},
            {"at"_L1, at.toString(Qt::ISODateWithMs)},
            {"data"_L1, payload}};
}

} // namespace paydesk::server::feeds
