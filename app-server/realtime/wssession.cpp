#include "wssession.h"

#include "../http/metrics.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWs, "paydesk.ws")

namespace paydesk::server {

void WsSession::accept(std::unique_ptr<QWebSocket> socket, Metrics &metrics, WsLimits limits,
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
    new WsSession(std::move(socket), metrics, limits, owner);
}

WsSession::WsSession(std::unique_ptr<QWebSocket> socket, Metrics &metrics, WsLimits limits,
                     QObject *owner)
    : QObject(owner)
    , m_socket(std::move(socket))
    , m_metrics(metrics)
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

    send({{"type"_L1, u"hello"_s},
          {"protocol"_L1, kProtocolVersion},
          {"server"_L1, u"paydeskd"_s},
          {"heartbeat_ms"_L1, m_limits.heartbeatMs},
          {"idle_timeout_ms"_L1, m_limits.idleTimeoutMs}});
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
    sendError(u"unknown_type"_s, u"Unknown frame type \"%1\"."_s.arg(type.toString()), id);
}

void WsSession::onBinary()
{
    touch();
    sendError(u"malformed_frame"_s, u"Binary frames are not used; send JSON text frames."_s);
}

void WsSession::send(const QJsonObject &frame)
{
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
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
