#include "chatoutbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbox, "paydesk.chat.outbox")

void ChatOutbox::open(const QString &userId, const QString &folder)
{
    m_entries.clear();
    const QString dir = folder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : folder;
    QDir().mkpath(dir);
    QString safeId = userId;
    safeId.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
    m_path = dir + u"/chat-outbox-"_s + safeId + u".json"_s;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &entry : entries) {
        ChatMessage message = ChatMessage::fromOutboxJson(entry.toObject());
        if (!message.clientId.isEmpty() && !message.to.isEmpty())
            m_entries.append(message);
    }
}

void ChatOutbox::close()
{
    m_entries.clear();
    m_path.clear();
}

const ChatMessage *ChatOutbox::find(const QString &clientId) const
{
    const int index = indexOf(clientId);
    return index < 0 ? nullptr : &m_entries.at(index);
}

void ChatOutbox::append(const ChatMessage &message)
{
    m_entries.append(message);
    save();
}

bool ChatOutbox::remove(const QString &clientId)
{
    const int index = indexOf(clientId);
    if (index < 0)
        return false;
    m_entries.removeAt(index);
    save();
    return true;
}

int ChatOutbox::indexOf(const QString &clientId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).clientId == clientId)
            return i;
    }
    return -1;
}

void ChatOutbox::save() const
{
    if (m_path.isEmpty())
        return;
    QJsonArray entries;
    for (const ChatMessage &message : m_entries)
        entries.append(message.toOutboxJson());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(entries).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qCWarning(lcOutbox) << "cannot write" << m_path << file.errorString();
}
