#include "chatrepository.h"

#include "sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

#define MESSAGE_COLUMNS                                                                            \
    "m.id, m.ordinal, m.sender_id, m.recipient_id, m.client_id, m.body, m.sender_seq, "            \
    "m.created_at, m.delivered_at, m.read_at "

QDateTime timeAt(const QSqlQuery &q, int i)
{
    return q.value(i).isNull() ? QDateTime() : q.value(i).toDateTime().toUTC();
}

chat::ChatMessage readMessage(const QSqlQuery &q, int at = 0)
{
    chat::ChatMessage m;
    m.id = q.value(at).toString();
    m.ordinal = q.value(at + 1).toLongLong();
    m.senderId = q.value(at + 2).toString();
    m.recipientId = q.value(at + 3).toString();
    m.clientId = q.value(at + 4).toString();
    m.text = q.value(at + 5).toString();
    m.senderSeq = q.value(at + 6).toLongLong();
    m.createdAt = timeAt(q, at + 7);
    m.deliveredAt = timeAt(q, at + 8);
    m.readAt = timeAt(q, at + 9);
    return m;
}

// Reads a page of messages selected with one row more than asked for.
Result<Page<chat::ChatMessage>> readPage(Result<sql::Outcome> r, int limit)
{
    if (!r)
        return r.error();
    Page<chat::ChatMessage> page;
    while (r->query().next()) {
        if (page.items.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.items.append(readMessage(r->query()));
    }
    return page;
}

} // namespace

Result<std::optional<chat::ChatUser>> ChatRepository::user(const QString &userId)
{
    auto row = sql::one(m_db,
                        "SELECT u.id, u.display_name, u.email, p.last_seen FROM users u "
                        "LEFT JOIN chat_presence p ON p.user_id = u.id WHERE u.id = :id",
                        {{"id", sql::text(userId)}});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<chat::ChatUser>();
    const QSqlQuery &q = **row;
    return std::optional<chat::ChatUser>(chat::ChatUser{
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), false, timeAt(q, 3)});
}

Result<std::optional<chat::ChatMessage>> ChatRepository::byClientId(const QString &senderId,
                                                                    const QString &clientId)
{
    // chat_messages_client_idx
    auto row = sql::one(m_db,
                        "SELECT " MESSAGE_COLUMNS "FROM chat_messages m "
                        "WHERE m.sender_id = :sender AND m.client_id = :client",
                        {{"sender", sql::text(senderId)}, {"client", sql::text(clientId)}});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<chat::ChatMessage>();
    return std::optional<chat::ChatMessage>(readMessage(**row));
}

