// SQL of chat: messages, each person's event log and its head (the per-person sequence),
// contacts and last-seen times. Prepared statements with bound values, each served by an
// index of migration 0012; callers own the transaction.
#pragma once

#include "domain/chat/chattypes.h"
#include "domain/common/page.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace paydesk::server {

struct StoredMessageRef
{
    QString senderId;
    QString recipientId;
    qint64 ordinal = 0;
};

class ChatRepository
{
public:
    explicit ChatRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<std::optional<chat::ChatUser>> user(const QString &userId);
    Result<std::optional<chat::ChatMessage>> byClientId(const QString &senderId,
                                                        const QString &clientId);
    Result<std::optional<StoredMessageRef>> messageRef(const QString &messageId);
    // Takes the next seq of the person's log; holds that person's head row lock until commit.
    Result<qint64> nextSeq(const QString &userId);
    // The next seqs of two people's logs in one statement, locked in user-id order (the fixed
    // lock order of heads); {first's, second's}.
    Result<std::pair<qint64, qint64>> nextSeqs(const QString &first, const QString &second);
    // Inserts the message (id, sender, recipient, client id, text, sender seq) and fills in the
    // ordinal and created_at; empty when the sender already used this client id.
    Result<std::optional<chat::ChatMessage>> insertMessage(chat::ChatMessage message);
    Result<void> insertEvent(const chat::ChatEvent &event, const QString &messageId = {});
    // A new message's two events (the sender's and the recipient's) in one statement.
    Result<void> insertMessageEvents(const chat::ChatEvent &a, const chat::ChatEvent &b,
                                     const QString &messageId);
    Result<void> addContacts(const QString &a, const QString &b);
    // Sets delivered_at if unset on this message of `senderId` to `recipientId`; the message
    // when it was this call that set it.
    Result<std::optional<chat::ChatMessage>>
    markDelivered(const QString &recipientId, const QString &senderId, const QString &messageId);
    // Reads the recipient's unread messages from `senderId` up to `ordinal`; the ids read.
    Result<QStringList> markReadUpTo(const QString &recipientId, const QString &senderId,
                                     qint64 ordinal, const QDateTime &readAt);

    Result<QList<chat::ChatEvent>> eventsAfter(const QString &userId, qint64 afterSeq, int limit);
    Result<qint64> pendingStart(const QString &userId);
    Result<QStringList> contacts(const QString &userId);
    Result<void> setLastSeen(const QString &userId);

    Result<QList<chat::ChatUser>> searchUsers(const QString &userId, const QString &query,
                                              int limit);
    Result<QList<chat::Conversation>> conversations(const QString &userId);
    Result<Page<chat::ChatMessage>> history(const QString &userId, const QString &peerId,
                                            const PageRequest &page);
    Result<Page<chat::ChatMessage>> allMessages(const QString &userId, const PageRequest &page);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
