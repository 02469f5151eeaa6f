#include "chatchannel.h"

#include "hub.h"
#include "wssession.h"

#include "domain/chat/chatjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {
constexpr int kBatch = 100; // events read from the log at a time
// A paused catch-up whose socket does not drain for this long, while events keep coming, is a
// client that reads too slowly: it is cut off like one that overflows its queue.
constexpr qint64 kStalledMs = 5000;

// A required string field, or the validation error naming it.
Result<QString> stringField(const QJsonObject &frame, const QString &name)
{
    const QJsonValue v = frame.value(name);
    if (!v.isString() || v.toString().isEmpty())
        return Error::make(errc::kValidation, u"\"%1\" must be a non-empty string."_s.arg(name),
                           name);
    return v.toString();
}

QJsonObject withId(QJsonObject frame, const QJsonValue &id)
{
    if (!id.isUndefined())
        frame.insert("id"_L1, id);
    return frame;
}
} // namespace

ChatChannel::ChatChannel(WsSession &session, Hub &hub, chat::ChatService &chat, QString userId,
                         qint64 maxQueueBytes)
    : m_session(session)
    , m_hub(hub)
    , m_chat(chat)
    , m_userId(std::move(userId))
    , m_maxQueueBytes(maxQueueBytes)
{}

bool ChatChannel::isChatFrame(const QString &type)
{
    return type == "message.send"_L1 || type == "message.read"_L1 || type == "typing"_L1 ||
           type == "resume"_L1;
}

bool ChatChannel::handleFrame(const QString &type, const QJsonObject &frame, const QJsonValue &id)
{
    if (type == "message.send"_L1)
        sendMessage(frame, id);
    else if (type == "message.read"_L1)
        readUpTo(frame, id);
    else if (type == "typing"_L1)
        relayTyping(frame, id);
    else if (type == "resume"_L1)
        resume(frame, id);
    else
        return false;
    return true;
}

void ChatChannel::sendMessage(const QJsonObject &frame, const QJsonValue &id)
{
    auto to = stringField(frame, u"to"_s);
    auto text = frame.value("text"_L1);
    auto clientId = stringField(frame, u"client_id"_s);
    if (!to || !clientId || !text.isString()) {
        const Error e = !to         ? to.error()
                        : !clientId ? clientId.error()
                                    : Error::make(errc::kValidation,
                                                  u"\"text\" must be a string."_s, u"text"_s);
        m_session.sendError(e, id);
        return;
    }
    // Answered once the message committed (in a batch on a committer's thread), on this
    // session's thread: through the hub, which drops it if the session is gone by then.
    ++m_pendingSends[*clientId].inFlight;
    ++m_sendsTo[*to];
    WsSession *session = &m_session;
    m_chat.sendLater(m_userId, *to, text.toString(), *clientId,
                     [hub = &m_hub, userId = m_userId, session, clientId = *clientId, to = *to,
                      id](Result<chat::SendOutcome> sent) {
                         hub->postToSession(
                             userId, session, [session, clientId, to, id, sent = std::move(sent)] {
                                 if (session->chatChannel())
                                     session->chatChannel()->answerSend(sent, clientId, to, id);
                             });
                     });
}

