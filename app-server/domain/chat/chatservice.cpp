#include "chatservice.h"

#include "chatjson.h"

#include "ids.h"
#include "jsonvalues.h"
#include "store/chatrepository.h"
#include "store/database.h"

#include <QJsonArray>
#include <QLoggingCategory>

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

ChatService::ChatService(const Database &database, ChatEventSink &sink, PresenceService &presence)
    : m_database(database)
    , m_sink(sink)
    , m_presence(presence)
{}

Result<void> ChatService::checkPeer(const QString &userId, const QString &peerId) const
{
    if (peerId == userId)
        return Error::make(errc::kSelfChat, u"You cannot chat with yourself."_s, u"to"_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto peer = ChatRepository(*db).user(peerId);
    if (!peer)
        return peer.error();
    if (!peer->has_value())
        return Error::make(errc::kRecipientNotFound, u"No such user."_s, u"to"_s);
    return {};
}

Result<SendOutcome> ChatService::send(const QString &senderId, const QString &to,
                                      const QString &text, const QString &clientId)
{
    if (auto r = checkText(text, clientId); !r)
        return r.error();
    if (auto r = checkPeer(senderId, to); !r)
        return r.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    ChatRepository repo(*db);
    Transaction tx(*db);
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
    if (!stored->has_value())
        return resent(repo, senderId, to, text, clientId); // rolls back: nothing stored
    const QJsonObject body{{"message"_L1, messageJson(**stored)}};
    const ChatEvent forSender{senderId, seqs->first,
                              eventFrame(u"message.new"_s, seqs->first, body)};
    const ChatEvent forRecipient{to, seqs->second,
                                 eventFrame(u"message.new"_s, seqs->second, body)};
    if (auto r = repo.insertMessageEvents(forSender, forRecipient, message.id); !r)
        return r.error();
    if (auto r = repo.addContacts(senderId, to); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_sink.publish(forRecipient);
    m_sink.publish(forSender); // the sender's other connections; the sending one acks instead
    return SendOutcome{**stored, false};
}

Result<void> ChatService::markDelivered(const QString &recipientId, const QStringList &messageIds)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    ChatRepository repo(*db);
    // One transaction for the batch: the messages' rows in the order given (the stream's), then
    // the senders' heads in user-id order, so concurrent batches cannot deadlock. Its commit
    // does not wait for the disk: a crash that loses it leaves the messages undelivered, and
    // they are delivered (and this recorded) again on the next connection.
    Transaction tx(*db, Transaction::Redoable);
    QList<ChatMessage> delivered;
    for (const QString &id : messageIds) {
        auto message = repo.markDelivered(recipientId, id);
        if (!message)
            return message.error();
        if (message->has_value()) // else delivered before (another connection, or a replay)
            delivered.append(**message);
    }
    if (delivered.isEmpty())
        return {};
    std::stable_sort(
        delivered.begin(), delivered.end(),
        [](const ChatMessage &a, const ChatMessage &b) { return a.senderId < b.senderId; });
    QList<ChatEvent> events;
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
        events.append(event);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    for (const ChatEvent &e : std::as_const(events))
        m_sink.publish(e);
    return {};
}

Result<ReadOutcome> ChatService::markReadUpTo(const QString &readerId, const QString &messageId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    ChatRepository repo(*db);
    auto ref = repo.messageRef(messageId);
    if (!ref)
        return ref.error();
    // Another pair's message is as good as absent; one's own cannot be read by oneself.
    if (!ref->has_value() || ((*ref)->recipientId != readerId && (*ref)->senderId != readerId))
        return Error::make(errc::kNotFound, u"No such message."_s, u"id"_s);
    if ((*ref)->recipientId != readerId)
        return Error::make(errc::kForbidden, u"Only the recipient can mark a message read."_s,
                           u"id"_s);
    Transaction tx(*db);
    ReadOutcome outcome{messageId, {}, QDateTime::currentDateTimeUtc()};
    auto ids = repo.markReadUpTo(readerId, (*ref)->senderId, (*ref)->ordinal, outcome.readAt);
    if (!ids)
        return ids.error();
    outcome.messageIds = *ids;
    if (outcome.messageIds.isEmpty())
        return outcome;
    auto seq = repo.nextSeq((*ref)->senderId);
    if (!seq)
        return seq.error();
    const ChatEvent event{(*ref)->senderId, *seq,
                          eventFrame(u"message.read"_s, *seq,
                                     {{"up_to"_L1, messageId},
                                      {"reader_id"_L1, readerId},
                                      {"message_ids"_L1, QJsonArray::fromStringList(*ids)},
                                      {"read_at"_L1, outcome.readAt.toString(Qt::ISODateWithMs)}})};
    if (auto r = repo.insertEvent(event); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_sink.publish(event);
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
