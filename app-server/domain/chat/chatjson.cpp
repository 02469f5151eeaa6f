#include "chatjson.h"

#include "jsonvalues.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::chat {

QJsonObject messageJson(const ChatMessage &m)
{
    return {{"id"_L1, m.id},
            {"from"_L1, m.senderId},
            {"to"_L1, m.recipientId},
            {"client_id"_L1, m.clientId},
            {"text"_L1, m.text},
            {"created_at"_L1, json::time(m.createdAt)},
            {"delivered_at"_L1, json::time(m.deliveredAt)},
            {"read_at"_L1, json::time(m.readAt)}};
}

QJsonObject userJson(const ChatUser &u)
{
    return {{"id"_L1, u.id},
            {"display_name"_L1, u.displayName},
            {"email"_L1, u.email},
            {"online"_L1, u.online},
            {"last_seen"_L1, json::time(u.lastSeen)}};
}

QJsonObject conversationJson(const Conversation &c)
{
    return {{"peer"_L1, userJson(c.peer)},
            {"last_message"_L1, messageJson(c.lastMessage)},
            {"unread_count"_L1, c.unreadCount}};
}

QJsonObject personEventFrame(const QString &topic, const QString &eventId, const QString &at,
                             const QJsonObject &data)
{
    return {{"topic"_L1, topic}, {"event_id"_L1, eventId}, {"at"_L1, at}, {"data"_L1, data}};
}

} // namespace paydesk::server::chat