void ChatChannel::answerSend(const Result<chat::SendOutcome> &sent, const QString &clientId,
                             const QString &to, const QJsonValue &id)
{
    QJsonObject skipped;
    if (auto it = m_pendingSends.find(clientId); it != m_pendingSends.end()) {
        skipped = std::exchange(it->skipped, {});
        if (--it->inFlight <= 0)
            m_pendingSends.erase(it);
    }
    if (auto it = m_sendsTo.find(to); it != m_sendsTo.end() && --*it <= 0)
        m_sendsTo.erase(it);
    // The peer's message.new went out before this answer (ChatService::commitLater).
    const auto relayTyping = qScopeGuard([this, to] { relayHeldTyping(to); });
    // A logged message of this client id that a catch-up held back for this answer, which does
    // not stand for it after all (a failed send, or an older message of a reused client id):
    // it goes out now, late rather than never.
    const auto release = [&](const QString &answeredId) {
        if (!skipped.isEmpty() &&
            skipped.value("message"_L1).toObject().value("id"_L1).toString() != answeredId)
            m_session.sendFrame(skipped);
    };
    if (!sent) {
        release({});
        m_session.sendError(sent.error(), id);
        return;
    }
    const chat::ChatMessage &m = sent->message;
    release(m.id);
    // The ack stands for the sender's own message.new of that seq on this connection.
    if (m_started && !m_draining && m.senderSeq > m_lastSeq) {
        if (m.senderSeq == m_lastSeq + 1 ||
            (catchUp(m.senderSeq - 1) && m_lastSeq == m.senderSeq - 1))
            m_lastSeq = m.senderSeq;
    }
    m_session.sendFrame(withId({{"type"_L1, u"message.ack"_s},
                                {"seq"_L1, m.senderSeq},
                                {"client_id"_L1, m.clientId},
                                {"duplicate"_L1, sent->duplicate},
                                {"message"_L1, chat::messageJson(m)}},
                               id));
}

void ChatChannel::readUpTo(const QJsonObject &frame, const QJsonValue &id)
{
    auto upTo = stringField(frame, u"up_to"_s);
    if (!upTo) {
        m_session.sendError(upTo.error(), id);
        return;
    }
    auto read = m_chat.markReadUpTo(m_userId, *upTo);
    if (!read) {
        m_session.sendError(read.error(), id);
        return;
    }
    m_session.sendFrame(withId({{"type"_L1, u"message.read.ack"_s},
                                {"up_to"_L1, read->upTo},
                                {"message_ids"_L1, QJsonArray::fromStringList(read->messageIds)},
                                {"read_at"_L1, read->readAt.toString(Qt::ISODateWithMs)}},
                               id));
}

void ChatChannel::relayTyping(const QJsonObject &frame, const QJsonValue &id)
{
    auto to = stringField(frame, u"to"_s);
    const QJsonValue typing = frame.value("typing"_L1);
    if (!to || !(typing.isUndefined() || typing.isBool())) {
        m_session.sendError(
            to ? Error::make(errc::kValidation, u"\"typing\" must be a boolean."_s, u"typing"_s)
               : to.error(),
            id);
        return;
    }
    if (m_sendsTo.contains(*to)) {
        m_heldTyping.insert(*to, {typing.toBool(true), id});
        return;
    }
    if (auto r = m_chat.relayTyping(m_userId, *to, typing.toBool(true)); !r)
        m_session.sendError(r.error(), id);
}

void ChatChannel::relayHeldTyping(const QString &to)
{
    if (m_sendsTo.contains(to))
        return;
    const auto held = m_heldTyping.constFind(to);
    if (held == m_heldTyping.cend())
        return;
    const HeldTyping typing = *held;
    m_heldTyping.erase(held);
    if (auto r = m_chat.relayTyping(m_userId, to, typing.typing); !r)
        m_session.sendError(r.error(), typing.id);
}

void ChatChannel::resume(const QJsonObject &frame, const QJsonValue &id)
{
    const QJsonValue after = frame.value("after"_L1);
    if (!after.isUndefined() && !after.isNull() &&
        (!after.isDouble() || after.toDouble() < 0 ||
         after.toDouble() != double(after.toInteger()))) {
        m_session.sendError(Error::make(errc::kValidation,
                                        u"\"after\" must be a seq (an integer >= 0)."_s,
                                        u"after"_s),
                            id);
        return;
    }
    start(after.isDouble() ? std::optional<qint64>(after.toInteger()) : std::nullopt, id);
}

