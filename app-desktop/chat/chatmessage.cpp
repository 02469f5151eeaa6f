#include "chatmessage.h"

using namespace Qt::StringLiterals;

namespace chattime {

QDateTime parse(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString format(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace chattime

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(chattime::format(time)) : QJsonValue();
}

} // namespace

ChatMessage::Status ChatMessage::status() const
{
    if (failed)
        return Status::Failed;
    if (id.isEmpty())
        return Status::Pending;
    if (readAt.isValid())
        return Status::Read;
    if (deliveredAt.isValid())
        return Status::Delivered;
    return Status::Sent;
}

ChatMessage ChatMessage::fromJson(const QJsonObject &m)
{
    ChatMessage message;
    message.id = m.value("id"_L1).toString();
    message.clientId = m.value("client_id"_L1).toString();
    message.from = m.value("from"_L1).toString();
    message.to = m.value("to"_L1).toString();
    message.text = m.value("text"_L1).toString();
    message.createdAt = chattime::parse(m.value("created_at"_L1));
    message.deliveredAt = chattime::parse(m.value("delivered_at"_L1));
    message.readAt = chattime::parse(m.value("read_at"_L1));
    return message;
}

QJsonObject ChatMessage::toOutboxJson() const
{
    return {{"client_id"_L1, clientId},
            {"from"_L1, from},
            {"to"_L1, to},
            {"text"_L1, text},
            {"created_at"_L1, timeOrNull(createdAt)}};
}

ChatMessage ChatMessage::fromOutboxJson(const QJsonObject &entry)
{
    ChatMessage message = fromJson(entry);
    message.id.clear();
    return message;
}

ChatMessage ChatMessage::fromTransfer(const QJsonObject &t)
{
    ChatMessage message;
    const QJsonObject metadata = t.value("metadata"_L1).toObject();
    if (t.value("type"_L1).toString().compare("transfer"_L1, Qt::CaseInsensitive) != 0 ||
        t.value("status"_L1).toString() != "SUCCESS"_L1)
        return message;
    message.from = metadata.value("sender_id"_L1).toString();
    message.to = metadata.value("recipient_id"_L1).toString();
    if (message.from.isEmpty() || message.to.isEmpty())
        return {};
    message.kind = Kind::Transfer;
    message.id = t.value("id"_L1).toString();
    message.text = t.value("note"_L1).toString();
    message.amount = t.value("amount"_L1).toInteger();
    message.currency = t.value("currency"_L1).toString();
    message.createdAt = chattime::parse(t.value("created_at"_L1));
    message.deliveredAt = message.createdAt;
    return message;
}

void ChatMessage::mergeFrom(const ChatMessage &newer)
{
    if (!newer.id.isEmpty())
        id = newer.id;
    if (newer.createdAt.isValid() && !newer.id.isEmpty())
        createdAt = newer.createdAt;
    if (newer.deliveredAt.isValid())
        deliveredAt = newer.deliveredAt;
    if (newer.readAt.isValid())
        readAt = newer.readAt;
    if (!newer.id.isEmpty())
        failed = false;
}
