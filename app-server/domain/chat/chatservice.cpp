#include "chatservice.h"

#include "chatjson.h"

#include "ids.h"
#include "jsonvalues.h"
#include "store/chatrepository.h"
#include "store/database.h"
#include "store/groupcommit.h"
#include "store/lockkeys.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <future>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChat, "paydesk.chat")

namespace paydesk::server::chat {

namespace {

QJsonObject eventFrame(const QString &type, qint64 seq, QJsonObject fields)
{
    fields.insert("type"_L1, type);
    fields.insert("seq"_L1, seq);
    return fields;
}

Result<void> checkText(const QString &text, const QString &clientId)
{
    if (text.trimmed().isEmpty())
        return Error::make(errc::kValidation, u"text must not be empty."_s, u"text"_s);
    if (text.size() > kMaxTextLength)
        return Error::make(errc::kMessageTooLong,
                           u"text is longer than %1 characters."_s.arg(kMaxTextLength), u"text"_s);
    if (clientId.isEmpty() || clientId.size() > kMaxClientIdLength)
        return Error::make(errc::kValidation,
                           u"client_id must be 1..%1 characters."_s.arg(kMaxClientIdLength),
                           u"client_id"_s);
    return {};
}

// The stored message of a resend, or the error when the client id meant another message.
Result<SendOutcome> resent(ChatRepository &repo, const QString &senderId, const QString &to,
                           const QString &text, const QString &clientId)
{
    auto existing = repo.byClientId(senderId, clientId);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::make(errc::kConflict, u"This client_id is being used; send again."_s,
                           u"client_id"_s);
    if ((*existing)->recipientId != to || (*existing)->text != text)
        return Error::make(errc::kClientIdReused, u"This client_id was used for another message."_s,
                           u"client_id"_s);
    return SendOutcome{**existing, true};
}

} // namespace

ChatService::ChatService(const Database &database, ChatEventSink &sink, PresenceService &presence,
                         GroupCommitter *committer)
    : m_database(database)
    , m_sink(sink)
    , m_presence(presence)
    , m_committer(committer)
{}

Result<void> ChatService::checkPeer(const QString &userId, const QString &peerId) const
{
    if (peerId == userId)
        return Error::make(errc::kSelfChat, u"You cannot chat with yourself."_s, u"to"_s);
    {
        std::lock_guard lock(m_knownMutex);
        if (m_knownPeers.contains(peerId))
            return {};
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto peer = ChatRepository(*db).user(peerId);
    if (!peer)
        return peer.error();
    if (!peer->has_value())
        return Error::make(errc::kRecipientNotFound, u"No such user."_s, u"to"_s);
    std::lock_guard lock(m_knownMutex);
    if (m_knownPeers.size() >= kMaxKnownPeers)
        m_knownPeers.clear(); // bounded memory; they are looked up again
    m_knownPeers.insert(peerId);
    return {};
}

void ChatService::commitLater(Work work, QStringList keys, bool redoable, const QString &actor,
                              Committed done)
{
    // The actor's events after `done`: the sending connection's ack is queued to it before its
    // own message.new, which it then skips (the ack stands for it). The peer's before: what the
    // actor does after its answer (a "typing") must not reach the peer ahead of the message.
    const auto finish = [this, actor, done = std::move(done)](const Result<Events> &written) {
        if (!written)
            return done(written.error());
        for (const ChatEvent &event : *written)
            if (event.userId != actor)
                m_sink.publish(event);
        done({});
        for (const ChatEvent &event : *written)
            if (event.userId == actor)
                m_sink.publish(event);
    };
    if (!m_committer) {
        finish(commitAlone(work, redoable));
        return;
    }
    // A batch commits synchronously whatever its units are: receipts ride along with sends.
    auto written = std::make_shared<std::optional<Result<Events>>>();
    m_committer->submit(
        [work = std::move(work), written](const QSqlDatabase &db) {
            *written = work(db);
            return (*written)->ok() && !(**written)->empty();
        },
        [written, finish](bool committed) {
            if (!committed || !*written)
                return finish(databaseError(u"chat batch"_s, u"the batch did not commit"_s));
            finish(**written);
        },
        std::move(keys));
}

Result<ChatService::Events> ChatService::commitAlone(const Work &work, bool redoable)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db, redoable ? Transaction::Redoable : Transaction::ReadWrite);
    auto events = work(*db);
    if (!events || events->empty())
        return events; // an error, or nothing worth keeping: rolled back
    if (auto r = tx.commit(); !r)
        return r.error();
    return events;
}

