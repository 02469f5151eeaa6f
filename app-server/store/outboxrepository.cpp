#include "outboxrepository.h"

#include "ids.h"
#include "sql.h"

#include <QJsonDocument>

namespace paydesk::server {

Result<QString> OutboxRepository::append(const QString &topic, const QString &userId,
                                         const QJsonObject &payload)
{
    const QString eventId = ids::make(u"evt");
    auto r = sql::exec(
        m_db,
        "INSERT INTO outbox (event_id, topic, user_id, payload) "
        "VALUES (:event, :topic, :user, :payload::jsonb)",
        {{"event", eventId},
         {"topic", topic},
         {"user", userId.isEmpty() ? QVariant() : QVariant(userId)},
         {"payload", QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}});
    if (!r)
        return r.error();
    return eventId;
}

} // namespace paydesk::server
