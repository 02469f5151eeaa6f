// The subscriptions of one authenticated WebSocket session: `subscribe` / `unsubscribe` to a
// merchant app's payment events (the console's live monitor) or to one payment by its id or
// reference (`tx_ref`), each for its owner only. A subscription to an app can start with a
// replay of the events after an outbox sequence the client already has; an event both replayed
// and then relayed live is sent once. Lives on its session's thread.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace paydesk::server {

class Hub;
class WsSession;
namespace gateway {
class PaymentFeed;
}

class FeedChannel
{
public:
    static constexpr int kMaxFeeds = 64; // subscriptions one connection may hold

    FeedChannel(WsSession &session, Hub &hub, const gateway::PaymentFeed &feed, QString userId);

    static bool isFeedFrame(const QString &type);
    // Handles a feed frame; false when `type` is not one.
    bool handleFrame(const QString &type, const QJsonObject &frame, const QJsonValue &id);
    void deliver(qint64 sequence, const QJsonObject &frame);

private:
    // The feeds a subscribe/unsubscribe frame names, or false after answering with an error.
    bool target(const QJsonObject &frame, const QJsonValue &id, QString &appId,
                QString &txRef) const;
    void subscribe(const QJsonObject &frame, const QJsonValue &id);
    void unsubscribe(const QJsonObject &frame, const QJsonValue &id);
    bool follow(const QStringList &feeds, const QJsonValue &id);
    void replay(const QString &appId, qint64 after);
    void forgetOldReplays();

    WsSession &m_session;
    Hub &m_hub;
    const gateway::PaymentFeed &m_feed;
    QString m_userId;
    QHash<QString, QStringList> m_subscriptions; // "app:…"/"tx:…" → the feeds it follows
    QHash<qint64, QDateTime> m_replayed;         // sequence → when it committed
};

} // namespace paydesk::server
