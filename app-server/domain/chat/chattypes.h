// The values of chat: a message between two people, one entry of a person's event log (what a
// connection streams and a reconnecting client resumes from), people and conversations as the
// HTTP side lists them. Plain values; no I/O.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paydesk::server::chat {

inline constexpr int kMaxTextLength = 4000;
inline constexpr int kMaxClientIdLength = 64;

struct ChatMessage
{
    QString id; // msg_...
    qint64 ordinal = 0;
    QString senderId;
    QString recipientId;
    QString clientId;
    QString text;
    qint64 senderSeq = 0; // the sender's event of this message (the ack carries it)
    QDateTime createdAt;
    QDateTime deliveredAt;
    QDateTime readAt;
};

// One entry of a person's event log: `frame` is the JSON frame sent, carrying "seq". Seqs of
// one person are 1, 2, 3 ... without gaps, committed in order.
struct ChatEvent
{
    QString userId;
    qint64 seq = 0;
    QJsonObject frame;
};

// Where committed log events go on this node (the hub); other nodes hear them by NOTIFY.
// Chat writes and the ledger's postings (their personal events) both publish here.
class ChatEventSink
{
public:
    virtual ~ChatEventSink() = default;
    virtual void publish(const ChatEvent &event) = 0; // logged, ordered
};

struct SendOutcome
{
    ChatMessage message;
    bool duplicate = false; // a resend of a stored client id: nothing new was stored
};

// A message a connection of its recipient received (the sender as the message said it).
struct Received
{
    QString messageId;
    QString senderId;
};

struct ReadOutcome
{
    QString upTo;           // the message id read up to
    QStringList messageIds; // newly read by this call (empty when all were read already)
    QDateTime readAt;
};

struct ChatUser
{
    QString id;
    QString displayName;
    QString email;
    bool online = false;
    QDateTime lastSeen; // invalid when never seen
};

struct Conversation
{
    ChatUser peer;
    ChatMessage lastMessage;
    int unreadCount = 0;
};

} // namespace paydesk::server::chat
