#include "wssession.h"

#include "chatchannel.h"
#include "feedchannel.h"
#include "hub.h"

#include "../http/metrics.h"
#include "domain/chat/chatservice.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QUrlQuery>
#include <QWebSocket>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWs, "paydesk.ws")

namespace paydesk::server {

namespace {
// `after` from the URL or an auth frame: absent, or a seq (an integer >= 0).
std::optional<qint64> seqValue(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
        return std::nullopt;
    return v.toInteger();
}
} // namespace

void WsSession::accept(std::unique_ptr<QWebSocket> socket, Metrics &metrics,
                       const identity::TokenIssuer *tokens, WsLimits limits, WsServices services,
                       QObject *owner)
{
    if (socket->requestUrl().path() != QLatin1StringView(kPath)) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      u"No WebSocket endpoint at this path; use /api/v1/ws"_s);
        // Closed sockets are deleted once the close handshake finishes.
        QWebSocket *raw = socket.release();
        raw->setParent(owner);
        QObject::connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
        QTimer::singleShot(5000, raw, &QObject::deleteLater);
        return;
    }
    new WsSession(std::move(socket), metrics, tokens, limits, services, owner);
}

WsSession::WsSession(std::unique_ptr<QWebSocket> socket, Metrics &metrics,
                     const identity::TokenIssuer *tokens, WsLimits limits, WsServices services,
                     QObject *owner)
    : QObject(owner)
    , m_socket(std::move(socket))
    , m_metrics(metrics)
    , m_tokens(tokens)
    , m_limits(limits)
    , m_services(services)
{
    m_metrics.webSocketOpened();
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxFrameBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &WsSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &WsSession::onBinary);
    connect(m_socket.get(), &QWebSocket::pong, this, &WsSession::touch);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        deleteLater();
    });
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this] {
        if (m_chat)
            m_chat->onBytesWritten();
    });
    m_resumeGrace.setSingleShot(true);
    connect(&m_resumeGrace, &QTimer::timeout, this, [this] {
        if (m_chat && !m_chat->started())
            m_chat->start(std::nullopt);
    });

    m_heartbeat.setInterval(m_limits.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { m_socket->ping(); });
    m_heartbeat.start();
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCInfo(lcWs) << "closing an idle WebSocket from" << m_socket->peerAddress().toString();
        m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"idle timeout"_s);
    });
    m_idle.start();

    m_authDeadline.setSingleShot(true);
    connect(&m_authDeadline, &QTimer::timeout, this, [this] {
        const bool expired = !m_principal.userId.isEmpty();
        sendError(expired ? u"token_expired"_s : u"unauthenticated"_s,
                  expired ? u"The access token expired; send a fresh one in an auth frame."_s
                          : u"Authenticate with an auth frame carrying an access token."_s);
        m_socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthenticated),
                        expired ? u"token expired"_s : u"authentication required"_s);
    });
    m_authDeadline.start(m_limits.authTimeoutMs);

    send({{"type"_L1, u"hello"_s},
          {"protocol"_L1, kProtocolVersion},
          {"server"_L1, u"paydeskd"_s},
          {"heartbeat_ms"_L1, m_limits.heartbeatMs},
          {"idle_timeout_ms"_L1, m_limits.idleTimeoutMs},
          {"auth_timeout_ms"_L1, m_limits.authTimeoutMs}});
    const QUrlQuery query(m_socket->requestUrl());
    const QString token = query.queryItemValue(u"access_token"_s);
    if (!token.isEmpty()) {
        bool ok = false;
        const qint64 after = query.queryItemValue(u"after"_s).toLongLong(&ok);
        authenticate(token, {}, ok && after >= 0 ? std::optional<qint64>(after) : std::nullopt);
    }
}

bool WsSession::authenticate(const QString &token, const QJsonValue &id,
                             std::optional<qint64> after)
{
    auto principal = m_tokens
                         ? m_tokens->verifyAccessToken(token, QDateTime::currentSecsSinceEpoch())
                         : Result<identity::Principal>(
                               Error::make(errc::kUnauthenticated, u"no token issuer"_s));
    if (!principal || (!m_principal.userId.isEmpty() && principal->userId != m_principal.userId)) {
        sendError(principal ? u"forbidden"_s : principal.error().code,
                  principal ? u"A connection cannot change its user."_s : principal.error().message,
                  id);
        m_socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthenticated), u"invalid token"_s);
        return false;
    }
    m_principal = *principal;
    const qint64 msLeft = (m_principal.expiresAt - QDateTime::currentSecsSinceEpoch()) * 1000;
    m_authDeadline.start(int(qBound<qint64>(0, msLeft, qint64(std::numeric_limits<int>::max()))));
    QJsonObject frame{
        {"type"_L1, u"authenticated"_s},
        {"user_id"_L1, m_principal.userId},
        {"expires_at"_L1,
         QDateTime::fromSecsSinceEpoch(m_principal.expiresAt, Qt::UTC).toString(Qt::ISODate)}};
    if (!id.isUndefined())
        frame.insert("id"_L1, id);
    send(frame);
    attachToHub(after);
    return true;
}

