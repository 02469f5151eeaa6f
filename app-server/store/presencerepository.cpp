#include "presencerepository.h"

#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paydesk::server {

namespace {
// NOTIFY payloads must stay under 8000 bytes: recipients go in chunks.
constexpr qsizetype kMaxPayloadBytes = 7000;
} // namespace

// A node is live while its heartbeat is younger than PresenceRepository::kLiveSecs.
#define LIVE_NODE "n.heartbeat_at > now() - interval '30 seconds'"
static_assert(PresenceRepository::kLiveSecs == 30, "LIVE_NODE says 30 seconds");

Result<void> PresenceRepository::lockPerson(const QString &userId)
{
    auto r = sql::exec(m_db, "SELECT pg_advisory_xact_lock(hashtext('presence:' || :u))",
                       {{"u", userId}});
    if (!r)
        return r.error();
    return {};
}

Result<void> PresenceRepository::add(const QString &userId, const QString &nodeId)
{
    auto r = sql::exec(m_db,
                       "INSERT INTO presence_connections (user_id, node_id) VALUES (:u, :n) "
                       "ON CONFLICT DO NOTHING",
                       {{"u", userId}, {"n", nodeId}});
    if (!r)
        return r.error();
    return {};
}

Result<void> PresenceRepository::remove(const QString &userId, const QString &nodeId)
{
    auto r = sql::exec(m_db, "DELETE FROM presence_connections WHERE user_id = :u AND node_id = :n",
                       {{"u", userId}, {"n", nodeId}});
    if (!r)
        return r.error();
    return {};
}

Result<bool> PresenceRepository::onlineElsewhere(const QString &userId, const QString &nodeId)
{
    auto row =
        sql::one(m_db,
                 "SELECT EXISTS (SELECT 1 FROM presence_connections p JOIN nodes n "
                 "ON n.id = p.node_id WHERE p.user_id = :u AND p.node_id <> :n AND " LIVE_NODE ")",
                 {{"u", userId}, {"n", sql::text(nodeId)}});
    if (!row)
        return row.error();
    return row->has_value() && (**row).value(0).toBool();
}

Result<QSet<QString>> PresenceRepository::onlineAmong(const QStringList &userIds)
{
    QSet<QString> online;
    if (userIds.isEmpty())
        return online;
    auto r = sql::exec(m_db,
                       "SELECT DISTINCT p.user_id FROM presence_connections p JOIN nodes n "
                       "ON n.id = p.node_id WHERE p.user_id = ANY (string_to_array(:ids, ',')) "
                       "AND " LIVE_NODE,
                       {{"ids", userIds.join(u',')}});
    if (!r)
        return r.error();
    while (r->query().next())
        online.insert(r->query().value(0).toString());
    return online;
}

Result<QStringList> PresenceRepository::sweepDeadNodes()
{
    auto r =
        sql::exec(m_db, "DELETE FROM presence_connections p USING nodes n WHERE n.id = p.node_id "
                        "AND NOT (" LIVE_NODE ") RETURNING p.user_id");
    if (!r)
        return r.error();
    QStringList users;
    while (r->query().next())
        users.append(r->query().value(0).toString());
    users.removeDuplicates();
    return users;
}

Result<void> PresenceRepository::sendTransient(const QStringList &to, const QJsonObject &frame)
{
    const QByteArray frameBytes = QJsonDocument(frame).toJson(QJsonDocument::Compact);
    qsizetype i = 0;
    while (i < to.size()) {
        QJsonArray chunk;
        qsizetype bytes = frameBytes.size() + 32;
        for (; i < to.size() && (chunk.isEmpty() || bytes + to.at(i).size() + 3 < kMaxPayloadBytes);
             ++i) {
            chunk.append(to.at(i));
            bytes += to.at(i).size() + 3;
        }
        const QJsonObject payload{{QStringLiteral("to"), chunk}, {QStringLiteral("frame"), frame}};
        auto r =
            sql::exec(m_db, "SELECT pg_notify('paydesk_transient', :payload)",
                      {{"payload",
                        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}});
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace paydesk::server