Result<ChatService::Events> ChatService::sendIn(const QSqlDatabase &db, const QString &senderId,
                                                const QString &to, const QString &text,
                                                const QString &clientId, SendOutcome &outcome)
{
    ChatRepository repo(db);
    // Both heads, in user-id order; a concurrent resend waits for the sender's, then finds this.
    auto seqs = repo.nextSeqs(senderId, to);
    if (!seqs)
        return seqs.error();
    ChatMessage message;
    message.id = ids::make(u"msg");
    message.senderId = senderId;
    message.recipientId = to;
    message.clientId = clientId;
    message.text = text;
    message.senderSeq = seqs->first;
    auto stored = repo.insertMessage(message);
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        auto again = resent(repo, senderId, to, text, clientId);
        if (!again)
            return again.error();
        outcome = *again;
        return Events{}; // the heads moved for nothing: rolled back
    }
    const QJsonObject body{{"message"_L1, messageJson(**stored)}};
    const ChatEvent forSender{senderId, seqs->first,
                              eventFrame(u"message.new"_s, seqs->first, body)};
    const ChatEvent forRecipient{to, seqs->second,
                                 eventFrame(u"message.new"_s, seqs->second, body)};
    if (auto r = repo.insertMessageEvents(forSender, forRecipient, message.id); !r)
        return r.error();
    if (auto r = repo.addContacts(senderId, to); !r)
        return r.error();
    outcome = SendOutcome{**stored, false};
    // The recipient first; the sender's other connections too (the sending one acks instead).
    return Events{forRecipient, forSender};
}

Result<SendOutcome> ChatService::send(const QString &senderId, const QString &to,
                                      const QString &text, const QString &clientId)
{
    std::promise<Result<SendOutcome>> promise;
    auto answer = promise.get_future();
    sendLater(senderId, to, text, clientId,
              [&promise](Result<SendOutcome> r) { promise.set_value(std::move(r)); });
    return answer.get();
}

void ChatService::sendLater(const QString &senderId, const QString &to, const QString &text,
                            const QString &clientId, SendCallback done)
{
    if (auto r = checkText(text, clientId); !r)
        return done(r.error());
    if (auto r = checkPeer(senderId, to); !r)
        return done(r.error());
    auto outcome = std::make_shared<SendOutcome>();
    commitLater(
        [this, senderId, to, text, clientId, outcome](const QSqlDatabase &db) {
            return sendIn(db, senderId, to, text, clientId, *outcome);
        },
        {lockkeys::chatHead(senderId), lockkeys::chatHead(to)}, false, senderId,
        [outcome, done = std::move(done)](const Result<void> &r) {
            if (!r)
                return done(r.error());
            done(*outcome);
        });
}

Result<ChatService::Events> ChatService::deliveredIn(const QSqlDatabase &db,
                                                     const QString &recipientId,
                                                     const QList<Received> &received)
{
    ChatRepository repo(db);
    // The messages' rows in the order given (the stream's), then the senders' heads in user-id
    // order, so concurrent receipts outside a committer cannot deadlock either. Only messages
    // of the senders given are marked: their heads are all this takes.
    QList<ChatMessage> delivered;
    for (const Received &r : received) {
        auto message = repo.markDelivered(recipientId, r.senderId, r.messageId);
        if (!message)
            return message.error();
        if (message->has_value()) // else delivered before (another connection, or a replay)
            delivered.append(**message);
    }
    std::stable_sort(
        delivered.begin(), delivered.end(),
        [](const ChatMessage &a, const ChatMessage &b) { return a.senderId < b.senderId; });
    Events events;
    for (const ChatMessage &m : std::as_const(delivered)) {
        auto seq = repo.nextSeq(m.senderId);
        if (!seq)
            return seq.error();
        const ChatEvent event{m.senderId, *seq,
                              eventFrame(u"message.delivered"_s, *seq,
                                         {{"message_id"_L1, m.id},
                                          {"client_id"_L1, m.clientId},
                                          {"to"_L1, recipientId},
                                          {"delivered_at"_L1, json::time(m.deliveredAt)}})};
        if (auto r = repo.insertEvent(event); !r)
            return r.error();
        events.push_back(event);
    }
    return events;
}

void ChatService::markDelivered(const QString &recipientId, const QList<Received> &received)
{
    if (received.isEmpty())
        return;
    QStringList keys{lockkeys::chatHead(recipientId)}; // its messages' rows: only it marks them
    for (const Received &r : received)
        if (const QString key = lockkeys::chatHead(r.senderId); !keys.contains(key))
            keys.append(key);
    // A receipt lost in a crash is given again when the message is delivered again: it need
    // not wait for the disk when it commits on its own.
    commitLater([this, recipientId, received](
                    const QSqlDatabase &db) { return deliveredIn(db, recipientId, received); },
                std::move(keys), true, recipientId,
                [recipientId](const Result<void> &r) {
                    if (!r)
                        qCWarning(lcChat)
                            << "delivery to" << recipientId << "not recorded:" << r.error().message;
                });
}