Result<std::optional<StoredMessageRef>> ChatRepository::messageRef(const QString &messageId)
{
    auto row =
        sql::one(m_db, "SELECT sender_id, recipient_id, ordinal FROM chat_messages WHERE id = :id",
                 {{"id", sql::text(messageId)}});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<StoredMessageRef>();
    const QSqlQuery &q = **row;
    return std::optional<StoredMessageRef>(
        StoredMessageRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
}

Result<qint64> ChatRepository::nextSeq(const QString &userId)
{
    auto row = sql::one(m_db,
                        "INSERT INTO chat_event_heads AS h (user_id, last_seq) VALUES (:u, 1) "
                        "ON CONFLICT (user_id) DO UPDATE SET last_seq = h.last_seq + 1 "
                        "RETURNING last_seq",
                        {{"u", sql::text(userId)}});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::make(errc::kInternal, u"no event head"_s);
    return (**row).value(0).toLongLong();
}

Result<std::pair<qint64, qint64>> ChatRepository::nextSeqs(const QString &first,
                                                           const QString &second)
{
    const bool inOrder = first < second;
    auto r = sql::exec(m_db,
                       "INSERT INTO chat_event_heads AS h (user_id, last_seq) "
                       "VALUES (:lo, 1), (:hi, 1) "
                       "ON CONFLICT (user_id) DO UPDATE SET last_seq = h.last_seq + 1 "
                       "RETURNING user_id, last_seq",
                       {{"lo", inOrder ? first : second}, {"hi", inOrder ? second : first}});
    if (!r)
        return r.error();
    std::pair<qint64, qint64> seqs{0, 0};
    while (r->query().next())
        (r->query().value(0).toString() == first ? seqs.first : seqs.second) =
            r->query().value(1).toLongLong();
    if (seqs.first == 0 || seqs.second == 0)
        return Error::make(errc::kInternal, u"no event heads"_s);
    return seqs;
}

Result<std::optional<chat::ChatMessage>> ChatRepository::insertMessage(chat::ChatMessage message)
{
    // chat_messages_client_idx decides a resend.
    auto row = sql::one(m_db,
                        "INSERT INTO chat_messages (id, sender_id, recipient_id, client_id, body, "
                        "sender_seq) VALUES (:id, :sender, :recipient, :client, :body, :seq) "
                        "ON CONFLICT (sender_id, client_id) DO NOTHING "
                        "RETURNING ordinal, created_at",
                        {{"id", message.id},
                         {"sender", message.senderId},
                         {"recipient", message.recipientId},
                         {"client", sql::text(message.clientId)},
                         {"body", message.text},
                         {"seq", message.senderSeq}});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<chat::ChatMessage>();
    message.ordinal = (**row).value(0).toLongLong();
    message.createdAt = timeAt(**row, 1);
    return std::optional<chat::ChatMessage>(message);
}

Result<void> ChatRepository::insertMessageEvents(const chat::ChatEvent &a, const chat::ChatEvent &b,
                                                 const QString &messageId)
{
    const auto text = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto r = sql::exec(m_db,
                       "INSERT INTO chat_events (user_id, seq, frame, message_id) "
                       "VALUES (:ua, :sa, :fa, :m), (:ub, :sb, :fb, :m)",
                       {{"ua", a.userId},
                        {"sa", a.seq},
                        {"fa", text(a.frame)},
                        {"ub", b.userId},
                        {"sb", b.seq},
                        {"fb", text(b.frame)},
                        {"m", messageId}});
    if (!r)
        return r.error();
    return {};
}

Result<void> ChatRepository::insertEvent(const chat::ChatEvent &event, const QString &messageId)
{
    auto r = sql::exec(
        m_db,
        "INSERT INTO chat_events (user_id, seq, frame, message_id) "
        "VALUES (:u, :seq, :frame, nullif(:message, ''))",
        {{"u", event.userId},
         {"seq", event.seq},
         {"frame", QString::fromUtf8(QJsonDocument(event.frame).toJson(QJsonDocument::Compact))},
         {"message", sql::text(messageId)}});
    if (!r)
        return r.error();
    return {};
}

Result<void> ChatRepository::addContacts(const QString &a, const QString &b)
{
    auto r = sql::exec(m_db,
                       "INSERT INTO chat_contacts (user_id, peer_id) VALUES (:a, :b), (:b, :a) "
                       "ON CONFLICT DO NOTHING",
                       {{"a", a}, {"b", b}});
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<chat::ChatMessage>> ChatRepository::markDelivered(const QString &recipientId,
                                                                       const QString &senderId,
                                                                       const QString &messageId)
{
    auto row = sql::one(
        m_db,
        "UPDATE chat_messages m SET delivered_at = now() WHERE m.id = :id "
        "AND m.recipient_id = :r AND m.sender_id = :s AND m.delivered_at IS NULL "
        "RETURNING " MESSAGE_COLUMNS,
        {{"id", sql::text(messageId)}, {"r", sql::text(recipientId)}, {"s", sql::text(senderId)}});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<chat::ChatMessage>();
    return std::optional<chat::ChatMessage>(readMessage(**row));
}

Result<QStringList> ChatRepository::markReadUpTo(const QString &recipientId,
                                                 const QString &senderId, qint64 ordinal,
                                                 const QDateTime &readAt)
{
    // chat_messages_unread_idx
    auto r = sql::exec(m_db,
                       "UPDATE chat_messages SET read_at = :at, "
                       "delivered_at = coalesce(delivered_at, :at) "
                       "WHERE recipient_id = :r AND sender_id = :s AND ordinal <= :o "
                       "AND read_at IS NULL RETURNING id, ordinal",
                       {{"at", readAt}, {"r", recipientId}, {"s", senderId}, {"o", ordinal}});
    if (!r)
        return r.error();
    QList<QPair<qint64, QString>> rows;
    while (r->query().next())
        rows.append({r->query().value(1).toLongLong(), r->query().value(0).toString()});
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (const auto &row : rows)
        ids.append(row.second);
    return ids;
}

Result<QList<chat::ChatEvent>> ChatRepository::eventsAfter(const QString &userId, qint64 afterSeq,
                                                           int limit)
{
    // The primary key (user_id, seq).
    auto r = sql::exec(m_db,
                       "SELECT seq, frame FROM chat_events WHERE user_id = :u AND seq > :after "
                       "ORDER BY seq LIMIT :limit",
                       {{"u", sql::text(userId)}, {"after", afterSeq}, {"limit", limit}});
    if (!r)
        return r.error();
    QList<chat::ChatEvent> events;
    while (r->query().next())
        events.append({userId, r->query().value(0).toLongLong(),
                       QJsonDocument::fromJson(r->query().value(1).toString().toUtf8()).object()});
    return events;
}

Result<qint64> ChatRepository::pendingStart(const QString &userId)
{
    // chat_messages_undelivered_idx, then chat_events_message_idx; else the head.
    auto row =
        sql::one(m_db,
                 "SELECT coalesce((SELECT min(e.seq) - 1 FROM chat_messages m JOIN chat_events e "
                 "ON e.message_id = m.id AND e.user_id = m.recipient_id "
                 "WHERE m.recipient_id = :u AND m.delivered_at IS NULL), "
                 "(SELECT last_seq FROM chat_event_heads WHERE user_id = :u), 0)",
                 {{"u", sql::text(userId)}});
    if (!row)
        return row.error();
    return row->has_value() ? (**row).value(0).toLongLong() : 0;
}

Result<QStringList> ChatRepository::contacts(const QString &userId)
{
    auto r = sql::exec(m_db, "SELECT peer_id FROM chat_contacts WHERE user_id = :u",
                       {{"u", sql::text(userId)}});
    if (!r)
        return r.error();
    QStringList ids;
    while (r->query().next())
        ids.append(r->query().value(0).toString());
    return ids;
}

Result<void> ChatRepository::setLastSeen(const QString &userId)
{
    auto r = sql::exec(m_db,
                       "INSERT INTO chat_presence (user_id, last_seen) VALUES (:u, now()) "
                       "ON CONFLICT (user_id) DO UPDATE SET last_seen = now()",
                       {{"u", sql::text(userId)}});
    if (!r)
        return r.error();
    return {};
}

Result<QList<chat::ChatUser>> ChatRepository::searchUsers(const QString &userId,
                                                          const QString &query, int limit)
{
    // Prefix search: users_display_name_lower_idx and users_email_lower_idx.
    auto r = sql::exec(
        m_db,
        "SELECT u.id, u.display_name, u.email, p.last_seen FROM users u "
        "LEFT JOIN chat_presence p ON p.user_id = u.id "
        "WHERE u.id <> :me AND (lower(u.display_name) LIKE :q || '%' "
        "OR u.email_normalized LIKE :q || '%') "
        "ORDER BY lower(u.display_name), u.id LIMIT :limit",
        {{"me", sql::text(userId)}, {"q", sql::likeEscaped(query.toLower())}, {"limit", limit}});
    if (!r)
        return r.error();
    QList<chat::ChatUser> users;
    while (r->query().next())
        users.append({r->query().value(0).toString(), r->query().value(1).toString(),
                      r->query().value(2).toString(), false, timeAt(r->query(), 3)});
    return users;
}

Result<QList<chat::Conversation>> ChatRepository::conversations(const QString &userId)
{
    // chat_contacts' key, the last message by chat_messages_pair_idx, the unread count by
    // chat_messages_unread_idx.
    auto r = sql::exec(
        m_db,
        "SELECT u.id, u.display_name, u.email, p.last_seen, "
        "(SELECT count(*) FROM chat_messages x WHERE x.recipient_id = :u "
        "AND x.sender_id = c.peer_id AND x.read_at IS NULL), " MESSAGE_COLUMNS
        "FROM chat_contacts c JOIN users u ON u.id = c.peer_id "
        "LEFT JOIN chat_presence p ON p.user_id = c.peer_id "
        "CROSS JOIN LATERAL (SELECT * FROM chat_messages y "
        "WHERE least(y.sender_id, y.recipient_id) = least(:u, c.peer_id) "
        "AND greatest(y.sender_id, y.recipient_id) = greatest(:u, c.peer_id) "
        "ORDER BY least(y.sender_id, y.recipient_id), greatest(y.sender_id, y.recipient_id), "
        "y.ordinal DESC LIMIT 1) m "
        "WHERE c.user_id = :u ORDER BY m.ordinal DESC",
        {{"u", sql::text(userId)}});
    if (!r)
        return r.error();
    QList<chat::Conversation> list;
    while (r->query().next()) {
        const QSqlQuery &q = r->query();
        chat::Conversation c;
        c.peer = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), false,
                  timeAt(q, 3)};
        c.unreadCount = q.value(4).toInt();
        c.lastMessage = readMessage(q, 5);
        list.append(c);
    }
    return list;
}

