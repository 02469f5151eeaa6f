// How chat values look on the wire, the same in WebSocket frames and HTTP bodies.
#pragma once

#include "chattypes.h"

#include <QJsonObject>

namespace paydesk::server::chat {

QJsonObject messageJson(const ChatMessage &m);
QJsonObject userJson(const ChatUser &u);
QJsonObject conversationJson(const Conversation &c);
// A personal event of a person's log (wallet.updated, transaction.updated) without its "type"
// and "seq", which the log adds: the event's topic, stable id, time (ISO 8601 UTC with
// milliseconds) and payload.
QJsonObject personEventFrame(const QString &topic, const QString &eventId, const QString &at,
                             const QJsonObject &data);

} // namespace paydesk::server::chat
