// Every authenticated WebSocket session of this node, by user id, and the one way to reach
// them: deliverToUser (a logged event with its seq) and sendToUser (a transient frame such as
// presence or typing). Sessions live on their listener threads; the hub never touches a socket:
// it posts a queued call onto the session's thread while holding its lock, so a session cannot
// be destroyed in between (it detaches itself, under the same lock, before it goes).
// Other nodes' events (LISTEN/NOTIFY or the outbox relay) enter through deliverToUser too.
// Sessions may also follow feeds (a merchant app's payments, one payment): publishToFeeds
// reaches every session that follows any of an event's feeds, once.
#pragma once

#include "domain/chat/chatservice.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

namespace paydesk::server {

class WsSession;

class Hub : public chat::ChatEventSink
{
public:
    // True when this is the user's first session on this node (the user came online).
    bool attach(const QString &userId, WsSession *session);
    // True when this was the user's last session (the user went offline).
    bool detach(const QString &userId, WsSession *session);

    // A logged event: every session of the user receives it in seq order, filling gaps from
    // the log, skipping what it already sent. An empty frame says only that the log has `seq`
    // now (written on another node): sessions read it from the log.
    void deliverToUser(const QString &userId, qint64 seq, const QJsonObject &frame);
    // A frame that is not logged; sessions that are gone simply miss it.
    void sendToUser(const QString &userId, const QJsonObject &frame);

    // `session` follows `feed` (realtime/feeds.h names them) until it unfollows or detaches.
    void follow(const QString &feed, WsSession *session);
    void unfollow(const QString &feed, WsSession *session);
    // A committed event of these feeds, with its outbox sequence.
    void publishToFeeds(const QStringList &feeds, qint64 sequence, const QJsonObject &frame);

    // Runs `work` on `session`'s thread if the session is still attached as `userId`'s, from
    // any thread (a committer's answer): a session detaches under the same lock, so it cannot
    // be destroyed while this posts, and what is posted to it dies with it.
    void postToSession(const QString &userId, WsSession *session, std::function<void()> work);

    bool isOnline(const QString &userId) const; // on this node
    int sessionCount() const;

    void publish(const chat::ChatEvent &event) override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QList<WsSession *>> m_sessions;
    QHash<QString, QList<WsSession *>> m_followers; // by feed
    QHash<WsSession *, QStringList> m_following;    // by session, to forget it on detach
    int m_count = 0;
};

} // namespace paydesk::server
