// How chat values look on the wire, the same in WebSocket frames and HTTP bodies.
#pragma once

#include "chattypes.h"

#include <QJsonObject>

namespace paydesk::server::chat {

QJsonObject messageJson(const ChatMessage &m);
QJsonObject userJson(const ChatUser &u);
QJsonObject conversationJson(const Conversation &c);

} // namespace paydesk::server::chat
