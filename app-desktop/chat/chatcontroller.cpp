#include "chatcontroller.h"

#include "apiclient.h"
#include "realtimeclient.h"
#include "sessioncontroller.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto kTypingIdle = 4s;

} // namespace

ChatController::ChatController(ApiClient *api, RealtimeClient *realtime, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(2s);
    connect(&m_retry, &QTimer::timeout, this, &ChatController::flush);
    m_typingIdle.setSingleShot(true);
    m_typingIdle.setInterval(kTypingIdle);
    connect(&m_typingIdle, &QTimer::timeout, this, &ChatController::stopTyping);
    m_typingExpiry.setInterval(1s);
    connect(&m_typingExpiry, &QTimer::timeout, this, &ChatController::expireTyping);
    connect(realtime, &RealtimeClient::chatFrame, this, &ChatController::onFrame);
    connect(realtime, &RealtimeClient::eventReceived, this, &ChatController::onEvent);
    connect(realtime, &RealtimeClient::authenticatedChanged, this,
            &ChatController::onConnectedChanged);
    connect(&m_conversations, &ConversationsModel::stateChanged, this,
            &ChatController::announceWaiting);
    connect(&m_messages, &MessagesModel::pageLoaded, this, [this] {
        syncOutboxWithThread();
        markReadIfVisible();
    });
}

ChatController::~ChatController() = default;

ChatController *ChatController::create(QQmlEngine *engine, QJSEngine *)
{
    return forEngine(engine);
}

ChatController *ChatController::forEngine(QQmlEngine *engine)
{
    constexpr auto kKey = "paydeskChatController";
    if (auto *existing = qobject_cast<ChatController *>(engine->property(kKey).value<QObject *>()))
        return existing;
    SessionController *session = SessionController::forEngine(engine);
    auto *chat = new ChatController(session->api(), RealtimeClient::forEngine(engine), engine);
    QJSEngine::setObjectOwnership(chat, QJSEngine::CppOwnership);
    engine->setProperty(kKey, QVariant::fromValue<QObject *>(chat));
    const auto follow = [chat, session] {
        const bool signedIn = session->status() == SessionController::Status::SignedIn;
        const QString id = signedIn ? session->user().value(u"id"_s).toString() : QString();
        if (id != chat->userId())
            chat->setUser(id);
    };
    connect(session, &SessionController::statusChanged, chat, follow);
    connect(session, &SessionController::userChanged, chat, follow);
    follow();
    return chat;
}

bool ChatController::connected() const
{
    return m_realtime && m_realtime->isAuthenticated();
}

QString ChatController::currentPeerStatus() const
{
    const QString id = m_currentPeer.value(u"id"_s).toString();
    const int row = m_conversations.rowOf(id);
    if (row < 0)
        return {};
    return m_conversations.index(row).data(ConversationsModel::LastSeenTextRole).toString();
}

void ChatController::setUser(const QString &userId, const QString &folder)
{
    openConversation({});
    m_me = userId;
    m_inFlight.clear();
    m_typingUntil.clear();
    m_announced.clear();
    m_toAnnounce.clear();
    if (userId.isEmpty())
        m_outbox.close();
    else
        m_outbox.open(userId, folder);
    Q_EMIT pendingCountChanged();
    m_conversations.setUser(userId.isEmpty() ? nullptr : m_api.data(), userId);
    flush();
}

bool ChatController::isOpen(const QString &peerId) const
{
    return !peerId.isEmpty() && m_messages.peerId() == peerId;
}

void ChatController::openConversation(const QVariantMap &peer)
{
    stopTyping();
    const QString id = peer.value(u"id"_s).toString();
    ConversationsModel::Peer p;
    p.id = id;
    p.name = peer.value(u"display_name"_s).toString();
    p.email = peer.value(u"email"_s).toString();
    p.online = peer.value(u"online"_s).toBool();
    m_conversations.ensurePeer(p);
    m_currentPeer = id.isEmpty() ? QVariantMap() : m_conversations.peer(id);
    m_readSent.clear();
    m_peerTyping = m_typingUntil.contains(id);
    m_messages.open(id.isEmpty() ? nullptr : m_api.data(), m_me, id);
    for (const ChatMessage &pending : m_outbox.entries())
        m_messages.upsert(pending);
    Q_EMIT currentPeerChanged();
    Q_EMIT peerTypingChanged();
}

