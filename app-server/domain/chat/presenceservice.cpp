#include "presenceservice.h"

#include "store/chatrepository.h"
#include "store/database.h"
#include "store/presencerepository.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPresence, "paydesk.presence")

namespace paydesk::server::chat {

PresenceService::PresenceService(const Database &database, QString nodeId)
    : m_database(database)
    , m_nodeId(std::move(nodeId))
{}

void PresenceService::connected(const QString &userId)
{
    auto changed = record(userId, true);
    if (!changed)
        qCWarning(lcPresence) << "presence of" << userId
                              << "not recorded:" << changed.error().message;
    else if (*changed)
        tellContacts(userId, true);
}

void PresenceService::disconnected(const QString &userId)
{
    auto changed = record(userId, false);
    if (!changed)
        qCWarning(lcPresence) << "absence of" << userId
                              << "not recorded:" << changed.error().message;
    else if (*changed)
        tellContacts(userId, false);
}

Result<bool> PresenceService::record(const QString &userId, bool online)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    PresenceRepository repo(*db);
    Transaction tx(*db);
    if (auto r = repo.lockPerson(userId); !r)
        return r.error();
    auto elsewhere = repo.onlineElsewhere(userId, m_nodeId);
    if (!elsewhere)
        return elsewhere.error();
    auto r = online ? repo.add(userId, m_nodeId) : repo.remove(userId, m_nodeId);
    if (!r)
        return r.error();
    if (!online && !*elsewhere)
        if (auto seen = ChatRepository(*db).setLastSeen(userId); !seen)
            return seen.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return !*elsewhere;
}

void PresenceService::sweepDeadNodes()
{
    auto db = m_database.connection();
    if (!db)
        return;
    auto gone = PresenceRepository(*db).sweepDeadNodes();
    if (!gone) {
        qCWarning(lcPresence) << "dead nodes' connections not swept:" << gone.error().message;
        return;
    }
    for (const QString &userId : std::as_const(*gone)) {
        auto left = goneEverywhere(userId);
        if (left && *left)
            tellContacts(userId, false);
    }
}

Result<bool> PresenceService::goneEverywhere(const QString &userId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    PresenceRepository repo(*db);
    Transaction tx(*db);
    if (auto r = repo.lockPerson(userId); !r)
        return r.error();
    auto still = repo.onlineElsewhere(userId, QString()); // on any live node, this one too
    if (!still)
        return still.error();
    if (*still)
        return false;
    if (auto seen = ChatRepository(*db).setLastSeen(userId); !seen)
        return seen.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return true;
}

void PresenceService::tellContacts(const QString &userId, bool online)
{
    auto db = m_database.connection();
    if (!db)
        return;
    auto contacts = ChatRepository(*db).contacts(userId);
    if (!contacts || contacts->isEmpty())
        return;
    const QJsonObject frame{
        {"type"_L1, u"presence"_s},
        {"user_id"_L1, userId},
        {"online"_L1, online},
        {"last_seen"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (auto r = PresenceRepository(*db).sendTransient(*contacts, frame); !r)
        qCWarning(lcPresence) << "presence of" << userId << "not told:" << r.error().message;
}

Result<QSet<QString>> PresenceService::onlineAmong(const QStringList &userIds) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return PresenceRepository(*db).onlineAmong(userIds);
}

Result<void> PresenceService::sendTransient(const QStringList &to, const QJsonObject &frame) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return PresenceRepository(*db).sendTransient(to, frame);
}

} // namespace paydesk::server::chat