Result<Page<chat::ChatMessage>>
ChatRepository::history(const QString &userId, const QString &peerId, const PageRequest &page)
{
    // chat_messages_pair_idx, newest first; the cursor is the last message id of the page.
    return readPage(sql::exec(m_db,
                              "SELECT " MESSAGE_COLUMNS "FROM chat_messages m "
                              "WHERE least(m.sender_id, m.recipient_id) = least(:u, :p) "
                              "AND greatest(m.sender_id, m.recipient_id) = greatest(:u, :p) "
                              "AND (:after = '' OR m.ordinal < (SELECT ordinal FROM chat_messages "
                              "WHERE id = :after)) "
                              "ORDER BY least(m.sender_id, m.recipient_id), "
                              "greatest(m.sender_id, m.recipient_id), m.ordinal DESC LIMIT :limit",
                              {{"u", sql::text(userId)},
                               {"p", sql::text(peerId)},
                               {"after", sql::text(page.afterId)},
                               {"limit", page.limit + 1}}),
                    page.limit);
}

Result<Page<chat::ChatMessage>> ChatRepository::allMessages(const QString &userId,
                                                            const PageRequest &page)
{
    // chat_messages_sender_idx and chat_messages_recipient_idx (a BitmapOr), newest first.
    return readPage(sql::exec(m_db,
                              "SELECT " MESSAGE_COLUMNS "FROM chat_messages m "
                              "WHERE (m.sender_id = :u OR m.recipient_id = :u) "
                              "AND (:after = '' OR m.ordinal < (SELECT ordinal FROM "
                              "chat_messages WHERE id = :after)) "
                              "ORDER BY m.ordinal DESC LIMIT :limit",
                              {{"u", sql::text(userId)},
                               {"after", sql::text(page.afterId)},
                               {"limit", page.limit + 1}}),
                    page.limit);
}

} // namespace paydesk::server
