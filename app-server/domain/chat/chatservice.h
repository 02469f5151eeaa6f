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

#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <mutex>
#include <vector>

namespace paydesk::server {
class Database;
class GroupCommitter;
} // namespace paydesk::server

namespace paydesk::server::chat {

class ChatService
{
public:
    // With a committer, every write of chat (sends and receipts) commits in its batches: one
    // WAL flush for many. Each unit names the log heads it takes, so batches on other lanes
    // never wait on them, and one person's events keep their order.
    ChatService(const Database &database, ChatEventSink &sink, PresenceService &presence,
                GroupCommitter *committer = nullptr);

    // Stores the message and its two events in one transaction; a resend of the same client
    // id returns the stored message with duplicate set and stores nothing.
    Result<SendOutcome> send(const QString &senderId, const QString &to, const QString &text,
                             const QString &clientId);
    // The same, answered through `done` once the message committed: on a committer's thread,
    // or at once on the caller's for a refusal or without a committer. Never waits.
    using SendCallback = std::function<void(Result<SendOutcome>)>;
    void sendLater(const QString &senderId, const QString &to, const QString &text,
                   const QString &clientId, SendCallback done);
    // Records that a connection of `recipientId` received these messages; the senders get
    // message.delivered events for those not delivered before. Does not wait for it: a failure
    // is logged, and the messages stay undelivered (delivered again on the next connection).
    void markDelivered(const QString &recipientId, const QList<Received> &received);
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
    // What a unit of chat writes leaves to publish once it committed. None: it changed nothing
    // worth keeping (a resend, receipts given before), and it is rolled back.
    using Events = std::vector<ChatEvent>;
    using Work = std::function<Result<Events>(const QSqlDatabase &db)>;
    using Committed = std::function<void(Result<void>)>;
    // Runs `work` in a transaction and, once it committed, publishes its events and calls
    // `done`: in a committer's batch naming `keys` (the log heads the work takes) when there is
    // one, else at once in a transaction of its own (not waiting for the disk if `redoable`).
    // Other people's events go out before `done`, the `actor`'s (whose connection waits for
    // `done`) after it.
    void commitLater(Work work, QStringList keys, bool redoable, const QString &actor,
                     Committed done);
    Result<Events> commitAlone(const Work &work, bool redoable);
    Result<void> checkPeer(const QString &userId, const QString &peerId) const;
    // The writes of one send; `outcome` is the stored message, or the earlier one of a resend.
    Result<Events> sendIn(const QSqlDatabase &db, const QString &senderId, const QString &to,
                          const QString &text, const QString &clientId, SendOutcome &outcome);
    Result<Events> deliveredIn(const QSqlDatabase &db, const QString &recipientId,
                               const QList<Received> &received);
    Result<Events> readIn(const QSqlDatabase &db, const QString &readerId, const QString &senderId,
                          qint64 ordinal, ReadOutcome &outcome);

    const Database &m_database;
    ChatEventSink &m_sink;
    PresenceService &m_presence;
    GroupCommitter *m_committer = nullptr;
    // People are never deleted: a peer found once exists for good, and a send's check need
    // not ask the database again (one round trip less per message).
    static constexpr qsizetype kMaxKnownPeers = 100'000;
    mutable std::mutex m_knownMutex;
    mutable QSet<QString> m_knownPeers;
};

} // namespace paydesk::server::chat
