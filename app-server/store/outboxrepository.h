// Appends events to the outbox inside the caller's transaction (SPEC §1.4): they become
// visible, and deliverable, exactly when the change they describe commits. Also reads them
// back: personal events into their people's logs, a merchant app's payment events for replay.
#pragma once

#include <array>

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace paydesk::server {

// An event to append.
struct OutboxEvent
{
    QString topic;
    QString userId; // empty: not addressed to one person
    QJsonObject payload;
};

// An event as stored, read back.
struct StoredEvent
{
    qint64 sequence = 0; // the outbox id
    QString eventId;
    QString topic;
    QJsonObject payload;
    QDateTime at;
};

class OutboxRepository
{
public:
    explicit OutboxRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Returns the new event's id (evt_...). `userId` empty: not addressed to one person.
    Result<QString> append(const QString &topic, const QString &userId, const QJsonObject &payload);
    // Moves up to `batch` queued personal events into their people's logs, in its own
    // transaction; returns how many (migration 0014), or kGaveWay when a log head stayed locked
    // by someone else's transaction for 100 ms: nothing moved, try again shortly (0018).
    static constexpr int kGaveWay = -1;
    Result<int> logPersonEvents(int batch);
    // The payment events of `appId` after the outbox id `after`, oldest first.
    Result<QList<StoredEvent>> paymentEventsAfter(const QString &appId, qint64 after, int limit);
    // The events in order, up to four per round trip; returns their ids in the same order.
    Result<QStringList> appendAll(const QList<OutboxEvent> &events);

    // One slot of ledgersql::kAppendEvents (and of the statements that embed it); a default
    // slot is unused.
    struct EventSlot
    {
        QString id = QStringLiteral("");
        QString topic = QStringLiteral("");
        QString userId = QStringLiteral("");
        QString payload = QStringLiteral("{}");
    };
    // Events [start, start + 4) as slots with new ids (appended to `ids`).
    static std::array<EventSlot, 4> eventSlots(const QList<OutboxEvent> &events, qsizetype start,
                                               QStringList &ids);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
