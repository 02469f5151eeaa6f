// One client's WebSocket at /api/v1/ws: JSON text frames with a `type`. It greets with a hello
// frame (protocol version, heartbeat), answers `ping` with `pong` (echoing `id`), and answers
// anything malformed with an `error` frame instead of dropping the connection. The client
// authenticates with an access token (?access_token= or an `auth` frame) within the auth
// timeout, and renews it with another `auth` frame before it expires; otherwise the socket is
// closed with 4001. A connection that sends nothing for the idle timeout is closed.
// Once authenticated it is attached to the Hub, streams the user's event log (ChatChannel) and
// follows the payment feeds it subscribes to (FeedChannel).
// Its outgoing queue is bounded: a frame that would take it past maxQueueBytes closes the
// connection with 4008 instead (a client that reads too slowly). Lives on its listener's thread.
#pragma once

#include "domain/identity/tokenissuer.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QWebSocket;

namespace paydesk::server {

class Metrics;
class Hub;
class ChatChannel;
class FeedChannel;
namespace chat {
class ChatService;
}
namespace gateway {
class PaymentFeed;
}

struct WsLimits
{
    int heartbeatMs = 25000;   // server pings this often
    int idleTimeoutMs = 75000; // no frame or pong for this long closes the socket
    qint64 maxFrameBytes = 64 * 1024;
    int authTimeoutMs = 10000;          // an unauthenticated connection lives this long
    qint64 maxQueueBytes = 1024 * 1024; // unsent bytes a client may leave queued before 4008
    int resumeGraceMs = 500;            // without `after`, the stream starts this long after auth
};

// What an authenticated session talks to; all null in a server without chat.
struct WsServices
{
    Hub *hub = nullptr;
    chat::ChatService *chat = nullptr;
    const gateway::PaymentFeed *feed = nullptr;
};

class WsSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kProtocolVersion = 3;
    static constexpr auto kPath = "/api/v1/ws";
    static constexpr int kCloseUnauthenticated = 4001;
    static constexpr int kCloseSlowConsumer = 4008;

    // Takes the socket; refuses (closes with 1008) a WebSocket opened on another path.
    static void accept(std::unique_ptr<QWebSocket> socket, Metrics &metrics,
                       const identity::TokenIssuer *tokens, WsLimits limits, WsServices services,
                       QObject *owner);

    // Called on this session's thread (the hub queues them here).
    void deliverEvent(qint64 seq, const QJsonObject &frame);
    void deliverFeedEvent(qint64 sequence, const QJsonObject &frame);
    void sendTransient(const QJsonObject &frame);

    // For the ChatChannel. sendFrame is false when the frame was not sent (closed or cut off).
    bool sendFrame(const QJsonObject &frame);
    void sendError(const Error &error, const QJsonValue &id);
    qint64 queuedBytes() const;
    bool isOpen() const { return !m_closing; }
    ChatChannel *chatChannel() const { return m_chat.get(); }
    // Closes a client that reads too slowly with 4008 (and drops it if it does not read that).
    void cutOff();

private:
    WsSession(std::unique_ptr<QWebSocket> socket, Metrics &metrics,
              const identity::TokenIssuer *tokens, WsLimits limits, WsServices services,
              QObject *owner);
    // Checks the token; on success (re)arms the expiry timer. False after closing the socket.
    bool authenticate(const QString &token, const QJsonValue &id,
                      std::optional<qint64> after = std::nullopt);
    void attachToHub(std::optional<qint64> after);
    ~WsSession() override;

    void onText(const QString &text);
    void onBinary();
    void send(const QJsonObject &frame);
    void sendError(const QString &code, const QString &message, const QJsonValue &id = {},
                   const QString &field = {});
    void touch();

    std::unique_ptr<QWebSocket> m_socket;
    Metrics &m_metrics;
    const identity::TokenIssuer *m_tokens;
    WsLimits m_limits;
    QTimer m_heartbeat;
    QTimer m_idle;
    QTimer m_authDeadline;           // the auth timeout, then the token's expiry
    identity::Principal m_principal; // empty userId until authenticated
    WsServices m_services;
    std::unique_ptr<ChatChannel> m_chat;  // once authenticated, with chat
    std::unique_ptr<FeedChannel> m_feeds; // once authenticated, with payment feeds
    QTimer m_resumeGrace;
    bool m_attached = false;
    bool m_closing = false; // cut off or closed: nothing more is queued
};

} // namespace paydesk::server