Result<ChatService::Events> ChatService::readIn(const QSqlDatabase &db, const QString &readerId,
                                                const QString &senderId, qint64 ordinal,
                                                ReadOutcome &outcome)
{
    ChatRepository repo(db);
    auto ids = repo.markReadUpTo(readerId, senderId, ordinal, outcome.readAt);
    if (!ids)
        return ids.error();
    outcome.messageIds = *ids;
    if (outcome.messageIds.isEmpty())
        return Events{};
    auto seq = repo.nextSeq(senderId);
    if (!seq)
        return seq.error();
    const ChatEvent event{senderId, *seq,
                          eventFrame(u"message.read"_s, *seq,
                                     {{"up_to"_L1, outcome.upTo},
                                      {"reader_id"_L1, readerId},
                                      {"message_ids"_L1, QJsonArray::fromStringList(*ids)},
                                      {"read_at"_L1, outcome.readAt.toString(Qt::ISODateWithMs)}})};
    if (auto r = repo.insertEvent(event); !r)
        return r.error();
    return Events{event};
}

Result<ReadOutcome> ChatService::markReadUpTo(const QString &readerId, const QString &messageId)
{
    std::optional<StoredMessageRef> ref;
    {
        auto db = m_database.connection();
        if (!db)
            return db.error();
        auto found = ChatRepository(*db).messageRef(messageId);
        if (!found)
            return found.error();
        ref = *found;
    }
    // Another pair's message is as good as absent; one's own cannot be read by oneself.
    if (!ref || (ref->recipientId != readerId && ref->senderId != readerId))
        return Error::make(errc::kNotFound, u"No such message."_s, u"id"_s);
    if (ref->recipientId != readerId)
        return Error::make(errc::kForbidden, u"Only the recipient can mark a message read."_s,
                           u"id"_s);
    ReadOutcome outcome{messageId, {}, QDateTime::currentDateTimeUtc()};
    std::promise<Result<void>> promise;
    auto committed = promise.get_future();
    const QString senderId = ref->senderId;
    const qint64 ordinal = ref->ordinal;
    commitLater(
        [this, readerId, senderId, ordinal, &outcome](const QSqlDatabase &db) {
            return readIn(db, readerId, senderId, ordinal, outcome);
        },
        {lockkeys::chatHead(readerId), lockkeys::chatHead(senderId)}, false, readerId,
        [&promise](const Result<void> &r) { promise.set_value(r); });
    if (auto r = committed.get(); !r)
        return r.error();
    return outcome;
}

Result<void> ChatService::relayTyping(const QString &fromId, const QString &to, bool typing)
{
    if (auto r = checkPeer(fromId, to); !r)
        return r.error();
    // To the peer's connections on every node; nothing is stored.
    return m_presence.sendTransient(
        {to}, {{"type"_L1, u"typing"_s}, {"from"_L1, fromId}, {"typing"_L1, typing}});
}

Result<QList<ChatEvent>> ChatService::eventsAfter(const QString &userId, qint64 afterSeq,
                                                  int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return ChatRepository(*db).eventsAfter(userId, afterSeq, limit);
}

Result<qint64> ChatService::pendingStart(const QString &userId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return ChatRepository(*db).pendingStart(userId);
}

void ChatService::presenceChanged(const QString &userId, bool online)
{
    if (online)
        m_presence.connected(userId);
    else
        m_presence.disconnected(userId);
}

Result<QList<ChatUser>> ChatService::searchUsers(const QString &userId, const QString &query,
                                                 int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto users = ChatRepository(*db).searchUsers(userId, query.trimmed(), limit);
    if (!users)
        return users;
    QStringList ids;
    for (const ChatUser &u : std::as_const(*users))
        ids.append(u.id);
    auto online = m_presence.onlineAmong(ids);
    if (!online)
        return online.error();
    for (ChatUser &u : users.value())
        u.online = online->contains(u.id);
    return users;
}

Result<QList<Conversation>> ChatService::conversations(const QString &userId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto list = ChatRepository(*db).conversations(userId);
    if (!list)
        return list;
    QStringList ids;
    for (const Conversation &c : std::as_const(*list))
        ids.append(c.peer.id);
    auto online = m_presence.onlineAmong(ids);
    if (!online)
        return online.error();
    for (Conversation &c : list.value())
        c.peer.online = online->contains(c.peer.id);
    return list;
}

Result<Page<ChatMessage>> ChatService::history(const QString &userId, const QString &peerId,
                                               const PageRequest &page) const
{
    if (auto r = checkPeer(userId, peerId); !r) {
        if (r.error().is(errc::kRecipientNotFound))
            return Error::make(errc::kNotFound, u"No such user."_s, u"user_id"_s);
        return r.error();
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return ChatRepository(*db).history(userId, peerId, page);
}

Result<Page<ChatMessage>> ChatService::allMessages(const QString &userId,
                                                   const PageRequest &page) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return ChatRepository(*db).allMessages(userId, page);
}

} // namespace paydesk::server::chat