bool ChatController::send(const QString &text)
{
    const QString peer = m_currentPeer.value(u"id"_s).toString();
    if (peer.isEmpty() || m_me.isEmpty() || text.trimmed().isEmpty() || text.size() > kMaxLength)
        return false;
    stopTyping();
    ChatMessage message;
    message.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.from = m_me;
    message.to = peer;
    message.text = text;
    message.createdAt = QDateTime::currentDateTimeUtc();
    m_outbox.append(message);
    Q_EMIT pendingCountChanged();
    m_messages.upsert(message);
    m_conversations.noteMessage(message, false);
    flush();
    return true;
}

void ChatController::flush()
{
    if (!connected() || !m_inFlight.isEmpty() || m_outbox.isEmpty() || m_retry.isActive())
        return;
    const ChatMessage &next = m_outbox.entries().constFirst();
    m_inFlightFrame = m_realtime->sendChat({{"type"_L1, u"message.send"_s},
                                            {"to"_L1, next.to},
                                            {"text"_L1, next.text},
                                            {"client_id"_L1, next.clientId}});
    if (m_inFlightFrame != 0)
        m_inFlight = next.clientId;
}

void ChatController::onConnectedChanged()
{
    // A lost connection loses the ack of what was in flight: it is sent again (same client id).
    m_inFlight.clear();
    m_inFlightFrame = 0;
    if (connected()) {
        m_readSent.clear();
        flush();
        markReadIfVisible();
    } else {
        for (const QString &peer : m_typingUntil.keys())
            onTyping(peer, false);
    }
    Q_EMIT connectedChanged();
}

void ChatController::onFrame(const QString &type, const QJsonObject &frame)
{
    if (m_me.isEmpty())
        return;
    if (type == "message.ack"_L1)
        onAck(frame);
    else if (type == "message.new"_L1)
        onNew(ChatMessage::fromJson(frame.value("message"_L1).toObject()));
    else if (type == "message.delivered"_L1)
        onDelivered(frame);
    else if (type == "message.read"_L1 || type == "message.read.ack"_L1)
        onRead(frame.value("message_ids"_L1).toVariant().toStringList(),
               chattime::parse(frame.value("read_at"_L1)), type == "message.read"_L1);
    else if (type == "typing"_L1)
        onTyping(frame.value("from"_L1).toString(), frame.value("typing"_L1).toBool(true));
    else if (type == "presence"_L1)
        onPresence(frame.value("user_id"_L1).toString(), frame.value("online"_L1).toBool(),
                   chattime::parse(frame.value("last_seen"_L1)));
    else if (type == "error"_L1)
        onError(frame);
}

void ChatController::onAck(const QJsonObject &frame)
{
    acknowledged(ChatMessage::fromJson(frame.value("message"_L1).toObject()));
}

void ChatController::acknowledged(const ChatMessage &message)
{
    const bool wasInFlight = !message.clientId.isEmpty() && message.clientId == m_inFlight;
    if (m_outbox.remove(message.clientId))
        Q_EMIT pendingCountChanged();
    m_messages.upsert(message);
    m_conversations.noteMessage(message, false);
    if (wasInFlight) {
        m_inFlight.clear();
        m_inFlightFrame = 0;
    }
    flush();
}

