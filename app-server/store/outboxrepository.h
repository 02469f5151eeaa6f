// Appends events to the outbox inside the caller's transaction (SPEC §1.4): they become
// visible, and deliverable, exactly when the change they describe commits.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace paydesk::server {

struct OutboxEvent
{
    QString topic;
    QString userId; // empty: not addressed to one person
    QJsonObject payload;
};

class OutboxRepository
{
public:
    explicit OutboxRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Returns the new event's id (evt_...). `userId` empty: not addressed to one person.
    Result<QString> append(const QString &topic, const QString &userId, const QJsonObject &payload);
    // The events in order, up to four per round trip; returns their ids in the same order.
    Result<QStringList> appendAll(const QList<OutboxEvent> &events);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
