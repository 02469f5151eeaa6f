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

Result<int> OutboxRepository::logPersonEvents(int batch)
{
    auto row = sql::one(m_db, "SELECT log_person_events(:batch)", {{"batch", batch}});
    if (!row)
        return row.error();
    return row->has_value() ? (**row).value(0).toInt() : 0;
}

Result<QList<StoredEvent>> OutboxRepository::paymentEventsAfter(const QString &appId, qint64 after,
                                                                int limit)
{
    auto r = sql::exec(m_db,
                       "SELECT id, event_id, topic, payload::text, created_at FROM outbox "
                       "WHERE topic LIKE 'payment.%' AND payload->>'app_id' = :app AND id > :after "
                       "ORDER BY id LIMIT :limit",
                       {{"app", appId}, {"after", after}, {"limit", limit}});
    if (!r)
        return r.error();
    QList<StoredEvent> events;
    while (r->query().next()) {
        const QSqlQuery &q = r->query();
        events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                       q.value(4).toDateTime().toUTC()});
    }
    return events;
}

} // namespace paydesk::server
