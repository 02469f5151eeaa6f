// The rules of chat between two people: who may write to whom, storing a message once per
// client id, each person's ordered event log (messages and receipts) that connections stream
// and reconnecting clients resume from, delivered/read receipts, presence and typing.
// Events are handed to a ChatEventSink only after their transaction committed. Knows no
// sockets: the realtime hub implements the sink and the presence view.
#pragma once

#include "chattypes.h"
#include "domain/common/page.h"
#include "presenceservice.h"
#include "result.h"

namespace paydesk::server {
class Database;
}

namespace paydesk::server::chat {

// Where committed log events go on this node (the hub); other nodes hear them by NOTIFY.
class ChatEventSink
{
public:
    virtual ~ChatEventSink() = default;
    virtual void publish(const ChatEvent &event) = 0; // logged, ordered
};

class ChatService
{
public:
    ChatService(const Database &database, ChatEventSink &sink, PresenceService &presence);

    // Stores the message and its two events in one transaction; a resend of the same client
    // id returns the stored message with duplicate set and stores nothing.
    Result<SendOutcome> send(const QString &senderId, const QString &to, const QString &text,
                             const QString &clientId);
    // Records that a connection of `recipientId` received these messages; the senders get
    // message.delivered events for those not delivered before.
    Result<void> markDelivered(const QString &recipientId, const QStringList &messageIds);
    // Reads every message of the same sender up to and including `messageId`, which must be
    // addressed to `readerId` (another pair's message: not_found; one's own: forbidden).
    Result<ReadOutcome> markReadUpTo(const QString &readerId, const QString &messageId);
    // Relays a typing indicator to the peer's connections; nothing is stored.
    Result<void> relayTyping(const QString &fromId, const QString &to, bool typing);

    // Up to `limit` events of the person after `afterSeq`, in order.
    Result<QList<ChatEvent>> eventsAfter(const QString &userId, qint64 afterSeq, int limit) const;
    // Where a connection that names no position starts: before the first undelivered message.
    Result<qint64> pendingStart(const QString &userId) const;

    // Presence: the first connection of a person came to this node (online) or the last one
    // left it; PresenceService tells contacts when the person as a whole came or went.
    void presenceChanged(const QString &userId, bool online);

    Result<QList<ChatUser>> searchUsers(const QString &userId, const QString &query,
                                        int limit) const;
    Result<QList<Conversation>> conversations(const QString &userId) const;
    Result<Page<ChatMessage>> history(const QString &userId, const QString &peerId,
                                      const PageRequest &page) const;
    Result<Page<ChatMessage>> allMessages(const QString &userId, const PageRequest &page) const;

private:
    Result<void> checkPeer(const QString &userId, const QString &peerId) const;

    const Database &m_database;
    ChatEventSink &m_sink;
    PresenceService &m_presence;
};

} // namespace paydesk::server::chat
