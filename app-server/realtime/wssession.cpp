#include "wssession.h"

#include "../http/metrics.h"

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

void WsSession::accept(std::unique_ptr<QWebSocket> socket, Metrics &metrics,
                       const identity::TokenIssuer *tokens, WsLimits limits, QObject *owner)
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
    new WsSession(std::move(socket), metrics, tokens, limits, owner);
}

WsSession::WsSession(std::unique_ptr<QWebSocket> socket, Metrics &metrics,
                     const identity::TokenIssuer *tokens, WsLimits limits, QObject *owner)
    : QObject(owner)
    , m_socket(std::move(socket))
    , m_metrics(metrics)
    , m_tokens(tokens)
    , m_limits(limits)
{
    m_metrics.webSocketOpened();
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxFrameBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &WsSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &WsSession::onBinary);
    connect(m_socket.get(), &QWebSocket::pong, this, &WsSession::touch);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &QObject::deleteLater);

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
    const QString token = QUrlQuery(m_socket->requestUrl()).queryItemValue(u"access_token"_s);
    if (!token.isEmpty())
        authenticate(token, {});
}

bool WsSession::authenticate(const QString &token, const QJsonValue &id)
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
    return true;
}

WsSession::~WsSession()
{
    m_metrics.webSocketClosed();
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
        authenticate(token.toString(), id);
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
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void WsSession::sendError(const QString &code, const QString &message, const QJsonValue &id)
{
    QJsonObject frame{{"type"_L1, u"error"_s},
                      {"error"_L1, QJsonObject{{"code"_L1, code}, {"message"_L1, message}}}};
    if (!id.isUndefined())
        frame.insert("id"_L1, id);
    send(frame);
}

} // namespace paydesk::server
