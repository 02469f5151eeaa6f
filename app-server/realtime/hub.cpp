#include "hub.h"

#include "wssession.h"

#include <QMetaObject>

namespace paydesk::server {

bool Hub::attach(const QString &userId, WsSession *session)
{
    QMutexLocker lock(&m_mutex);
    QList<WsSession *> &list = m_sessions[userId];
    if (list.contains(session))
        return false;
    list.append(session);
    ++m_count;
    return list.size() == 1;
}

bool Hub::detach(const QString &userId, WsSession *session)
{
    QMutexLocker lock(&m_mutex);
    for (const QString &feed : m_following.take(session)) {
        auto followers = m_followers.find(feed);
        if (followers != m_followers.end() && followers->removeOne(session) && followers->isEmpty())
            m_followers.erase(followers);
    }
    auto it = m_sessions.find(userId);
    if (it == m_sessions.end() || !it->removeOne(session))
        return false;
    --m_count;
    if (!it->isEmpty())
        return false;
    m_sessions.erase(it);
    return true;
}

void Hub::deliverToUser(const QString &userId, qint64 seq, const QJsonObject &frame)
{
    QMutexLocker lock(&m_mutex);
    for (WsSession *session : m_sessions.value(userId))
        QMetaObject::invokeMethod(
            session, [session, seq, frame] { session->deliverEvent(seq, frame); },
            Qt::QueuedConnection);
}

void Hub::sendToUser(const QString &userId, const QJsonObject &frame)
{
    QMutexLocker lock(&m_mutex);
    for (WsSession *session : m_sessions.value(userId))
        QMetaObject::invokeMethod(
            session, [session, frame] { session->sendTransient(frame); }, Qt::QueuedConnection);
}

void Hub::follow(const QString &feed, WsSession *session)
{
    QMutexLocker lock(&m_mutex);
    QStringList &feeds = m_following[session];
    if (feeds.contains(feed))
        return;
    feeds.append(feed);
    m_followers[feed].append(session);
}

void Hub::unfollow(const QString &feed, WsSession *session)
{
    QMutexLocker lock(&m_mutex);
    auto feeds = m_following.find(session);
    if (feeds == m_following.end() || !feeds->removeOne(feed))
        return;
    if (feeds->isEmpty())
        m_following.erase(feeds);
    auto followers = m_followers.find(feed);
    if (followers != m_followers.end() && followers->removeOne(session) && followers->isEmpty())
        m_followers.erase(followers);
}

void Hub::publishToFeeds(const QStringList &feeds, qint64 sequence, const QJsonObject &frame)
{
    QMutexLocker lock(&m_mutex);
    QList<WsSession *> reached;
    for (const QString &feed : feeds)
        for (WsSession *session : m_followers.value(feed))
            if (!reached.contains(session))
                reached.append(session);
    for (WsSession *session : std::as_const(reached))
        QMetaObject::invokeMethod(
            session, [session, sequence, frame] { session->deliverFeedEvent(sequence, frame); },
            Qt::QueuedConnection);
}

void Hub::postToSession(const QString &userId, WsSession *session, std::function<void()> work)
{
    QMutexLocker lock(&m_mutex);
    if (m_sessions.value(userId).contains(session))
        QMetaObject::invokeMethod(session, std::move(work), Qt::QueuedConnection);
}

bool Hub::isOnline(const QString &userId) const
{
    QMutexLocker lock(&m_mutex);
    return m_sessions.contains(userId);
}

int Hub::sessionCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

void Hub::publish(const chat::ChatEvent &event)
{
    deliverToUser(event.userId, event.seq, event.frame);
}

} // namespace paydesk::server