void ChatController::onNew(const ChatMessage &message)
{
    if (message.id.isEmpty())
        return;
    if (message.from == m_me) {
        // Sent from another device, or my own message replayed by a resume after a lost ack.
        acknowledged(message);
        return;
    }
    if (message.to != m_me)
        return;
    onTyping(message.from, false);
    const bool seen = isOpen(message.from) && m_viewActive;
    m_messages.upsert(message);
    m_conversations.noteMessage(message, !seen && !message.readAt.isValid());
    // Each unread message is announced once, unless the person is looking at its thread.
    const bool looking = seen && QGuiApplication::applicationState() == Qt::ApplicationActive;
    if (!message.readAt.isValid() && !looking && !m_announced.contains(message.id)) {
        m_announced.insert(message.id);
        raiseNotification(message);
    }
    markReadIfVisible();
}

void ChatController::onDelivered(const QJsonObject &frame)
{
    const QString id = frame.value("message_id"_L1).toString();
    const QDateTime at = chattime::parse(frame.value("delivered_at"_L1));
    m_messages.markDelivered(id, at);
    m_conversations.noteReceipt(id, false, at);
}

void ChatController::onRead(const QStringList &ids, const QDateTime &at, bool mine)
{
    m_messages.markRead(ids, at);
    if (mine) {
        for (const QString &id : ids)
            m_conversations.noteReceipt(id, true, at);
    }
}

void ChatController::onError(const QJsonObject &frame)
{
    if (m_inFlightFrame == 0 || frame.value("id"_L1).toInt() != m_inFlightFrame)
        return;
    const QJsonObject error = frame.value("error"_L1).toObject();
    const QString code = error.value("code"_L1).toString();
    const QString clientId = m_inFlight;
    m_inFlight.clear();
    m_inFlightFrame = 0;
    if (code == "service_unavailable"_L1 || code == "unauthenticated"_L1) {
        m_retry.start(); // the server could not store it now: the same message again later
        return;
    }
    // Refused for good: shown as failed, no longer blocking the ones behind it.
    m_outbox.remove(clientId);
    Q_EMIT pendingCountChanged();
    m_messages.markFailed(clientId);
    Q_EMIT sendFailed(error.value("message"_L1).toString());
    flush();
}

void ChatController::onEvent(const QString &topic, const QJsonObject &data)
{
    if (topic != "transaction.updated"_L1 || m_me.isEmpty())
        return;
    const ChatMessage transfer = ChatMessage::fromTransfer(data.value("transaction"_L1).toObject());
    if (transfer.from.isEmpty() || (transfer.from != m_me && transfer.to != m_me))
        return;
    m_messages.upsert(transfer);
    m_conversations.noteMessage(transfer, false);
}

void ChatController::setViewActive(bool active)
{
    if (active == m_viewActive)
        return;
    m_viewActive = active;
    Q_EMIT viewActiveChanged();
    markReadIfVisible();
}

void ChatController::markReadIfVisible()
{
    const QString peer = m_messages.peerId();
    if (!m_viewActive || peer.isEmpty())
        return;
    const QString upTo = m_messages.newestUnreadFromPeer();
    if (upTo.isEmpty() || upTo == m_readSent)
        return;
    m_readSent = upTo;
    m_conversations.setUnread(peer, 0);
    if (connected()) {
        m_realtime->sendChat({{"type"_L1, u"message.read"_s}, {"up_to"_L1, upTo}});
        return;
    }
    m_api->put(u"/api/v1/chat/messages/%1/read"_s.arg(upTo), {}, this,
               [this, upTo](const ApiResponse &response) {
                   if (!response.succeeded()) {
                       if (m_readSent == upTo)
                           m_readSent.clear(); // tried again when the connection is back
                       return;
                   }
                   onRead(response.body.value("message_ids"_L1).toVariant().toStringList(),
                          chattime::parse(response.body.value("read_at"_L1)), false);
               });
}

void ChatController::syncOutboxWithThread()
{
    // A page may hold a message whose ack was lost before a restart: the server has it.
    bool changed = false;
    for (int row = 0; row < m_messages.count(); ++row) {
        const ChatMessage &m = m_messages.at(row);
        if (!m.id.isEmpty() && m.from == m_me && m.clientId != m_inFlight &&
            m_outbox.remove(m.clientId))
            changed = true;
    }
    if (changed)
        Q_EMIT pendingCountChanged();
}
