// The chat side of one authenticated WebSocket session: the frames a client sends
// (message.send, message.read, typing, resume) and the stream of the user's event log.
// The stream is exactly-once and in order per connection: an event is sent only when its seq
// is the next one; a gap is filled from the log first, and what was sent already is skipped.
// A catch-up pauses while the socket's queue is above half its limit and goes on as it drains,
// so a resume of any length holds a bounded amount in memory. Lives on its session's thread.
#pragma once

#include "domain/chat/chatservice.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace paydesk::server {

class Hub;
class WsSession;

class ChatChannel
{
public:
    ChatChannel(WsSession &session, Hub &hub, chat::ChatService &chat, QString userId,
                qint64 maxQueueBytes);

    static bool isChatFrame(const QString &type);
    // Handles a chat frame; false when `type` is not one.
    bool handleFrame(const QString &type, const QJsonObject &frame, const QJsonValue &id);
    // Starts the stream after `afterSeq`, or (nullopt) before the first undelivered message.
    void start(std::optional<qint64> afterSeq, const QJsonValue &id = {});
    bool started() const { return m_started; }
    void deliverEvent(qint64 seq, const QJsonObject &frame);
    void onBytesWritten();
    // The answer to a send of this connection, on its thread, once the message committed.
    void answerSend(const Result<chat::SendOutcome> &sent, const QString &clientId,
                    const QString &to, const QJsonValue &id);

private:
    void sendMessage(const QJsonObject &frame, const QJsonValue &id);
    void readUpTo(const QJsonObject &frame, const QJsonValue &id);
    void relayTyping(const QJsonObject &frame, const QJsonValue &id);
    void relayHeldTyping(const QString &to);
    void resume(const QJsonObject &frame, const QJsonValue &id);
    // Sends logged events after m_lastSeq (up to `upTo`, 0 = all); false while draining.
    bool catchUp(qint64 upTo = 0);
    void emitEvent(qint64 seq, const QJsonObject &frame);
    void flushDelivered();
    void sendResumed();

    WsSession &m_session;
    Hub &m_hub;
    chat::ChatService &m_chat;
    QString m_userId;
    qint64 m_maxQueueBytes;
    bool m_started = false;
    bool m_draining = false;             // a catch-up waits for the socket to drain
    qint64 m_drainingSince = 0;          // since when (ms since the epoch)
    qint64 m_lastSeq = 0;                // the last seq this connection sent
    std::optional<qint64> m_resumeAfter; // a resume to confirm once caught up
    QJsonValue m_resumeId;
    QList<chat::Received> m_received; // messages to record as delivered
    struct PendingSend
    {
        int inFlight = 0;    // sends of this client id not answered yet
        QJsonObject skipped; // its logged message.new, held back by a catch-up for the ack
    };
    QHash<QString, PendingSend> m_pendingSends; // by client id
    QHash<QString, int> m_sendsTo;              // sends not answered yet, by peer
    struct HeldTyping
    {
        bool typing = true;
        QJsonValue id;
    };
    // A "typing" to a peer that a send of this connection still goes to (latest only): the
    // message ends the typing on the peer's screen, so it goes out after the message.
    QHash<QString, HeldTyping> m_heldTyping;
};

} // namespace paydesk::server
