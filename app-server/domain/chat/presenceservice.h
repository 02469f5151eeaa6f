// Presence across nodes (SPEC §4.4): a person is online while any of their connections is open
// on any live node; several devices count as one presence. Each node records the people it
// has connections for; a change is told to the person's contacts (people they have chatted
// with) on every node, through a NOTIFY the relays hear. A node that dies stops counting when
// its heartbeat goes stale, and the next sweep tells those contacts the person left.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace paydesk::server {
class Database;
}

namespace paydesk::server::chat {

class PresenceService
{
public:
    PresenceService(const Database &database, QString nodeId);

    // The person's first connection on this node opened / last one closed.
    void connected(const QString &userId);
    void disconnected(const QString &userId);
    // Forgets the connections of nodes that stopped beating; run with the heartbeat.
    void sweepDeadNodes();

    Result<QSet<QString>> onlineAmong(const QStringList &userIds) const;
    // A frame that is not stored, to the connections of `to` on every node.
    Result<void> sendTransient(const QStringList &to, const QJsonObject &frame) const;

private:
    // Records the change under the person's lock; true when their presence as a whole changed.
    Result<bool> record(const QString &userId, bool online);
    // After a sweep: true when the person has no connection on a live node left (last seen now).
    Result<bool> goneEverywhere(const QString &userId);
    void tellContacts(const QString &userId, bool online);

    const Database &m_database;
    QString m_nodeId;
};

} // namespace paydesk::server::chat
