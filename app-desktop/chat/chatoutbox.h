// Messages written but not yet acknowledged by the server, in the order they were written, kept
// in a JSON file per person (chat-outbox-<user id>.json under AppDataLocation) so they survive
// a restart. Each carries its client id: sending one again can never store it twice, because
// the server answers a resent client id with the first message (`duplicate: true`).
#pragma once

#include "chatmessage.h"

#include <QList>
#include <QString>

class ChatOutbox
{
public:
    // The file of `userId`'s outbox in `folder` (empty: AppDataLocation). Loads it.
    void open(const QString &userId, const QString &folder = {});
    void close();

    const QList<ChatMessage> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool contains(const QString &clientId) const { return indexOf(clientId) >= 0; }
    const ChatMessage *find(const QString &clientId) const;

    void append(const ChatMessage &message);
    // The server has it (acked, or seen in the log): out of the outbox. False if unknown.
    bool remove(const QString &clientId);
    QString filePath() const { return m_path; }

private:
    int indexOf(const QString &clientId) const;
    void save() const;

    QString m_path;
    QList<ChatMessage> m_entries;
};
