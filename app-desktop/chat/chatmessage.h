// One chat message as the desktop keeps it: the server's message object ({id, from, to,
// client_id, text, created_at, delivered_at, read_at}, docs/PROTOCOL.md) or, before the server
// has it, an outbox entry (no id yet). Money moved between the two people can sit in the same
// thread as a transfer row. The tick a sender sees follows from the times.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct ChatMessage
{
    enum class Status { Pending, Sent, Delivered, Read, Failed };
    enum class Kind { Text, Transfer };

    QString id; // empty while only in the outbox
    QString clientId;
    QString from;
    QString to;
    QString text;
    QDateTime createdAt; // UTC
    QDateTime deliveredAt;
    QDateTime readAt;
    bool failed = false; // the server refused it (shown in red, kept out of the outbox)
    Kind kind = Kind::Text;
    qint64 amount = 0; // transfers: minor units
    QString currency;

    bool pending() const { return id.isEmpty() && !failed; }
    Status status() const;
    // The other person of the conversation, seen from `me`.
    QString peerOf(const QString &me) const { return from == me ? to : from; }

    static ChatMessage fromJson(const QJsonObject &message);
    // The outbox's form: what message.send needs plus the local time it was written.
    QJsonObject toOutboxJson() const;
    static ChatMessage fromOutboxJson(const QJsonObject &entry);
    // A transfer between the two people (a transaction.updated event's `transaction`), when its
    // metadata names them; otherwise an invalid message (empty from).
    static ChatMessage fromTransfer(const QJsonObject &transaction);
    // message.new or ack over a row that may already exist: keeps whatever is known of both.
    void mergeFrom(const ChatMessage &newer);
};

namespace chattime {
QDateTime parse(const QJsonValue &value);
QString format(const QDateTime &time);
} // namespace chattime