void WsSession::attachToHub(std::optional<qint64> after)
{
    if (m_attached || !m_services.hub || !m_services.chat)
        return;
    m_attached = true;
    m_chat = std::make_unique<ChatChannel>(*this, *m_services.hub, *m_services.chat,
                                           m_principal.userId, m_limits.maxQueueBytes);
    if (m_services.feed)
        m_feeds = std::make_unique<FeedChannel>(*this, *m_services.hub, *m_services.feed,
                                                m_principal.userId);
    if (m_services.hub->attach(m_principal.userId, this))
        m_services.chat->presenceChanged(m_principal.userId, true);
    // Without a position the client may still send `resume` first; then the pending messages.
    if (after)
        m_chat->start(after);
    else
        m_resumeGrace.start(m_limits.resumeGraceMs);
}

WsSession::~WsSession()
{
    // Detached first: from here on the hub queues nothing more to this object.
    if (m_attached && m_services.hub->detach(m_principal.userId, this))
        m_services.chat->presenceChanged(m_principal.userId, false);
    m_metrics.webSocketClosed();
}

void WsSession::deliverEvent(qint64 seq, const QJsonObject &frame)
{
    if (m_chat && !m_closing)
        m_chat->deliverEvent(seq, frame);
}

void WsSession::deliverFeedEvent(qint64 sequence, const QJsonObject &frame)
{
    if (m_feeds && !m_closing)
        m_feeds->deliver(sequence, frame);
}

void WsSession::sendTransient(const QJsonObject &frame)
{
    if (m_chat && !m_closing)
        sendFrame(frame);
}

qint64 WsSession::queuedBytes() const
{
    // What Qt holds is only what the kernel has not taken yet once flushed (a burst of frames
    // written in one event-loop pass is not a slow client).
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
    return m_socket->bytesToWrite();
}

bool WsSession::sendFrame(const QJsonObject &frame)
{
    // A socket the peer closed may not have told us yet (disconnected comes later).
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const QByteArray bytes = QJsonDocument(frame).toJson(QJsonDocument::Compact);
    if (m_socket->bytesToWrite() + bytes.size() > m_limits.maxQueueBytes &&
        queuedBytes() + bytes.size() > m_limits.maxQueueBytes) {
        cutOff();
        return false;
    }
    m_socket->sendTextMessage(QString::fromUtf8(bytes));
    return true;
}

void WsSession::cutOff()
{
    qCWarning(lcWs) << "closing a WebSocket that reads too slowly:" << m_principal.userId
                    << m_socket->bytesToWrite() << "bytes queued";
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCode(kCloseSlowConsumer), u"slow consumer"_s);
    // The close frame sits behind the unread queue; drop the connection if it is not read.
    QTimer::singleShot(2000, this, [this] { m_socket->abort(); });
}

void WsSession::sendError(const Error &error, const QJsonValue &id)
{
    sendError(error.code, error.message, id, error.field);
}

void WsSession::touch()
{
    m_idle.start();
}

void WsSession::onText(const QString &text)
{
    touch();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(u"malformed_frame"_s, u"A frame must be one JSON object."_s);
        return;
    }
    const QJsonObject frame = doc.object();
    const QJsonValue id = frame.value("id"_L1);
    const QJsonValue type = frame.value("type"_L1);
    if (!type.isString()) {
        sendError(u"malformed_frame"_s, u"A frame needs a string field \"type\"."_s, id);
        return;
    }
    if (type.toString() == "ping"_L1) {
        QJsonObject pong{{"type"_L1, u"pong"_s},
                         {"ts"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        if (!id.isUndefined())
            pong.insert("id"_L1, id);
        send(pong);
        return;
    }
    if (type.toString() == "auth"_L1) {
        const QJsonValue token = frame.value("token"_L1);
        if (!token.isString()) {
            sendError(u"malformed_frame"_s, u"An auth frame needs a string \"token\"."_s, id);
            return;
        }
        const QJsonValue after = frame.value("after"_L1);
        if (!after.isUndefined() && !seqValue(after)) {
            sendError(u"validation_error"_s, u"\"after\" must be a seq (an integer >= 0)."_s, id,
                      u"after"_s);
            return;
        }
        authenticate(token.toString(), id, seqValue(after));
        return;
    }
    if (m_chat && m_chat->handleFrame(type.toString(), frame, id))
        return;
    if (m_feeds && m_feeds->handleFrame(type.toString(), frame, id))
        return;
    if (!m_chat && m_principal.userId.isEmpty() && m_services.chat &&
        (ChatChannel::isChatFrame(type.toString()) || FeedChannel::isFeedFrame(type.toString()))) {
        sendError(u"unauthenticated"_s, u"Authenticate before sending this frame."_s, id);
        return;
    }
    sendError(u"unknown_type"_s, u"Unknown frame type \"%1\"."_s.arg(type.toString()), id);
}

void WsSession::onBinary()
{
    touch();
    sendError(u"malformed_frame"_s, u"Binary frames are not used; send JSON text frames."_s);
}

void WsSession::send(const QJsonObject &frame)
{
    sendFrame(frame);
}

void WsSession::sendError(const QString &code, const QString &message, const QJsonValue &id,
                          const QString &field)
{
    QJsonObject error{{"code"_L1, code}, {"message"_L1, message}};
    if (!field.isEmpty())
        error.insert("field"_L1, field);
    QJsonObject frame{{"type"_L1, u"error"_s}, {"error"_L1, error}};
    if (!id.isUndefined())
        frame.insert("id"_L1, id);
    send(frame);
}

} // namespace paydesk::server
