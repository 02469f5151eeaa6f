#include "outboxrepository.h"

#include "ids.h"
#include "ledgersql.h"
#include "sql.h"

#include <QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

QString compact(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace

std::array<OutboxRepository::EventSlot, 4>
OutboxRepository::eventSlots(const QList<OutboxEvent> &events, qsizetype start, QStringList &ids)
{
    static_assert(ledgersql::kEventSlots == 4);
    std::array<EventSlot, 4> s;
    for (qsizetype i = 0; i < ledgersql::kEventSlots && start + i < events.size(); ++i) {
        const OutboxEvent &e = events.at(start + i);
        s[i] = {ids::make(u"evt"), e.topic, sql::text(e.userId).toString(), compact(e.payload)};
        ids.append(s[i].id);
    }
    return s;
}

Result<QString> OutboxRepository::append(const QString &topic, const QString &userId,
                                         const QJsonObject &payload)
{
    auto ids = appendAll({OutboxEvent{topic, userId, payload}});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QStringList> OutboxRepository::appendAll(const QList<OutboxEvent> &events)
{
    QStringList ids;
    for (qsizetype start = 0; start < events.size(); start += ledgersql::kEventSlots) {
        const std::array<EventSlot, 4> s = eventSlots(events, start, ids);
        auto r = sql::exec(m_db, ledgersql::kAppendEvents,
                           {{"event1", s[0].id},
                            {"topic1", s[0].topic},
                            {"user1", s[0].userId},
                            {"payload1", s[0].payload},
                            {"event2", s[1].id},
                            {"topic2", s[1].topic},
                            {"user2", s[1].userId},
                            {"payload2", s[1].payload},
                            {"event3", s[2].id},
                            {"topic3", s[2].topic},
                            {"user3", s[2].userId},
                            {"payload3", s[2].payload},
                            {"event4", s[3].id},
                            {"topic4", s[3].topic},
                            {"user4", s[3].userId},
                            {"payload4", s[3].payload}});
        if (!r)
            return r.error();
    }
    return ids;
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