void ChatChannel::start(std::optional<qint64> afterSeq, const QJsonValue &id)
{
    qint64 from = afterSeq.value_or(0);
    if (!afterSeq) {
        auto pending = m_chat.pendingStart(m_userId);
        if (!pending) {
            m_session.sendError(pending.error(), id);
            return;
        }
        from = *pending;
    }
    // A resume on a running stream rewinds: the client asked again for what follows `from`.
    m_started = true;
    m_lastSeq = from;
    m_resumeAfter = from;
    m_resumeId = id;
    if (!m_draining)
        catchUp();
}

void ChatChannel::sendResumed()
{
    if (!m_resumeAfter)
        return;
    m_session.sendFrame(
        withId({{"type"_L1, u"resumed"_s}, {"after"_L1, *m_resumeAfter}, {"seq"_L1, m_lastSeq}},
               m_resumeId));
    m_resumeAfter.reset();
    m_resumeId = QJsonValue();
}

bool ChatChannel::catchUp(qint64 upTo)
{
    for (;;) {
        if (!m_session.isOpen())
            return false;
        if (m_session.queuedBytes() > m_maxQueueBytes / 2) {
            if (!m_draining)
                m_drainingSince = QDateTime::currentMSecsSinceEpoch();
            m_draining = true;
            flushDelivered();
            return false;
        }
        auto events = m_chat.eventsAfter(m_userId, m_lastSeq, kBatch);
        if (!events) {
            m_session.sendError(events.error(), {});
            return false;
        }
        for (const chat::ChatEvent &e : *events) {
            if (upTo > 0 && e.seq > upTo)
                break;
            emitEvent(e.seq, e.frame);
        }
        const bool done = events->size() < kBatch || (upTo > 0 && m_lastSeq >= upTo);
        if (done)
            break;
    }
    flushDelivered();
    if (upTo == 0)
        sendResumed();
    return true;
}

void ChatChannel::emitEvent(qint64 seq, const QJsonObject &frame)
{
    m_lastSeq = seq;
    const bool isNew = frame.value("type"_L1).toString() == "message.new"_L1;
    const QJsonObject message = isNew ? frame.value("message"_L1).toObject() : QJsonObject();
    // A message this connection sent, committed but not acked yet (a catch-up read it from the
    // log first): its ack is on the way and stands for it.
    if (isNew && message.value("from"_L1).toString() == m_userId) {
        if (auto it = m_pendingSends.find(message.value("client_id"_L1).toString());
            it != m_pendingSends.end()) {
            it->skipped = frame;
            return;
        }
    }
    if (!m_session.sendFrame(frame))
        return;
    if (isNew) {
        if (message.value("to"_L1).toString() == m_userId)
            m_received.append(
                {message.value("id"_L1).toString(), message.value("from"_L1).toString()});
    }
}

void ChatChannel::flushDelivered()
{
    if (m_received.isEmpty())
        return;
    m_chat.markDelivered(m_userId, std::exchange(m_received, {}));
}

void ChatChannel::deliverEvent(qint64 seq, const QJsonObject &frame)
{
    if (m_draining && QDateTime::currentMSecsSinceEpoch() - m_drainingSince > kStalledMs) {
        m_session.cutOff(); // paused for too long: the log keeps everything for a resume
        return;
    }
    if (!m_started || m_draining || seq <= m_lastSeq)
        return;            // not streaming yet, or the catch-up will read it, or sent already
    if (frame.isEmpty()) { // only told that the log grew (another node wrote it)
        catchUp();
        return;
    }
    if (seq == m_lastSeq + 1) {
        emitEvent(seq, frame);
        flushDelivered();
        return;
    }
    catchUp(); // a gap: an earlier event is still on its way; the log has it
}

void ChatChannel::onBytesWritten()
{
    if (!m_draining || m_session.queuedBytes() > m_maxQueueBytes / 4)
        return;
    m_draining = false;
    catchUp();
}

} // namespace paydesk::server
