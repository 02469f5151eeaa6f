// Who is connected, on which node (migration 0015), and the cross-node channel for frames that
// are not stored (presence, typing): a NOTIFY every node's relay hears.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace paydesk::server {

class PresenceRepository
{
public:
    static constexpr int kLiveSecs = 30; // a node whose heartbeat is older counts as gone

    explicit PresenceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Serialises one person's presence changes until the transaction ends, on every node.
    Result<void> lockPerson(const QString &userId);
    Result<void> add(const QString &userId, const QString &nodeId);
    Result<void> remove(const QString &userId, const QString &nodeId);
    // Whether the person has connections on a live node other than `nodeId`.
    Result<bool> onlineElsewhere(const QString &userId, const QString &nodeId);
    Result<QSet<QString>> onlineAmong(const QStringList &userIds);
    // Removes the rows of nodes that stopped beating; returns the people they were for.
    Result<QStringList> sweepDeadNodes();
    // Sends `frame` to the connections of `to` on every node (realtime/outboxrelay.h).
    Result<void> sendTransient(const QStringList &to, const QJsonObject &frame);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
