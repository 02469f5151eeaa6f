// One client's WebSocket at /api/v1/ws: JSON text frames with a `type`. It greets with a hello
// frame (protocol version, heartbeat), answers `ping` with `pong` (echoing `id`), and answers
// anything malformed with an `error` frame instead of dropping the connection. The client
// authenticates with an access token (?access_token= or an `auth` frame) within the auth
// timeout, and renews it with another `auth` frame before it expires; otherwise the socket is
// closed with 4001. A connection that sends nothing for the idle timeout is closed.
// Lives on its listener's thread.
#pragma once

#include "domain/identity/tokenissuer.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace paydesk::server {

class Metrics;

struct WsLimits
{
    int heartbeatMs = 25000;   // server pings this often
    int idleTimeoutMs = 75000; // no frame or pong for this long closes the socket
    qint64 maxFrameBytes = 64 * 1024;
    int authTimeoutMs = 10000; // an unauthenticated connection lives this long
};

class WsSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kProtocolVersion = 1;
    static constexpr auto kPath = "/api/v1/ws";
    static constexpr int kCloseUnauthenticated = 4001;

    // Takes the socket; refuses (closes with 1008) a WebSocket opened on another path.
    static void accept(std::unique_ptr<QWebSocket> socket, Metrics &metrics,
                       const identity::TokenIssuer *tokens, WsLimits limits, QObject *owner);

private:
    WsSession(std::unique_ptr<QWebSocket> socket, Metrics &metrics,
              const identity::TokenIssuer *tokens, WsLimits limits, QObject *owner);
    // Checks the token; on success (re)arms the expiry timer. False after closing the socket.
    bool authenticate(const QString &token, const QJsonValue &id);
    ~WsSession() override;

    void onText(const QString &text);
    void onBinary();
    void send(const QJsonObject &frame);
    void sendError(const QString &code, const QString &message, const QJsonValue &id = {});
    void touch();

    std::unique_ptr<QWebSocket> m_socket;
    Metrics &m_metrics;
    const identity::TokenIssuer *m_tokens;
    WsLimits m_limits;
    QTimer m_heartbeat;
    QTimer m_idle;
    QTimer m_authDeadline;           // the auth timeout, then the token's expiry
    identity::Principal m_principal; // empty userId until authenticated
};

} // namespace paydesk::server
