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

void Hub::publishTransient(const QString &userId, const QJsonObject &frame)
{
    sendToUser(userId, frame);
}

} // namespace paydesk::server
